package dev.paygen.generator.model;

import java.util.List;

/**
 * A security scheme the client builder accepts credentials for.
 *
 * @param name the scheme's key under {@code components/securitySchemes}
 * @param kind how the credential travels
 * @param parameterName the header, query parameter or cookie name, for API keys
 * @param envVariables environment variables {@code fromEnv()} reads: one for a token or key, two
 *     (username, password) for basic auth; empty when the spec names none
 * @param setterName the client builder's method taking the credential ({@code bearerToken},
 *     {@code apiKeyPartner}), unique among the builder's methods
 */
public record SecuritySchemeModel(
    String name, Kind kind, String parameterName, List<String> envVariables, String setterName) {
  /**
   * Copies the environment variables, so the model is immutable.
   *
   * @param name the scheme's key under {@code components/securitySchemes}
   * @param kind how the credential travels
   * @param parameterName the header, query parameter or cookie name, for API keys
   * @param envVariables environment variables {@code fromEnv()} reads: one for a token or key, two
   *     (username, password) for basic auth; empty when the spec names none
   * @param setterName the client builder's method taking the credential ({@code bearerToken},
   *     {@code apiKeyPartner}), unique among the builder's methods
   */
  public SecuritySchemeModel {
    envVariables = List.copyOf(envVariables);
  }

  /** How a credential is sent. */
  public enum Kind {
    /** HTTP {@code bearer}: an {@code Authorization: Bearer <token>} header. */
    BEARER,
    /** HTTP {@code basic}: an {@code Authorization: Basic} header from a username and password. */
    BASIC,
    /** An {@code apiKey} sent in a header. */
    API_KEY_HEADER,
    /** An {@code apiKey} sent as a query parameter. */
    API_KEY_QUERY,
    /** An {@code apiKey} sent as a cookie. */
    API_KEY_COOKIE
  }
}
