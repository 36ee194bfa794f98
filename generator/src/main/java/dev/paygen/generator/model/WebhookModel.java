package dev.paygen.generator.model;

/**
 * One event of the spec's {@code webhooks} section.
 *
 * @param eventName the key under {@code webhooks} ({@code payment.succeeded})
 * @param payload the type of the request body the provider sends
 * @param description Javadoc text, or empty
 * @param recordName the event's record, nested in the webhooks class ({@code PaymentSucceeded})
 * @param constantName the webhooks class's constant holding the payload's type ({@code PAYMENT_SUCCEEDED_TYPE})
 */
public record WebhookModel(
    String eventName,
    TypeRef payload,
    String description,
    String recordName,
    String constantName) {}
