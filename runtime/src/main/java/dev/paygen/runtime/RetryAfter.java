package dev.paygen.runtime;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Reads how long a server asks the client to wait: {@code Retry-After-Ms}, else {@code Retry-After}. */
final class RetryAfter {
  private RetryAfter() {}

  /**
   * The server's wait when given, readable and within {@link RetryPolicy#MAX_RETRY_AFTER}, else null;
   * an HTTP date is measured from the clock.
   */
  static @Nullable Duration of(HttpHeaders headers, Clock clock) {
    Duration server = parse(headers, clock);
    if (server != null
        && !server.isNegative()
        && server.compareTo(RetryPolicy.MAX_RETRY_AFTER) <= 0) {
      return server;
    }
    return null;
  }

  private static @Nullable Duration parse(HttpHeaders headers, Clock clock) {
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
        ZonedDateTime at = ZonedDateTime.parse(
            after, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT));
        return Duration.between(clock.instant(), at.toInstant());
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }
}
