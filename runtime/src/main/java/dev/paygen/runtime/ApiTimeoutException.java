package dev.paygen.runtime;

/** No response arrived within the request's timeout (after any retries). */
public class ApiTimeoutException extends ApiConnectionException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what timed out and on which route
   * @param cause the transport's timeout
   */
  public ApiTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }
}
