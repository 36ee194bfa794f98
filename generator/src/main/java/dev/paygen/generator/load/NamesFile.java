package dev.paygen.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paygen.generator.Diagnostic;
import dev.paygen.generator.DiagnosticCode;
import dev.paygen.generator.GenerationRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * The names file ({@code --names}, {@code <namesFile>}, {@code @GenerateClient(namesFile)}): Java
 * names pinned per operationId and per schema, in YAML read by {@link Yaml12}.
 *
 * <pre>{@code
 * operations:
 *   list_payments_handler: list
 * schemas:
 *   payment_response: Payment
 * }</pre>
 *
 * <p>Its entries are merged into the request's {@code operationNames} and {@code typeNames}, where a
 * per-entry option ({@code --operation-name}, {@code --type-name}) wins; so the merged names take
 * part in the up-to-date fingerprint like any option, and a changed file regenerates.
 */
public final class NamesFile {
  private static final Set<String> SECTIONS = Set.of("operations", "schemas");
  private static final String SHAPE =
      "write a YAML mapping with the keys operations (operationId: javaMethodName) and schemas"
          + " (SchemaName: JavaTypeName)";

  /** The request with the file's names merged in, and what was wrong with the file. */
  public record Resolved(GenerationRequest request, List<Diagnostic> diagnostics) {}

  private final String file;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  private NamesFile(Path path) {
    this.file = path.toString();
  }

  /**
   * Reads the request's names file, if it names one, and merges its names under the request's.
   *
   * @param request the request
   * @return the merged request and the names file's diagnostics; on any error the request as is
   */
  public static Resolved resolve(GenerationRequest request) {
    Path path = request.namesFile();
    if (path == null) {
      return new Resolved(request, List.of());
    }
    NamesFile names = new NamesFile(path);
    Map<String, String> operations = new LinkedHashMap<>();
    Map<String, String> schemas = new LinkedHashMap<>();
    names.read(path, operations, schemas);
    if (!names.diagnostics.isEmpty()) {
      return new Resolved(request, List.copyOf(names.diagnostics));
    }
    // The per-entry options win over the file: they are the more specific statement.
    operations.putAll(request.operationNames());
    schemas.putAll(request.typeNames());
    GenerationRequest merged =
        request.toBuilder().operationNames(operations).typeNames(schemas).build();
    return new Resolved(merged, List.of());
  }

  private void read(Path path, Map<String, String> operations, Map<String, String> schemas) {
    JsonNode root;
    try {
      if (!Files.isRegularFile(path)) {
        error(
            "",
            "the names file " + path + " does not exist or is not a file",
            "pass the path of a YAML names file, or drop the option");
        return;
      }
      root = Yaml12.read(path);
    } catch (IOException e) {
      error("", "the names file cannot be read: " + e.getMessage(), SHAPE);
      return;
    }
    if (root.isMissingNode()) {
      return;
    }
    if (!root.isObject()) {
      error("", "the names file is not a mapping", SHAPE);
      return;
    }
    root.fieldNames().forEachRemaining(key -> {
      if (!SECTIONS.contains(key)) {
        error(
            "/" + RefScanner.escape(key), "unknown section '" + key + "' in the names file", SHAPE);
      }
    });
    section(root.path("operations"), "operations", false, operations);
    section(root.path("schemas"), "schemas", true, schemas);
  }

  private void section(JsonNode node, String name, boolean types, Map<String, String> into) {
    if (node.isMissingNode() || node.isNull()) {
      return;
    }
    if (!node.isObject()) {
      error("/" + name, "the section " + name + " is not a mapping", SHAPE);
      return;
    }
    node.properties().forEach(entry -> {
      String pointer = "/" + name + "/" + RefScanner.escape(entry.getKey());
      JsonNode value = entry.getValue();
      String javaName = value.isTextual() ? value.asText().strip() : "";
      boolean legal = SourceVersion.isIdentifier(javaName)
          && !SourceVersion.isKeyword(javaName)
          && !(types && Set.of("var", "yield", "record", "sealed", "permits").contains(javaName));
      if (!legal) {
        diagnostics.add(Diagnostic.error(
            types
                ? DiagnosticCode.E052_INVALID_TYPE_NAME
                : DiagnosticCode.E053_INVALID_OPERATION_NAME,
            file,
            pointer,
            "'" + (value.isValueNode() ? value.asText() : value.toString())
                + "' is not a legal Java " + (types ? "type" : "method") + " name",
            "use a letter or _ first, then letters, digits and _, and not a Java keyword, e.g. "
                + (types ? "Payment" : "list")));
      } else {
        into.put(entry.getKey(), javaName);
      }
    });
  }

  private void error(String pointer, String message, String fix) {
    diagnostics.add(
        Diagnostic.error(DiagnosticCode.E056_INVALID_NAMES_FILE, file, pointer, message, fix));
  }
}
