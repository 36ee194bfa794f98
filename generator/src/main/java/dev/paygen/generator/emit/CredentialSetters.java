package dev.paygen.generator.emit;

import dev.paygen.generator.model.SecuritySchemeModel;
import dev.paygen.generator.model.SecuritySchemeModel.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The client builder's credential methods, one per security scheme: {@code bearerToken},
 * {@code basicAuth}, {@code apiKey} for the first scheme of each kind, {@code apiKey<Scheme>} for
 * further ones.
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
    List<Setter> setters = new ArrayList<>();
    Set<Kind> seen = new HashSet<>();
    Set<String> used = new HashSet<>();
    for (SecuritySchemeModel scheme : schemes) {
      String base = switch (scheme.kind()) {
        case BEARER -> "bearerToken";
        case BASIC -> "basicAuth";
        case API_KEY_HEADER, API_KEY_QUERY -> "apiKey";
      };
      Kind kind = scheme.kind() == Kind.API_KEY_QUERY ? Kind.API_KEY_HEADER : scheme.kind();
      String name = seen.add(kind) ? base : base + upperCamel(scheme.name());
      while (!used.add(name)) {
        name = name + "_";
      }
      setters.add(new Setter(scheme, name));
    }
    return setters;
  }

  /** {@code api_key} or {@code API_KEY} → {@code ApiKey}; a legal identifier part. */
  static String upperCamel(String text) {
    StringBuilder out = new StringBuilder();
    for (String part : text.split("[^A-Za-z0-9]+")) {
      if (part.isEmpty()) {
        continue;
      }
      String rest = part.substring(1);
      out.append(Character.toUpperCase(part.charAt(0)))
          .append(part.equals(part.toUpperCase(Locale.ROOT)) ? rest.toLowerCase(Locale.ROOT) : rest);
    }
    if (out.length() == 0) {
      return "_";
    }
    return Character.isDigit(out.charAt(0)) ? "_" + out : out.toString();
  }
}
