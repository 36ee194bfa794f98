package dev.paygen.generator.cli;

import dev.paygen.generator.Diagnostic;
import dev.paygen.generator.GenerationRequest;
import dev.paygen.generator.Generator;
import dev.paygen.generator.SurfaceResult;
import dev.paygen.generator.diff.ApiDiff;
import dev.paygen.generator.diff.ApiSurface;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
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

/** {@code paygen diff}: what a spec change does to the generated Java API, breaking or not. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    versionProvider = PaygenCli.Version.class,
    sortOptions = false,
    usageHelpWidth = 100,
    header = "Reports what a spec change does to the generated Java API.",
    description = {
      "Compares the Java API two specs generate (or the API paygen generated into a folder, as recorded",
      "in its " + ApiSurface.FILE_NAME
          + ", and a new spec): types, record components, enum constants,",
      "union variants, service methods, client accessors and credential setters added, removed or",
      "changed, each BREAKING or compatible for code compiled against the API, and a verdict (major,",
      "minor, patch). Nothing is written. The naming and $ref options are generate's: pass the ones",
      "the client is generated with, or renamed types show as removed and added."
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  done (breaking changes too, unless --fail-on-breaking)",
      "  1  problems in a spec, an unreadable " + ApiSurface.FILE_NAME + ", or breaking changes",
      "     with --fail-on-breaking",
      "  2  bad usage"
    })
final class DiffCommand implements Callable<Integer> {
  /** How the report is printed. */
  enum Format {
    text,
    json
  }

  @Spec
  CommandSpec spec;

  @Option(
      names = "--old",
      required = true,
      paramLabel = "SPEC|DIR",
      description = "The old spec, or a folder paygen generated into (its " + ApiSurface.FILE_NAME
          + " is read).")
  Path oldSpec;

  @Option(names = "--new", required = true, paramLabel = "SPEC", description = "The new spec.")
  Path newSpec;

  @Option(
      names = "--package",
      required = true,
      paramLabel = "PKG",
      description = "Base package, as for generate.")
  String packageName;

  @Mixin
  SpecOptions options = new SpecOptions();

  @Option(
      names = "--format",
      paramLabel = "text|json",
      description = "text (default): verdict, then one line per change; json: for tools.")
  Format format = Format.text;

  @Option(names = "--fail-on-breaking", description = "Exit 1 when any change is breaking.")
  boolean failOnBreaking;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ApiSurface before;
    if (Files.isDirectory(oldSpec)) {
      Path file = oldSpec.resolve(ApiSurface.FILE_NAME);
      if (!Files.isRegularFile(file)) {
        err.println("paygen: " + oldSpec + " has no " + ApiSurface.FILE_NAME
            + " (paygen generate writes it); regenerate that folder, or pass the old spec");
        return PaygenCli.PROBLEMS;
      }
      try {
        before = ApiSurface.read(file);
      } catch (IOException | IllegalArgumentException e) {
        err.println("paygen: cannot read " + file + ": " + e.getMessage());
        return PaygenCli.PROBLEMS;
      }
    } else {
      before = surface(oldSpec, err);
    }
    ApiSurface after = surface(newSpec, err);
    if (before == null || after == null) {
      return PaygenCli.PROBLEMS;
    }
    ApiDiff diff = ApiDiff.between(before, after);
    spec.commandLine().getOut().print(format == Format.json ? diff.toJson() : diff.toText());
    return failOnBreaking && !diff.breaking().isEmpty() ? PaygenCli.PROBLEMS : PaygenCli.OK;
  }

  /** The spec's surface, or null after printing its errors. */
  private ApiSurface surface(Path specFile, PrintWriter err) {
    GenerationRequest request = options.request(specFile, packageName).build();
    List<Diagnostic> invalid = request.validate();
    if (!invalid.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(),
          invalid.stream().map(Diagnostic::toString).collect(Collectors.joining("\npaygen: ")));
    }
    SurfaceResult result = Generator.surface(request);
    result.errors().forEach(err::println);
    return result.surface();
  }
}
