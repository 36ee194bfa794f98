package dev.paygen.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A credential and where it goes: a bearer token, HTTP Basic, or an API key in a header, the query
 * string or a cookie. {@link #toString()} never shows the secret.
 */
public final class Auth {
  enum Kind {
    HEADER,
    QUERY,
    COOKIE
  }

  private final Kind kind;
  private final String name;
  private final String value;
  private final String description;
  private final String secret;

  private Auth(Kind kind, String name, String value, String description, String secret) {
    this.kind = kind;
    this.name = name;
    this.value = value;
    this.description = description;
    this.secret = secret;
    if (kind == Kind.HEADER) {
      Headers.check(name, value);
    }
  }

  /**
   * Sends {@code Authorization: Bearer <token>}.
   *
   * @param token the token or API key
   * @return the credential
   */
  public static Auth bearer(String token) {
    requireSecret(token, "token");
    return new Auth(Kind.HEADER, "Authorization", "Bearer " + token, "Auth.bearer(****)", token);
  }

  /**
   * Sends {@code Authorization: Basic base64(user:password)}.
   *
   * @param user the user name (e.g. a client id); shown by {@link #toString()}
   * @param password the password or API key; may be empty, never shown
   * @return the credential
   */
  public static Auth basic(String user, String password) {
    Objects.requireNonNull(user, "`user` is required, but was null");
    Objects.requireNonNull(password, "`password` is required, but was null");
    String token = Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new Auth(
        Kind.HEADER, "Authorization", "Basic " + token, "Auth.basic(" + user + ", ****)", password);
  }

  /**
   * Sends the key in a request header.
   *
   * @param header the header name, e.g. {@code X-API-Key}
   * @param key the key
   * @return the credential
   */
  public static Auth apiKeyHeader(String header, String key) {
    Objects.requireNonNull(header, "`header` is required, but was null");
    requireSecret(key, "key");
    return new Auth(Kind.HEADER, header, key, "Auth.apiKeyHeader(" + header + ", ****)", key);
  }

  /**
   * Sends the key as a query parameter (redacted in logs).
   *
   * @param param the query parameter name, e.g. {@code api_key}
   * @param key the key
   * @return the credential
   */
  public static Auth apiKeyQuery(String param, String key) {
    Objects.requireNonNull(param, "`param` is required, but was null");
    requireSecret(key, "key");
    return new Auth(Kind.QUERY, param, key, "Auth.apiKeyQuery(" + param + ", ****)", key);
  }

  /**
   * Sends the key as a cookie, {@code Cookie: <name>=<key>}, beside any other cookie of the
   * request; the {@code Cookie} header is redacted in logs.
   *
   * @param cookie the cookie name, e.g. {@code session_key}
   * @param key the key; must be a valid cookie value (no whitespace, {@code "}, {@code ,}, {@code
   *     ;} or {@code \})
   * @return the credential
   */
  public static Auth apiKeyCookie(String cookie, String key) {
    Objects.requireNonNull(cookie, "`cookie` is required, but was null");
    requireSecret(key, "key");
    Cookies.check(cookie, key);
    return new Auth(Kind.COOKIE, cookie, key, "Auth.apiKeyCookie(" + cookie + ", ****)", key);
  }

  private static void requireSecret(String secret, String what) {
    Objects.requireNonNull(secret, "`" + what + "` is required, but was null");
    if (secret.isBlank()) {
      throw new IllegalArgumentException("`" + what + "` must not be blank");
    }
  }

  Kind kind() {
    return kind;
  }

  String name() {
    return name;
  }

  /** The secret values this credential puts on the wire, to keep out of messages and logs. */
  List<String> secrets() {
    return kind == Kind.HEADER && !value.equals(secret)
        ? List.of(secret, value.substring(value.indexOf(' ') + 1))
        : List.of(secret);
  }

  void applyTo(Map<String, String> headers, Map<String, List<Object>> query) {
    switch (kind) {
      case HEADER -> headers.put(name, value);
      case QUERY -> query.put(name, List.of(value));
      case COOKIE -> Cookies.add(headers, name, value);
    }
  }

  @Override
  public String toString() {
    return description;
  }
}
