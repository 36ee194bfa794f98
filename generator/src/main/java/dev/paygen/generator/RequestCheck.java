package dev.paygen.generator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * The checks of {@link GenerationRequest#validate()}: every option, the same for the CLI, the Maven
 * plugin and the processor, so a bad option gives the same coded message from each of them instead
 * of reaching JavaPoet and coming back as a crash.
 */
final class RequestCheck {
  /** Identifiers that are not keywords but cannot name a type (JLS 3.9). */
  private static final Set<String> RESTRICTED_TYPE_NAMES =
      Set.of("var", "yield", "record", "sealed", "permits");

  private static final String IDENTIFIER_RULE =
      "a letter or _ first, then letters, digits and _, and not a Java" + " keyword";

  private final List<Diagnostic> diagnostics = new ArrayList<>();

  private RequestCheck() {}

  static List<Diagnostic> check(GenerationRequest request) {
    RequestCheck check = new RequestCheck();
    check.paths(request.spec(), request.outputDirectory());
    check.refRoot(request);
    check.packageName(request.packageName());
    check.clientName(request.clientName());
    check.overrides(
        request.typeNames(), DiagnosticCode.E052_INVALID_TYPE_NAME, "type", "schema", true);
    check.overrides(
        request.operationNames(),
        DiagnosticCode.E053_INVALID_OPERATION_NAME,
        "operation",
        "operationId",
        false);
    return List.copyOf(check.diagnostics);
  }

  private void paths(Path spec, Path output) {
    if (!Files.exists(spec)) {
      error(
          DiagnosticCode.E001_SPEC_NOT_FOUND,
          "spec file not found: " + spec,
          "pass the path of an OpenAPI YAML or JSON file");
    } else if (!Files.isRegularFile(spec)) {
      error(
          DiagnosticCode.E054_SPEC_NOT_A_FILE,
          "the spec must be a file, but " + spec + " is a folder",
          "pass the path of the root OpenAPI YAML or JSON file in that folder");
    }
    if (output != null && Files.exists(output) && !Files.isDirectory(output)) {
      error(
          DiagnosticCode.E055_OUTPUT_NOT_A_FOLDER,
          "the output must be a folder, but " + output + " is a file",
          "pass a folder (it is created if missing), e.g. target/generated-sources/paygen");
    }
  }

  /** Only a root the caller chose can miss the spec: the default ones hold it by construction. */
  private void refRoot(GenerationRequest request) {
    RefRoot root = request.refRoot();
    if (root == null || !root.chosen()) {
      return;
    }
    Path spec = request.spec().toAbsolutePath().normalize();
    if (!Files.isDirectory(root.directory())) {
      error(
          DiagnosticCode.E057_SPEC_OUTSIDE_REF_ROOT,
          "the ref root " + root + " is not a folder",
          "pass an existing folder that holds the spec and every file it $refs");
    } else if (!root.contains(spec)) {
      error(
          DiagnosticCode.E057_SPEC_OUTSIDE_REF_ROOT,
          "the spec " + spec + " is not under the ref root " + root,
          "pass a ref root that holds the spec and every file it $refs, e.g. " + spec.getParent());
    }
  }

  private void packageName(String packageName) {
    if (packageName.isBlank()) {
      error(
          DiagnosticCode.E050_INVALID_PACKAGE,
          "the package name is empty",
          "name the base package, e.g. com.acme.payments");
    } else if (!SourceVersion.isName(packageName)) {
      error(
          DiagnosticCode.E050_INVALID_PACKAGE,
          "'" + packageName + "' is not a valid Java package name",
          "use dot-separated Java identifiers that are not keywords, e.g. com.acme.payments");
    }
  }

  private void clientName(String clientName) {
    if (clientName != null && !isIdentifier(clientName, true)) {
      error(
          DiagnosticCode.E051_INVALID_CLIENT_NAME,
          "the client name '" + clientName + "' is not a legal Java" + " identifier",
          "use " + IDENTIFIER_RULE + ", without the Client suffix, e.g. DodoPayments");
    }
  }

  private void overrides(
      Map<String, String> overrides, DiagnosticCode code, String kind, String key, boolean type) {
    overrides.forEach((specName, javaName) -> {
      if (specName.isBlank()) {
        error(
            code,
            "the " + kind + "-name override =" + javaName + " names no " + key,
            "write it as " + key + "=JavaName");
      } else if (!isIdentifier(javaName, type)) {
        error(
            code,
            "the " + kind + " name '" + javaName + "' given for " + key + " '" + specName
                + "' is not a legal" + " Java " + (type ? "type" : "method") + " name",
            "use " + IDENTIFIER_RULE + ", e.g. " + (type ? "Payment" : "create"));
      }
    });
  }

  private static boolean isIdentifier(String name, boolean type) {
    return SourceVersion.isIdentifier(name)
        && !SourceVersion.isKeyword(name)
        && !(type && RESTRICTED_TYPE_NAMES.contains(name));
  }

  private void error(DiagnosticCode code, String message, String fix) {
    // Options are not in any file: the message names the offending value instead of a location.
    diagnostics.add(Diagnostic.error(code, "", "", message, fix));
  }
}
