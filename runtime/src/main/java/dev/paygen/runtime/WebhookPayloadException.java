package dev.paygen.runtime;

import org.jspecify.annotations.Nullable;

/**
 * A webhook whose signature verified but whose body does not bind to the event types the spec
 * declares: not JSON, or a listed event whose payload has the wrong shape. The message names the
 * event and what failed, never the body or a credential; the cause is the parser's exception.
 */
public class WebhookPayloadException extends PaygenException {
  private static final long serialVersionUID = 1L;

  /** The body's {@code type}, or empty when the body is not JSON or has none. */
  private final String eventType;

  /**
   * Creates an exception.
   *
   * @param eventType the body's {@code type}, or empty
   * @param message what failed to bind
   * @param cause the parser's exception, or null
   */
  public WebhookPayloadException(String eventType, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.eventType = eventType;
  }

  /**
   * The event the body claimed to be.
   *
   * @return the body's {@code type} property, or empty when the body is not JSON or has none
   */
  public String eventType() {
    return eventType;
  }
}
