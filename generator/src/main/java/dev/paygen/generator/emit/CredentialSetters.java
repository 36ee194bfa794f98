package dev.paygen.generator.emit;

import dev.paygen.generator.model.SecuritySchemeModel;
import dev.paygen.generator.model.SecuritySchemeModel.Kind;
import java.util.List;

/**
 * The client builder's credential methods, one per security scheme, named by the model
 * ({@link SecuritySchemeModel#setterName()}).
 */
final class CredentialSetters {
  private CredentialSetters() {}

  /**
   * One scheme's builder method.
   *
   * @param scheme the scheme
   * @param method the builder method's name ({@code bearerToken}, {@code apiKeyPartner})
   */
  record Setter(SecuritySchemeModel scheme, String method) {
    boolean basic() {
      return scheme.kind() == Kind.BASIC;
    }

    /** The builder fields holding the credential: one, or username and password. */
    List<String> fields() {
      return basic() ? List.of(method + "Username", method + "Password") : List.of(method);
    }
  }

  static List<Setter> of(List<SecuritySchemeModel> schemes) {
    return schemes.stream()
        .map(scheme -> new Setter(scheme, scheme.setterName()))
        .toList();
  }
}
