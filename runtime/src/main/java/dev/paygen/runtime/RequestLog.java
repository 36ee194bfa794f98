package dev.paygen.runtime;

import java.lang.System.Logger.Level;

/** Debug logging of each attempt through {@code System.Logger}, with credentials redacted. */
final class RequestLog {
  private static final System.Logger LOG = System.getLogger("dev.paygen.runtime");

  private RequestLog() {}

  static void sending(HttpCall call, int attempt) {
    if (LOG.isLoggable(Level.TRACE)) {
      LOG.log(
          Level.TRACE,
          "{0} {1} (attempt {2}) headers {3}",
          call.method,
          call.logUrl,
          attempt + 1,
          call.headerLines());
    }
  }

  static void response(HttpCall call, int attempt, int status, long startNanos) {
    if (LOG.isLoggable(Level.DEBUG)) {
      LOG.log(
          Level.DEBUG,
          "{0} {1} -> {2} (attempt {3}, {4} ms)",
          call.method,
          call.logUrl,
          String.valueOf(status),
          attempt + 1,
          elapsed(startNanos));
    }
  }

  static void failure(HttpCall call, int attempt, Throwable error, long startNanos) {
    if (LOG.isLoggable(Level.DEBUG)) {
      LOG.log(
          Level.DEBUG,
          "{0} {1} -> {2} (attempt {3}, {4} ms)",
          call.method,
          call.logUrl,
          error.getClass().getSimpleName(),
          attempt + 1,
          elapsed(startNanos));
    }
  }

  static void retrying(HttpCall call, int attempt, java.time.Duration delay) {
    if (LOG.isLoggable(Level.DEBUG)) {
      LOG.log(
          Level.DEBUG,
          "{0} {1}: retrying in {2} ms (retry {3} of {4})",
          call.method,
          call.logUrl,
          delay.toMillis(),
          attempt + 1,
          call.retry.maxRetries());
    }
  }

  private static String elapsed(long startNanos) {
    return String.valueOf((System.nanoTime() - startNanos) / 1_000_000);
  }
}
