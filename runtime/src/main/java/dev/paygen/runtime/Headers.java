package dev.paygen.runtime;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Checks on header names and values, so no caller can smuggle a second header or line. */
final class Headers {
  private Headers() {}

  /** Rejects a name that is not an HTTP token, and a value with CR, LF or NUL; names only the header. */
  static void check(String name, @Nullable String value) {
    Objects.requireNonNull(name, "header name");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("header name must not be empty");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c <= ' ' || c >= 127 || "\"(),/:;<=>?@[\\]{}".indexOf(c) >= 0) {
        throw new IllegalArgumentException(
            "header name `" + printable(name) + "` contains an illegal character");
      }
    }
    if (value != null) {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '\r' || c == '\n' || c == 0) {
          throw new IllegalArgumentException(
              "header `" + name + "` has a value containing CR, LF or NUL, which is not allowed");
        }
      }
    }
  }

  /**
   * A header value a caller sets: present, and legal for {@code name} (see {@link #check}).
   *
   * @return {@code value}
   */
  static String required(String name, @Nullable String value) {
    Objects.requireNonNull(value, "header `" + name + "` value is required, but was null");
    check(name, value);
    return value;
  }

  /** Whether a header carries a credential and must be redacted wherever it is shown. */
  static boolean isSensitive(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.equals("authorization")
        || n.equals("proxy-authorization")
        || n.equals("cookie")
        || n.equals("set-cookie")
        || n.contains("api-key")
        || n.contains("apikey")
        || n.contains("api_key")
        || n.contains("token")
        || n.contains("secret");
  }

  private static String printable(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length() && i < 64; i++) {
      char c = s.charAt(i);
      b.append(c < ' ' || c == 127 ? '?' : c);
    }
    return b.toString();
  }
}
