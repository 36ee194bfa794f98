package dev.paygen.generator.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.paygen.generator.Diagnostic;
import dev.paygen.generator.DiagnosticCode;
import dev.paygen.generator.RefRoot;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a spec: reads every file by YAML 1.2 and checks the files and every {@code $ref} first (so a
 * bad spec gets located messages and the network is never touched unless allowed), then parses the
 * trees read, bundled into one ({@link Bundler}), with Swagger Parser ({@link SwaggerInput}), which
 * also converts Swagger 2.0.
 */
public final class SpecLoader {
  private SpecLoader() {}

  /**
   * Loads {@code spec} with the default ref root, {@link RefRoot#forSpec}.
   *
   * @param spec the root spec file
   * @param allowRemoteRefs whether {@code $ref}s to http(s) URLs may be fetched
   * @return the parsed spec and every problem found
   */
  public static LoadedSpec load(Path spec, boolean allowRemoteRefs) {
    return load(spec, allowRemoteRefs, RefRoot.forSpec(spec));
  }

  /**
   * Loads {@code spec}; {@code $ref}s may reach files under {@code refRoot} only (E012).
   *
   * @param spec the root spec file
   * @param allowRemoteRefs whether {@code $ref}s to http(s) URLs may be fetched
   * @param refRoot the folder local {@code $ref}s may reach files under
   * @return the parsed spec and every problem found
   */
  public static LoadedSpec load(Path spec, boolean allowRemoteRefs, RefRoot refRoot) {
    Path root = spec.toAbsolutePath().normalize();
    String file =
        spec.getFileName() == null ? spec.toString() : spec.getFileName().toString();
    List<Diagnostic> diagnostics = new ArrayList<>();
    JsonNode tree = readRoot(root, file, diagnostics);
    if (tree == null) {
      return new LoadedSpec(null, root, List.of(root), diagnostics);
    }
    RefScanner scanner = new RefScanner(root, allowRemoteRefs, refRoot);
    scanner.scan(root, tree);
    diagnostics.addAll(scanner.diagnostics());
    if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
      return new LoadedSpec(null, root, scanner.files(), diagnostics);
    }
    Bundler.Result bundled = Bundler.bundle(root, scanner.trees());
    SwaggerParseResult result = SwaggerInput.parse(root, bundled.tree());
    RefSiblings.restore(result.getOpenAPI(), bundled.tree());
    if (result.getMessages() != null) {
      for (String message : result.getMessages()) {
        diagnostics.add(ParserMessages.relocate(
            ParserMessages.toDiagnostic(file, message, result.getOpenAPI() == null),
            bundled.sources()));
      }
    }
    if (result.getOpenAPI() == null && diagnostics.stream().noneMatch(Diagnostic::isError)) {
      diagnostics.add(Diagnostic.error(
          DiagnosticCode.E005_PARSER_FAILED,
          file,
          "",
          "Swagger Parser could not read the document",
          "check that it is a valid OpenAPI 3.0, 3.1 or Swagger 2.0 document"));
    }
    return new LoadedSpec(result.getOpenAPI(), root, scanner.files(), diagnostics);
  }

  private static JsonNode readRoot(Path root, String file, List<Diagnostic> diagnostics) {
    if (!Files.isRegularFile(root)) {
      diagnostics.add(Diagnostic.error(
          DiagnosticCode.E001_SPEC_NOT_FOUND,
          file,
          "",
          "spec file not found: " + root,
          "pass the path of an OpenAPI YAML or JSON file"));
      return null;
    }
    JsonNode tree;
    try {
      tree = SpecFiles.read(root);
    } catch (JsonProcessingException e) {
      diagnostics.add(Diagnostic.error(
          DiagnosticCode.E002_MALFORMED,
          file,
          "",
          "malformed YAML or JSON at line "
              + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": "
              + e.getOriginalMessage(),
          "fix the syntax at that line"));
      return null;
    } catch (Yaml12.MalformedYamlException e) {
      diagnostics.add(Diagnostic.error(
          DiagnosticCode.E002_MALFORMED,
          file,
          "",
          "malformed YAML or JSON" + (e.getMessage().startsWith("line ") ? " at " : ": ")
              + e.getMessage(),
          "fix the syntax at that line"));
      return null;
    } catch (IOException e) {
      diagnostics.add(Diagnostic.error(
          DiagnosticCode.E001_SPEC_NOT_FOUND,
          file,
          "",
          "cannot read the spec: " + e.getMessage(),
          ""));
      return null;
    }
    if (tree == null
        || tree.isMissingNode()
        || tree.isNull()
        || (tree.isObject() && tree.isEmpty())) {
      diagnostics.add(Diagnostic.error(
          DiagnosticCode.E003_EMPTY_SPEC,
          file,
          "",
          "the spec file is empty",
          "pass an OpenAPI document with an 'openapi' field, 'info' and 'paths'"));
      return null;
    }
    if (!tree.isObject() || (!tree.has("openapi") && !tree.has("swagger"))) {
      diagnostics.add(Diagnostic.error(
          DiagnosticCode.E004_NOT_OPENAPI,
          file,
          "",
          "not an OpenAPI document: it has no 'openapi' or" + " 'swagger' field",
          "pass an OpenAPI 3.0/3.1 or Swagger 2.0 document"));
      return null;
    }
    return tree;
  }
}
