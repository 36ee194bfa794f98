package dev.paygen.runtime;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The API answered with an error status; subclasses name the status class.
 *
 * <p>The message reads like {@code HTTP 422 Unprocessable Entity (INVALID_REQUEST): Country AI
 * currently not supported [POST /checkouts]} and never contains a credential or a query string.
 */
public class ApiException extends PaygenException {
  private static final long serialVersionUID = 1L;

  /** The HTTP status. */
  private final int statusCode;

  /** Null after Java serialization: the headers are not serialized. */
  private final transient @Nullable Map<String, List<String>> headers;
  /** The raw response body. */
  private final String body;
  /** The parsed error code, or null. */
  private final @Nullable String errorCode;
  /** The parsed error message, or null. */
  private final @Nullable String errorMessage;

  /**
   * Creates an exception.
   *
   * @param message the full message
   * @param statusCode the HTTP status
   * @param headers the response headers
   * @param body the raw response body, empty when there was none
   * @param errorCode the error code parsed from the body, or null
   * @param errorMessage the error message parsed from the body, or null
   */
  public ApiException(
      String message,
      int statusCode,
      Map<String, List<String>> headers,
      String body,
      @Nullable String errorCode,
      @Nullable String errorMessage) {
    super(message);
    this.statusCode = statusCode;
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    if (headers != null) {
      headers.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    }
    this.headers = java.util.Collections.unmodifiableMap(copy);
    this.body = body == null ? "" : body;
    this.errorCode = errorCode;
    this.errorMessage = errorMessage;
  }

  /**
   * Returns the HTTP status code.
   *
   * @return the status, e.g. 422
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * Returns the response headers (names compared case-insensitively).
   *
   * @return the headers, never null (empty after Java serialization)
   */
  public Map<String, List<String>> headers() {
    return headers == null ? Map.of() : headers;
  }

  /**
   * Returns the first value of a response header.
   *
   * @param name the header name, any case
   * @return the value, if the header was sent
   */
  public Optional<String> header(String name) {
    List<String> values = headers().get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * Returns the raw response body.
   *
   * @return the body as text, empty when there was none
   */
  public String body() {
    return body;
  }

  /**
   * Returns the error code from a JSON body's {@code code} (or {@code error_code}) field.
   *
   * @return the code, e.g. {@code UNSUPPORTED_COUNTRY}, or null when the body has none
   */
  public @Nullable String errorCode() {
    return errorCode;
  }

  /**
   * Returns the error message from a JSON body's {@code message} (or {@code error}) field.
   *
   * @return the message, or null when the body has none
   */
  public @Nullable String errorMessage() {
    return errorMessage;
  }
}
