package dev.paygen.generator.cli;

import dev.paygen.generator.Diagnostic;
import dev.paygen.generator.GenerationRequest;
import dev.paygen.generator.GenerationResult;
import dev.paygen.generator.Generator;
import dev.paygen.generator.JsonLibrary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Mixin
  SpecOptions options = new SpecOptions();

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
    GenerationRequest request = options
        .request(specFile, packageName)
        .outputDirectory(output)
        .mode(check ? GenerationRequest.Mode.CHECK : GenerationRequest.Mode.WRITE)
        .force(force)
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
