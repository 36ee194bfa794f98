package dev.paygen.runtime;

import java.util.Collection;
import java.util.Map;

/**
 * The request's {@code Cookie} header: every cookie a request sends goes through here (cookie
 * parameters through {@link #addParameters}, cookie credentials through {@link #add}), so they share
 * one header as RFC 6265 asks.
 */
final class Cookies {
  static final String HEADER = "Cookie";

  private Cookies() {}

  /**
   * Adds {@code name=value} to the {@code Cookie} header of {@code headers}, after the cookies
   * already there; a cookie of the same name already there is replaced.
   *
   * @param headers the request's headers (case-insensitive keys)
   * @param name the cookie name
   * @param value the cookie value, already checked
   */
  static void add(Map<String, String> headers, String name, String value) {
    String existing = headers.get(HEADER);
    StringBuilder out = new StringBuilder();
    if (existing != null) {
      for (String pair : existing.split(";")) {
        String trimmed = pair.trim();
        if (!trimmed.isEmpty() && !trimmed.startsWith(name + "=")) {
          out.append(trimmed).append("; ");
        }
      }
    }
    headers.put(HEADER, out.append(name).append('=').append(value).toString());
  }

  /**
   * Puts a request's cookie parameters ({@code name=value} pairs, already encoded) ahead of the
   * cookies the caller set as a header on the client or the call, in the one {@code Cookie} header
   * RFC 6265 asks for ({@code "; "} between pairs).
   *
   * @param headers the request's headers (case-insensitive keys)
   * @param pairs the parameters' pairs in order
   */
  static void addParameters(Map<String, String> headers, Collection<String> pairs) {
    if (pairs.isEmpty()) {
      return;
    }
    StringBuilder cookie = new StringBuilder(String.join("; ", pairs));
    String caller = headers.get(HEADER);
    if (caller != null && !caller.isBlank()) {
      cookie.append("; ").append(caller.strip());
    }
    headers.put(HEADER, cookie.toString());
  }

  /**
   * Rejects a cookie name that is not an HTTP token or a value with characters RFC 6265 forbids
   * (controls, whitespace, {@code "}, {@code ,}, {@code ;}, {@code \}), naming the cookie.
   */
  static void check(String name, String value) {
    if (name.isEmpty() || !name.chars().allMatch(Cookies::tokenChar)) {
      throw new IllegalArgumentException("cookie name `" + name + "` is not an HTTP token");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c <= ' ' || c >= 127 || c == '"' || c == ',' || c == ';' || c == '\\') {
        throw new IllegalArgumentException("the value of cookie `" + name
            + "` has a character a cookie cannot carry (whitespace, control, '\"', ',', ';' or"
            + " '\\\\'); encode it first");
      }
    }
  }

  private static boolean tokenChar(int c) {
    return c > ' ' && c < 127 && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0;
  }
}
