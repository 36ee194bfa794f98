package dev.paygen.runtime;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/** Which attempts are retried and how long to wait before the next one. */
final class RetryPolicy {
  static final Duration INITIAL = Duration.ofMillis(500);
  static final Duration MAX_BACKOFF = Duration.ofSeconds(8);
  static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

  private final Clock clock;

  RetryPolicy(Clock clock) {
    this.clock = clock;
  }

  /** Whether a response with this status and headers should be retried. */
  static boolean isRetryable(int status, HttpHeaders headers) {
    String should = headers.firstValue("X-Should-Retry").orElse("").trim();
    if (should.equalsIgnoreCase("true")) {
      return true;
    }
    if (should.equalsIgnoreCase("false")) {
      return false;
    }
    return status == 408 || status == 409 || status == 429 || status >= 500;
  }

  /**
   * The wait before retry number {@code retry} (0 for the first): the server's {@code
   * Retry-After-Ms} or {@code Retry-After} when given and within 60 s, else 0.5 s·2^retry capped at
   * 8 s, times a jitter in [0.75, 1].
   */
  Duration delay(int retry, HttpHeaders headers) {
    if (headers != null) {
      Duration server = serverDelay(headers);
      if (server != null && !server.isNegative() && server.compareTo(MAX_RETRY_AFTER) <= 0) {
        return server;
      }
    }
    double seconds = Math.min(INITIAL.toMillis() / 1000.0 * Math.pow(2, Math.min(retry, 30)),
        MAX_BACKOFF.toMillis() / 1000.0);
    double jitter = 1 - ThreadLocalRandom.current().nextDouble() * 0.25;
    return Duration.ofNanos((long) (seconds * jitter * 1e9));
  }

  private Duration serverDelay(HttpHeaders headers) {
    String ms = headers.firstValue("Retry-After-Ms").orElse(null);
    if (ms != null) {
      try {
        return Duration.ofNanos((long) (Double.parseDouble(ms.trim()) * 1e6));
      } catch (NumberFormatException e) {
        // fall through to Retry-After
      }
    }
    String after = headers.firstValue("Retry-After").orElse(null);
    if (after == null) {
      return null;
    }
    after = after.trim();
    try {
      return Duration.ofNanos((long) (Double.parseDouble(after) * 1e9));
    } catch (NumberFormatException e) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(after, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT));
        return Duration.between(clock.instant(), at.toInstant());
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }
}
