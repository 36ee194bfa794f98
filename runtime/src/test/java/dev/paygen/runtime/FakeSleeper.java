package dev.paygen.runtime;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every wait instead of waiting. */
final class FakeSleeper implements Sleeper {
  final List<Duration> waits = new CopyOnWriteArrayList<>();
  final List<String> threadsAsync = new CopyOnWriteArrayList<>();

  @Override
  public void sleep(Duration duration) {
    waits.add(duration);
  }

  @Override
  public CompletableFuture<Void> sleepAsync(Duration duration) {
    waits.add(duration);
    threadsAsync.add(Thread.currentThread().getName());
    return CompletableFuture.completedFuture(null);
  }
}
