package dev.paygen.generator.load;

import dev.paygen.generator.DiagnosticCode;
import dev.paygen.generator.GenerationRequest;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.HashSet;
import java.util.Set;

/**
 * Warns about name overrides that name nothing in the spec. A warning, not an error: the same
 * configuration often serves several versions of a spec, and an unused override changes no output;
 * the warning still catches a misspelt key.
 */
final class OverrideCheck {
  private OverrideCheck() {}

  static void check(OpenAPI api, GenerationRequest request, Report report) {
    Set<String> schemas = api.getComponents() == null || api.getComponents().getSchemas() == null
        ? Set.of()
        : api.getComponents().getSchemas().keySet();
    request.typeNames().forEach((schema, name) -> {
      if (!schemas.contains(schema)) {
        report.warning(
            DiagnosticCode.W052_UNKNOWN_SCHEMA,
            "/components/schemas",
            "the type-name override " + schema + "=" + name
                + " names no schema under components/schemas; it is not used",
            "spell the schema's name as the spec does (names are case-sensitive), or drop the override");
      }
    });
    Set<String> operationIds = new HashSet<>();
    if (api.getPaths() != null) {
      api.getPaths()
          .values()
          .forEach(
              item -> item.readOperations().forEach(op -> operationIds.add(op.getOperationId())));
    }
    request.operationNames().forEach((operationId, name) -> {
      if (!operationIds.contains(operationId)) {
        report.warning(
            DiagnosticCode.W053_UNKNOWN_OPERATION,
            "/paths",
            "the operation-name override " + operationId + "=" + name
                + " names no operationId in the spec; it is not used",
            "spell the operationId as the spec does (it is case-sensitive), or drop the override");
      }
    });
  }
}
