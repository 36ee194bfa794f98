package dev.paygen.maven;

import dev.paygen.generator.Diagnostic;
import dev.paygen.generator.GenerationRequest;
import dev.paygen.generator.Generator;
import dev.paygen.generator.SurfaceResult;
import dev.paygen.generator.diff.ApiDiff;
import dev.paygen.generator.diff.ApiSurface;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Reports what a spec change does to the generated Java API: types, record components, enum
 * constants, union variants, service methods, client accessors and credential setters added,
 * removed or changed, each breaking or compatible for code compiled against the API, with a verdict
 * (major, minor, patch). Writes nothing but the log (and {@code diffOutput} when set).
 *
 * <p>The new side is {@code spec}, with this execution's {@code packageName}, {@code clientName},
 * {@code typeNames} and {@code operationNames}; the old side is {@code oldSpec}, by default the API
 * that {@code generate} recorded in {@code outputDirectory}: {@code mvn paygen:diff} tells what
 * regenerating the vendored client would change.
 */
@Mojo(name = "diff", threadSafe = true)
public final class DiffMojo extends AbstractPaygenMojo {

  /**
   * The old side: a spec file (the same options apply to it as to {@code spec}), or a folder paygen
   * generated into, whose recorded API ({@code .paygen-api.json}) is read. Default: the
   * {@code outputDirectory}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "paygen.oldSpec")
  File oldSpec;

  /**
   * {@code text} (the verdict, then one line per change, breaking ones first) or {@code json} (for
   * tools).
   *
   * @since 0.1.0
   */
  @Parameter(property = "paygen.format", defaultValue = "text")
  String format;

  /**
   * A file to write the report to, besides the log. Default: none.
   *
   * @since 0.1.0
   */
  @Parameter(property = "paygen.diffOutput")
  File diffOutput;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("paygen: diff skipped (paygen.skip=true)");
      return;
    }
    if (!"text".equals(format) && !"json".equals(format)) {
      throw new MojoFailureException("paygen: format must be text or json, not '" + format + "'");
    }
    GenerationRequest request = request(GenerationRequest.Mode.CHECK, false);
    Path old = oldSpec == null ? outputDirectory.toPath() : oldSpec.toPath();
    ApiSurface before = Files.isDirectory(old)
        ? recorded(old)
        : surface(GenerationRequest.builder(old, request.packageName())
            .clientName(request.clientName())
            .operationNames(request.operationNames())
            .typeNames(request.typeNames())
            .namesFile(request.namesFile())
            .allowRemoteRefs(allowRemoteRefs)
            .build());
    ApiSurface after = surface(request);
    ApiDiff diff = ApiDiff.between(before, after);
    String report = "json".equals(format) ? diff.toJson() : diff.toText();
    report.lines().forEach(line -> getLog().info(line));
    if (diffOutput != null) {
      try {
        Files.createDirectories(diffOutput.toPath().toAbsolutePath().getParent());
        Files.writeString(diffOutput.toPath(), report);
      } catch (IOException e) {
        throw new MojoExecutionException("paygen: cannot write " + diffOutput + ": " + e, e);
      }
    }
    if (failOnBreaking && !diff.breaking().isEmpty()) {
      throw new MojoFailureException("paygen: " + diff.breaking().size()
          + " breaking change(s) in the generated API (failOnBreaking is on):\n"
          + diff.breaking().stream().map(c -> "  " + c.toLine()).collect(Collectors.joining("\n")));
    }
  }

  private static ApiSurface recorded(Path folder) throws MojoFailureException {
    Path file = folder.resolve(ApiSurface.FILE_NAME);
    if (!Files.isRegularFile(file)) {
      throw new MojoFailureException("paygen: " + folder + " has no " + ApiSurface.FILE_NAME
          + " (paygen:generate writes it); regenerate that folder, or set oldSpec to the old spec");
    }
    try {
      return ApiSurface.read(file);
    } catch (IOException | IllegalArgumentException e) {
      throw new MojoFailureException("paygen: cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private ApiSurface surface(GenerationRequest request) throws MojoFailureException {
    SurfaceResult result = Generator.surface(request);
    for (Diagnostic warning : result.diagnostics()) {
      if (!warning.isError()) {
        getLog().debug(warning.toString());
      }
    }
    if (!result.success()) {
      throw new MojoFailureException("paygen: " + result.errors().size() + " problem(s) in "
          + request.spec() + ":\n"
          + result.errors().stream().map(d -> "  " + d).collect(Collectors.joining("\n")));
    }
    return result.surface();
  }
}
