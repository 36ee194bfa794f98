package dev.paygen.runtime;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** HTTP 404 Not Found: the resource does not exist. */
public class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message the full message
   * @param statusCode the HTTP status
   * @param headers the response headers
   * @param body the raw response body
   * @param errorCode the error code parsed from the body, or null
   * @param errorMessage the error message parsed from the body, or null
   */
  public NotFoundException(
      String message,
      int statusCode,
      Map<String, List<String>> headers,
      String body,
      @Nullable String errorCode,
      @Nullable String errorMessage) {
    super(message, statusCode, headers, body, errorCode, errorMessage);
  }
}
