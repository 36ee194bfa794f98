package dev.paygen.generator.model;

/**
 * A server from the spec, as a constant of the client's {@code Environment} enum.
 *
 * @param constantName the constant ({@code TEST_MODE})
 * @param url the base URL, variables replaced by their defaults
 * @param description the server's description, or empty
 */
public record ServerModel(String constantName, String url, String description) {}
