package dev.paygen.runtime;

/** A webhook whose headers are missing or whose signature or timestamp does not verify. */
public class WebhookVerificationException extends PaygenException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message why verification failed
   */
  public WebhookVerificationException(String message) {
    super(message);
  }
}
