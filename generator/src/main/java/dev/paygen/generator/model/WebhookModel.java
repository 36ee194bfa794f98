package dev.paygen.generator.model;

/**
 * One event of the spec's {@code webhooks} section.
 *
 * @param eventName the key under {@code webhooks} ({@code payment.succeeded})
 * @param payload the type of the request body the provider sends
 * @param description Javadoc text, or empty
 */
public record WebhookModel(String eventName, TypeRef payload, String description) {}
