package dev.paygen.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Array;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/** Formats parameter values as wire text and percent-encodes them for paths, queries and forms. */
final class PercentEncoder {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private final ObjectMapper mapper;

  PercentEncoder(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The wire text of a parameter value: ISO dates, enums by their Jackson value. */
  String format(Object value) {
    if (value instanceof String text) {
      return text;
    }
    if (value instanceof Number || value instanceof Boolean || value instanceof Character) {
      return value.toString();
    }
    if (value instanceof OffsetDateTime dateTime) {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime);
    }
    if (value instanceof ZonedDateTime dateTime) {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime);
    }
    if (value instanceof LocalDate date) {
      return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }
    if (value instanceof Instant || value instanceof java.util.UUID) {
      return value.toString();
    }
    try {
      JsonNode node = mapper.valueToTree(value);
      return node.isValueNode() ? node.asText() : value.toString();
    } catch (IllegalArgumentException e) {
      return value.toString();
    }
  }

  /** The query string (without {@code ?}) for the parameters, or an empty string. */
  String query(Map<String, List<Object>> params) {
    StringJoiner out = new StringJoiner("&");
    params.forEach((name, values) -> {
      for (Object v : values) {
        out.add(component(name) + "=" + component(format(v)));
      }
    });
    return out.toString();
  }

  /** An {@code application/x-www-form-urlencoded} body for the fields. */
  String form(Map<String, ?> fields) {
    StringJoiner out = new StringJoiner("&");
    fields.forEach((name, value) -> {
      List<Object> values = new ArrayList<>();
      flatten(value, values);
      for (Object v : values) {
        out.add(component(name) + "=" + component(format(v)));
      }
    });
    return out.toString();
  }

  /** Adds the value to {@code out}, unwrapping Optional, collections and arrays; null adds nothing. */
  static void flatten(@Nullable Object value, List<Object> out) {
    if (value == null) {
      return;
    }
    if (value instanceof Optional) {
      ((Optional<?>) value).ifPresent(v -> flatten(v, out));
    } else if (value instanceof Collection) {
      for (Object v : (Collection<?>) value) {
        flatten(v, out);
      }
    } else if (value instanceof Object[] array) {
      for (Object v : array) {
        flatten(v, out);
      }
    } else if (value.getClass().isArray()) {
      int n = Array.getLength(value);
      for (int i = 0; i < n; i++) {
        out.add(Array.get(value, i));
      }
    } else {
      out.add(value);
    }
  }

  /**
   * One path segment: every character but the RFC 3986 unreserved ones is encoded, so {@code /},
   * {@code ?} and {@code #} cannot change the route; a segment of only dots is encoded whole so
   * {@code ..} cannot climb.
   */
  static String pathSegment(String value) {
    if (value.chars().allMatch(c -> c == '.')) {
      return "%2E".repeat(value.length());
    }
    return component(value);
  }

  /** Percent-encodes all but the RFC 3986 unreserved characters, as UTF-8. */
  static String component(String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(bytes.length + 8);
    for (byte b : bytes) {
      int c = b & 0xFF;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    return out.toString();
  }
}
