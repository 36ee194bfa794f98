package dev.paygen.maven;

import dev.paygen.generator.GenerationRequest;
import dev.paygen.generator.GenerationResult;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Fails the build when {@code outputDirectory} differs from what the spec generates.
 *
 * <p>Meant for vendored clients (checked in under {@code src/main/java}): the client is regenerated
 * in memory, compared file by file, and nothing is written. Each changed, missing or stale file is
 * named, with the command that regenerates them, and, when an earlier run recorded the generated
 * API ({@code .paygen-api.json}), the changes to it that break code compiled against it.
 */
@Mojo(
    name = "check",
    defaultPhase = LifecyclePhase.VERIFY,
    requiresDependencyResolution = ResolutionScope.COMPILE,
    threadSafe = true)
public final class CheckMojo extends AbstractPaygenMojo {

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("paygen: check skipped (paygen.skip=true)");
      return;
    }
    GenerationResult result = run(request(GenerationRequest.Mode.CHECK, true));
    report(result);
    if (result.outcome() == GenerationResult.Outcome.DRIFT) {
      String files = result.drifted().stream().map(f -> "  " + f).collect(Collectors.joining("\n"));
      String breaking =
          result.breakingSummary().isEmpty() ? "" : "\npaygen: " + result.breakingSummary();
      throw new MojoFailureException("paygen: " + result.drifted().size() + " file(s) in "
          + outputDirectory
          + " differ from what " + spec + " generates:\n" + files + breaking + "\nFix: run `"
          + fixCommand() + "` and commit the result");
    }
    getLog().info(result.summary());
  }

  /** The command that regenerates this execution's output with the same configuration. */
  private String fixCommand() {
    String id = executionId();
    return id.startsWith("default-") ? "mvn paygen:generate" : "mvn paygen:generate@" + id;
  }
}
