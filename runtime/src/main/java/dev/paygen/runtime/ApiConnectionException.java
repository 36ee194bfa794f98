package dev.paygen.runtime;

/** The request could not be sent or its response could not be received (after any retries). */
public class ApiConnectionException extends PaygenException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what failed and on which route
   * @param cause the transport failure
   */
  public ApiConnectionException(String message, Throwable cause) {
    super(message, cause);
  }
}
