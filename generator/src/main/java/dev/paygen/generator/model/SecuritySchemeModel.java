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
  public SecuritySchemeModel {
    envVariables = List.copyOf(envVariables);
  }

  /** How a credential is sent. */
  public enum Kind {
    BEARER,
    BASIC,
    API_KEY_HEADER,
    API_KEY_QUERY,
    API_KEY_COOKIE
  }
}
