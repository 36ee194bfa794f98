package dev.paygen.runtime;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Waits between retry attempts; replace it in tests to record backoff without waiting.
 *
 * <p>A test fake overrides both methods, e.g. adds the duration to a list and returns at once.
 */
@FunctionalInterface
public interface Sleeper {
  /**
   * Blocks the calling thread for the duration.
   *
   * @param duration how long to wait
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * Completes after the duration without blocking a thread; by default through {@link
   * CompletableFuture#delayedExecutor}.
   *
   * @param duration how long to wait
   * @return a future completed when the wait is over
   */
  default CompletableFuture<Void> sleepAsync(Duration duration) {
    return CompletableFuture.runAsync(
        () -> {},
        CompletableFuture.delayedExecutor(Math.max(0, duration.toNanos()), TimeUnit.NANOSECONDS));
  }

  /**
   * Returns the real sleeper, which uses {@link Thread#sleep(long, int)}.
   *
   * @return the system sleeper
   */
  static Sleeper system() {
    return duration -> {
      long nanos = Math.max(0, duration.toNanos());
      Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
    };
  }
}
