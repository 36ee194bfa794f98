package dev.paygen.generator.load;

import dev.paygen.generator.DiagnosticCode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads an operation's security as OpenAPI defines it: a list of alternatives, each the schemes
 * whose credentials go together; the operation's own {@code security} overrides the document's;
 * none anywhere, or {@code security: []}, is an empty list (no credentials); {@code {}} is an empty
 * alternative (anonymous access). A scheme name that {@code components/securitySchemes} lacks is
 * reported once per requirement (W062) and kept, so its alternative can never be met.
 */
final class SecurityReader {
  private final Set<String> schemes;
  private final Report report;
  private final List<List<String>> documentDefault;

  SecurityReader(OpenAPI api, Report report) {
    this.report = report;
    this.schemes = api.getComponents() == null || api.getComponents().getSecuritySchemes() == null
        ? Set.of()
        : api.getComponents().getSecuritySchemes().keySet();
    this.documentDefault = read(api.getSecurity(), "");
  }

  /**
   * The security of one operation.
   *
   * @param op the operation
   * @param pointer the operation's JSON pointer
   * @return the alternatives, in spec order
   */
  List<List<String>> of(Operation op, String pointer) {
    return op.getSecurity() == null ? documentDefault : read(op.getSecurity(), pointer);
  }

  private List<List<String>> read(List<SecurityRequirement> requirements, String pointer) {
    List<List<String>> alternatives = new ArrayList<>();
    if (requirements == null) {
      return alternatives;
    }
    for (int i = 0; i < requirements.size(); i++) {
      SecurityRequirement requirement = requirements.get(i);
      List<String> names = requirement == null ? List.of() : List.copyOf(requirement.keySet());
      for (String name : names) {
        if (!schemes.contains(name)) {
          report.warning(
              DiagnosticCode.W062_UNKNOWN_SECURITY_SCHEME,
              pointer + Schemas.pointer("security", String.valueOf(i), name),
              "security requirement names scheme '" + name
                  + "', which components/securitySchemes does not define; this alternative can"
                  + " never be met, so it sends no credential",
              "define '" + name + "' under components/securitySchemes, or correct the name");
        }
      }
      alternatives.add(names);
    }
    return List.copyOf(alternatives);
  }
}
