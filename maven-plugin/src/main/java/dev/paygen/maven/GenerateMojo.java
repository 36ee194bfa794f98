package dev.paygen.maven;

import dev.paygen.generator.GenerationRequest;
import dev.paygen.generator.GenerationResult;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Generates a typed Java client from an OpenAPI spec and adds it to the compile sources.
 *
 * <p>Skips the work when the fingerprint of spec, referenced files, options and generator version is
 * unchanged; otherwise writes only the files whose bytes changed (the rest keep their timestamps,
 * so the compiler does not recompile them) and removes files a previous run generated that are no
 * longer generated.
 */
@Mojo(
    name = "generate",
    defaultPhase = LifecyclePhase.GENERATE_SOURCES,
    requiresDependencyResolution = ResolutionScope.COMPILE,
    threadSafe = true)
public final class GenerateMojo extends AbstractPaygenMojo {

  /**
   * Adds {@code outputDirectory} to the project's compile source roots. Turn it off when the output
   * is already a source root (vendored into {@code src/main/java}) or is compiled some other way.
   *
   * @since 0.1.0
   */
  @Parameter(property = "paygen.addCompileSourceRoot", defaultValue = "true")
  boolean addCompileSourceRoot;

  /**
   * Regenerates even when the fingerprint says nothing changed (files whose bytes are right are
   * still left untouched).
   *
   * @since 0.1.0
   */
  @Parameter(property = "paygen.force", defaultValue = "false")
  boolean force;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("paygen: skipped (paygen.skip=true)");
      return;
    }
    GenerationRequest request = request(GenerationRequest.Mode.WRITE, force);
    String reason = !hasPreviousOutput(request.outputDirectory())
        ? "no previous output"
        : force
            ? "forced (paygen.force=true)"
            : allowRemoteRefs
                ? "allowRemoteRefs is on, and remote $refs are never taken as up to date"
                : "inputs changed (spec, a file it $refs, options or generator version) or generated files were edited";
    GenerationResult result = run(request);
    report(result);
    if (result.outcome() == GenerationResult.Outcome.UP_TO_DATE) {
      getLog()
          .info("paygen: skipped " + spec
              + ", up to date: spec, options and generator unchanged since the " + "last run into "
              + outputDirectory);
      getLog().debug(result.summary());
    } else {
      getLog()
          .info("paygen: generated " + spec + " into " + outputDirectory + " because: " + reason);
      getLog().info(result.summary());
      if (result.apiDiff() != null) {
        getLog().info("paygen: " + result.apiDiff().summary());
      }
      result.removed().forEach(file -> getLog().info("paygen: removed stale " + file));
    }
    if (addCompileSourceRoot) {
      project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
    }
    failOnBreaking(result);
  }
}
