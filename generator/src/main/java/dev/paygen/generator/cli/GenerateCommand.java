package dev.paygen.generator.cli;

import dev.paygen.generator.Diagnostic;
import dev.paygen.generator.GenerationRequest;
import dev.paygen.generator.GenerationResult;
import dev.paygen.generator.Generator;
import dev.paygen.generator.JsonLibrary;
import dev.paygen.generator.RefRoot;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code paygen generate}: one run of the generator, its problems on stderr and a summary line on stdout. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    versionProvider = PaygenCli.Version.class,
    sortOptions = false,
    usageHelpWidth = 100,
    header = "Generates a Java 17 client from an OpenAPI spec.",
    description = {
      "Generates a Java 17 client from an OpenAPI spec into DIR, writing only files that changed and",
      "removing files an earlier run generated and this one no longer does. A run whose spec, referenced",
      "files, options and paygen version are unchanged is skipped."
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  done",
      "  1  problems in the spec (each printed as file#/pointer: error [PAYGEN-Ennn] message),",
      "     or drift found by --check",
      "  2  bad usage"
    })
final class GenerateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(
      names = "--spec",
      required = true,
      paramLabel = "FILE",
      description =
          "The OpenAPI 3.0/3.1 spec (YAML or JSON); $ref'd files are read relative to it.")
  Path specFile;

  @Option(
      names = "--package",
      required = true,
      paramLabel = "PKG",
      description = "Base package (models go to PKG.model, services to PKG.service).")
  String packageName;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "DIR",
      description =
          "Source folder to write to; only files paygen generated there are ever replaced or removed.")
  Path output;

  @Option(
      names = "--client-name",
      paramLabel = "NAME",
      description =
          "Client name without the Client suffix (default: x-paygen-client-name, else info.title).")
  String clientName;

  @Option(
      names = "--check",
      description =
          "Write nothing; exit 1 if any file in DIR differs from what would be generated.")
  boolean check;

  @Option(
      names = "--force",
      description = "Regenerate even when nothing changed; overwrite files paygen does not own.")
  boolean force;

  @Option(
      names = "--allow-remote-refs",
      description =
          "Allow $refs to http(s) URLs (off: no network access); such runs are never skipped.")
  boolean allowRemoteRefs;

  @Option(
      names = "--ref-root",
      paramLabel = "DIR",
      description = "Folder $refs may reach files under (default: the git work tree holding the"
          + " spec, else the spec's folder).")
  Path refRoot;

  @Option(
      names = "--operation-name",
      paramLabel = "opId=name",
      description = "Java method name for an operation (repeatable).")
  Map<String, String> operationNames = new LinkedHashMap<>();

  @Option(
      names = "--type-name",
      paramLabel = "Schema=Name",
      description = "Java type name for a schema under components/schemas (repeatable).")
  Map<String, String> typeNames = new LinkedHashMap<>();

  @Option(
      names = "--names",
      paramLabel = "FILE",
      description = "YAML names file: operations: {opId: name}, schemas: {Schema: Name};"
          + " --operation-name and --type-name win per entry.")
  Path namesFile;

  @Option(
      names = "--json",
      paramLabel = "LIB",
      description =
          "JSON library of the generated code: jackson2 (default; runtime"
              + " dev.paygen:paygen-runtime) or jackson3 (tools.jackson; dev.paygen:paygen-runtime-jackson3).")
  String json;

  @Option(
      names = "--quiet",
      description = "Print errors and drift only: no summary line, no warnings.")
  boolean quiet;

  @Override
  public Integer call() {
    JsonLibrary library =
        json == null ? JsonLibrary.JACKSON2 : JsonLibrary.parse(json).orElse(null);
    if (library == null) {
      throw usage(JsonLibrary.unknown("--json", json));
    }
    GenerationRequest request = GenerationRequest.builder(specFile, packageName)
        .clientName(clientName)
        .outputDirectory(output)
        .mode(check ? GenerationRequest.Mode.CHECK : GenerationRequest.Mode.WRITE)
        .force(force)
        .allowRemoteRefs(allowRemoteRefs)
        .operationNames(operationNames)
        .typeNames(typeNames)
        .namesFile(namesFile)
        .refRoot(refRoot == null ? null : RefRoot.of(refRoot, "--ref-root"))
        .json(library)
        .build();
    List<Diagnostic> invalid = request.validate();
    if (!invalid.isEmpty()) {
      // Bad options are bad usage (exit 2); the generator would refuse them with the same messages.
      throw usage(
          invalid.stream().map(Diagnostic::toString).collect(Collectors.joining("\npaygen: ")));
    }
    GenerationResult result = Generator.generate(request);
    report(result);
    return result.success() ? PaygenCli.OK : PaygenCli.PROBLEMS;
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  private void report(GenerationResult result) {
    PrintWriter err = spec.commandLine().getErr();
    for (Diagnostic diagnostic : result.diagnostics()) {
      if (diagnostic.isError() || !quiet) {
        err.println(diagnostic);
      }
    }
    if (!result.drifted().isEmpty()) {
      err.println("paygen: " + result.drifted().size() + " file(s) in " + output
          + " differ from the spec:");
      result.drifted().forEach(file -> err.println("  " + file));
      if (!result.breakingSummary().isEmpty()) {
        err.println("paygen: " + result.breakingSummary());
      }
      err.println("paygen: to update them, run: " + FixCommand.of(this));
    }
    if (!quiet) {
      spec.commandLine().getOut().println(result.summary());
      if (result.apiDiff() != null && result.outcome() == GenerationResult.Outcome.GENERATED) {
        spec.commandLine().getOut().println("paygen: " + result.apiDiff().summary());
      }
    }
  }
}
