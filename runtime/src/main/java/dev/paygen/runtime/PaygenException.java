package dev.paygen.runtime;

import org.jspecify.annotations.Nullable;

/** The unchecked base of every exception the paygen runtime throws. */
public class PaygenException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what went wrong; never contains a credential
   * @param cause the underlying failure, or null
   */
  public PaygenException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  /**
   * Creates an exception without a cause.
   *
   * @param message what went wrong; never contains a credential
   */
  public PaygenException(String message) {
    super(message);
  }
}
