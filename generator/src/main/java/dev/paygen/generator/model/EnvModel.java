package dev.paygen.generator.model;

/**
 * Environment variables the generated {@code fromEnv()} reads besides credentials.
 *
 * @param baseUrl the base URL variable, or null
 * @param webhookSecret the webhook secret variable, or null
 */
public record EnvModel(String baseUrl, String webhookSecret) {}
