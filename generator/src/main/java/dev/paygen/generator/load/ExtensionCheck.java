package dev.paygen.generator.load;

import dev.paygen.generator.DiagnosticCode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks every {@code x-paygen-*} extension (docs/CONVENTIONS.md) for type and content before the
 * model is built, reporting each bad one at its own JSON pointer; the readers that use them can then
 * take them as they are, and a wrong value never surfaces as a crash of paygen.
 */
final class ExtensionCheck {
  /** An environment variable name as shells accept it: {@code DODO_PAYMENTS_API_KEY}. */
  private static final Pattern ENV_VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final Report report;

  private ExtensionCheck(Report report) {
    this.report = report;
  }

  /** Reports every bad {@code x-paygen-*} extension of {@code api}. */
  static void check(OpenAPI api, Report report) {
    ExtensionCheck check = new ExtensionCheck(report);
    check.info(api);
    check.servers(api.getServers());
    if (api.getComponents() != null && api.getComponents().getSecuritySchemes() != null) {
      api.getComponents().getSecuritySchemes().forEach(check::securityScheme);
    }
    if (api.getPaths() != null) {
      api.getPaths()
          .forEach((path, item) -> item.readOperationsMap()
              .forEach((method, op) -> check.operation(
                  op, Schemas.pointer("paths", path, method.name().toLowerCase(Locale.ROOT)))));
    }
  }

  private void info(OpenAPI api) {
    Map<String, Object> extensions =
        api.getInfo() == null ? null : api.getInfo().getExtensions();
    if (extensions == null) {
      return;
    }
    if (extensions.containsKey("x-paygen-client-name")) {
      name(
          extensions.get("x-paygen-client-name"),
          DiagnosticCode.E086_INVALID_X_PAYGEN_CLIENT_NAME,
          "/info",
          "x-paygen-client-name",
          "name the client without its Client suffix, e.g. DodoPayments");
    }
    if (extensions.containsKey("x-paygen-env-base-url")) {
      variable(
          extensions.get("x-paygen-env-base-url"),
          DiagnosticCode.E084_INVALID_X_PAYGEN_ENV_BASE_URL,
          "/info/x-paygen-env-base-url",
          "x-paygen-env-base-url");
    }
    if (extensions.containsKey("x-paygen-webhook-secret-env")) {
      variable(
          extensions.get("x-paygen-webhook-secret-env"),
          DiagnosticCode.E085_INVALID_X_PAYGEN_WEBHOOK_SECRET_ENV,
          "/info/x-paygen-webhook-secret-env",
          "x-paygen-webhook-secret-env");
    }
  }

  private void servers(List<Server> servers) {
    for (int i = 0; servers != null && i < servers.size(); i++) {
      Map<String, Object> extensions = servers.get(i).getExtensions();
      if (extensions != null && extensions.containsKey("x-paygen-environment")) {
        name(
            extensions.get("x-paygen-environment"),
            DiagnosticCode.E082_INVALID_X_PAYGEN_ENVIRONMENT,
            "/servers/" + i,
            "x-paygen-environment",
            "name the environment constant, e.g. TEST_MODE");
      }
    }
  }

  private void securityScheme(String name, SecurityScheme scheme) {
    if (scheme.getExtensions() == null || !scheme.getExtensions().containsKey("x-paygen-env")) {
      return;
    }
    Object value = scheme.getExtensions().get("x-paygen-env");
    String pointer = Schemas.pointer("components", "securitySchemes", name, "x-paygen-env");
    boolean basic = scheme.getType() == SecurityScheme.Type.HTTP
        && "basic".equalsIgnoreCase(scheme.getScheme());
    if (!basic) {
      String kind = scheme.getType() == SecurityScheme.Type.HTTP
          ? "bearer"
          : String.valueOf(scheme.getType());
      variable(
          value,
          DiagnosticCode.E083_INVALID_X_PAYGEN_ENV,
          pointer,
          "x-paygen-env of " + ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind
              + " scheme");
      return;
    }
    boolean pair = value instanceof Map<?, ?> m
        && m.keySet().equals(Set.of("username", "password"))
        && isVariable(m.get("username"))
        && isVariable(m.get("password"));
    if (!pair) {
      report.error(
          DiagnosticCode.E083_INVALID_X_PAYGEN_ENV,
          pointer,
          "x-paygen-env of a basic scheme must be"
              + " {username: VARIABLE, password: VARIABLE}, but is " + describe(value),
          "name the two environment variables, e.g. {username: DOTS_CLIENT_ID, password: DOTS_API_KEY}");
    }
  }

  private void operation(Operation op, String pointer) {
    Map<String, Object> extensions = op.getExtensions();
    if (extensions == null) {
      return;
    }
    if (extensions.containsKey("x-paygen-name")) {
      name(
          extensions.get("x-paygen-name"),
          DiagnosticCode.E080_INVALID_X_PAYGEN_NAME,
          pointer,
          "x-paygen-name",
          "name the operation's method, e.g. create");
    }
    if (extensions.containsKey(PaginationExtension.NAME)) {
      PaginationExtension.check(
          extensions.get(PaginationExtension.NAME),
          pointer + "/" + PaginationExtension.NAME,
          report);
    }
  }

  /** A name the naming rules turn into Java: a string with at least one letter or digit. */
  private void name(Object value, DiagnosticCode code, String owner, String extension, String fix) {
    if (!(value instanceof String text) || Names.words(text).isEmpty()) {
      report.error(
          code,
          owner + "/" + extension,
          extension + " must be a name (a string with a letter or digit)," + " but is "
              + describe(value),
          fix);
    }
  }

  private void variable(Object value, DiagnosticCode code, String pointer, String what) {
    if (!isVariable(value)) {
      report.error(
          code,
          pointer,
          what + " must be an environment variable name (letters, digits and _, not"
              + " starting with a digit), but is " + describe(value),
          "name the variable, e.g. DODO_PAYMENTS_API_KEY");
    }
  }

  private static boolean isVariable(Object value) {
    return value instanceof String text && ENV_VARIABLE.matcher(text).matches();
  }

  /** A value as a message shows it: strings quoted, objects and lists by kind. */
  static String describe(Object value) {
    if (value instanceof String text) {
      return "\"" + text + "\"";
    }
    if (value instanceof Map<?, ?>) {
      return "an object";
    }
    if (value instanceof List<?>) {
      return "a list";
    }
    return String.valueOf(value);
  }
}
