package dev.paygen.maven;

import dev.paygen.generator.Diagnostic;
import dev.paygen.generator.GenerationRequest;
import dev.paygen.generator.GenerationResult;
import dev.paygen.generator.Generator;
import dev.paygen.generator.JsonLibrary;
import dev.paygen.generator.RefRoot;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** The parameters {@code generate} and {@code check} share, and how they become one request. */
abstract class AbstractPaygenMojo extends AbstractMojo {
  /**
   * The OpenAPI document (3.0, 3.1 or Swagger 2.0; YAML or JSON): a file, relative to the project's
   * base directory, or {@code classpath:path/in/a/jar.yaml} for a spec inside a dependency of the
   * project (such as {@code classpath:paygen/specs/dodo-payments.yaml} from {@code paygen-spec}).
   * Files that the spec {@code $ref}s are read and fingerprinted too; a {@code classpath:} spec must be
   * self-contained.
   *
   * @since 0.1.0
   */
  @Parameter(required = true)
  String spec;

  /**
   * The base package: the client goes here, records, enums and unions to {@code <packageName>.model},
   * services and their parameter records to {@code <packageName>.service}.
   *
   * @since 0.1.0
   */
  @Parameter(required = true)
  String packageName;

  /**
   * The client's name without the {@code Client} suffix ({@code DodoPayments} gives
   * {@code DodoPaymentsClient}). Default: the spec's {@code x-paygen-client-name}, else its
   * {@code info.title}.
   *
   * @since 0.1.0
   */
  @Parameter
  String clientName;

  /**
   * Where the sources go. paygen owns the files it generates there (listed in a manifest) and
   * removes the ones a later run no longer generates; give each execution its own directory. Set
   * it to <code>${project.basedir}/src/main/java</code> to vendor the client and verify it with
   * {@code check}.
   *
   * @since 0.1.0
   */
  @Parameter(
      property = "paygen.outputDirectory",
      defaultValue = "${project.build.directory}/generated-sources/paygen")
  File outputDirectory;

  /**
   * Whether {@code $ref}s to {@code http(s)} URLs may be fetched. Off by default, so a build never
   * touches the network because of a spec.
   *
   * @since 0.1.0
   */
  @Parameter(property = "paygen.allowRemoteRefs", defaultValue = "false")
  boolean allowRemoteRefs;

  /**
   * The JSON library the generated code is written for: {@code jackson2} (Jackson 2, with the
   * runtime {@code dev.paygen:paygen-runtime}) or {@code jackson3} (Jackson 3, {@code
   * tools.jackson}, with {@code dev.paygen:paygen-runtime-jackson3}, as Spring Boot 4 uses).
   *
   * @since 0.1.0
   */
  @Parameter(property = "paygen.json", defaultValue = "jackson2")
  String json;

  /**
   * Java method names for operations, keyed by operationId; wins over {@code x-paygen-name} and the
   * operationId, for example {@code <operationNames><create_session>start</create_session></operationNames>}.
   * Default: none.
   *
   * @since 0.1.0
   */
  @Parameter
  Map<String, String> operationNames = new LinkedHashMap<>();

  /**
   * Java type names for schemas, keyed by their name under {@code components/schemas}, for example
   * {@code <typeNames><payment_response>Payment</payment_response></typeNames>}. Default: none.
   *
   * @since 0.1.0
   */
  @Parameter
  Map<String, String> typeNames = new LinkedHashMap<>();

  /**
   * A YAML names file pinning Java names: {@code operations:} (operationId: method name) and
   * {@code schemas:} (schema name: type name). {@code operationNames} and {@code typeNames} win per
   * entry. Its names take part in the up-to-date check: a changed file regenerates. Default: none.
   *
   * @since 0.2.0
   */
  @Parameter(property = "paygen.namesFile")
  File namesFile;

  /**
   * The folder {@code $ref}s may reach files under, at any depth: with the spec in
   * {@code api/spec/} and a shared {@code api/common/Error.yaml}, {@code ../common/Error.yaml} is
   * followed when both are under the root. Relative to the project's base directory; a {@code $ref}
   * leaving it fails with {@code PAYGEN-E012}. Default: the project's base directory.
   *
   * @since 0.2.0
   */
  @Parameter(property = "paygen.refRoot")
  File refRoot;

  /**
   * Fails the build when the generated Java API changes in a way that breaks code compiled against
   * it (a removed type, method, component, constant or variant; a retyped one; a new required
   * component), compared with the API an earlier run recorded in {@code outputDirectory}
   * ({@code .paygen-api.json}). For {@code generate}, checked when the inputs changed (the sources
   * are written all the same, so the next build passes); for {@code diff}, on its report. A
   * {@code check} fails on any drift already and names the breaking changes in its message. Off by
   * default: changes are only reported.
   *
   * @since 0.1.0
   */
  @Parameter(property = "paygen.failOnBreaking", defaultValue = "false")
  boolean failOnBreaking;

  /**
   * Skips this goal.
   *
   * @since 0.1.0
   */
  @Parameter(property = "paygen.skip", defaultValue = "false")
  boolean skip;

  /**
   * The project being built (read-only): its base directory, build directory, compile classpath
   * and compile source roots.
   *
   * @since 0.1.0
   */
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  /**
   * This execution (read-only): its id names the folder a {@code classpath:} spec is copied to and
   * the command a failed {@code check} suggests.
   *
   * @since 0.1.0
   */
  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  MojoExecution mojoExecution;

  /**
   * Builds the one request this execution stands for, failing with the request's own coded errors
   * (the same the CLI and the processor print) when a parameter is wrong.
   */
  final GenerationRequest request(GenerationRequest.Mode mode, boolean force)
      throws MojoExecutionException, MojoFailureException {
    Path specFile = new SpecResolver(project, executionId()).resolve(spec);
    GenerationRequest request = GenerationRequest.builder(
            specFile, packageName == null ? null : packageName.trim())
        .clientName(clientName == null || clientName.isBlank() ? null : clientName.trim())
        .outputDirectory(outputDirectory.toPath())
        .mode(mode)
        .force(force)
        .allowRemoteRefs(allowRemoteRefs)
        .operationNames(operationNames)
        .typeNames(typeNames)
        .namesFile(namesFile == null ? null : namesFile.toPath())
        .refRoot(refRoot())
        .json(jsonLibrary())
        .build();
    List<Diagnostic> invalid = request.validate();
    if (!invalid.isEmpty()) {
      throw new MojoFailureException(
          "paygen: " + invalid.size() + " problem(s) in the configuration of execution '"
              + executionId() + "', nothing was generated:\n"
              + invalid.stream().map(d -> "  " + d).collect(Collectors.joining("\n")));
    }
    return request;
  }

  /** {@code <json>} as a library; an unknown value fails the build, naming the allowed ones. */
  final JsonLibrary jsonLibrary() throws MojoFailureException {
    if (json == null || json.isBlank()) {
      return JsonLibrary.JACKSON2;
    }
    return JsonLibrary.parse(json)
        .orElseThrow(() -> new MojoFailureException(
            "paygen: execution '" + executionId() + "': " + JsonLibrary.unknown("<json>", json)));
  }

  /** {@code <refRoot>} against the base directory, else the base directory itself. */
  final RefRoot refRoot() {
    Path base = project.getBasedir().toPath();
    return refRoot == null
        ? RefRoot.byDefault(base, "the Maven project's base directory")
        : RefRoot.of(base.resolve(refRoot.toPath()), "<refRoot>");
  }

  /** Runs the generator; a crash or an I/O failure is the build's fault, not the spec's. */
  static GenerationResult run(GenerationRequest request) throws MojoExecutionException {
    try {
      return Generator.generate(request);
    } catch (UncheckedIOException e) {
      throw new MojoExecutionException(
          "paygen: I/O failure while generating from " + request.spec() + ": "
              + e.getCause().getMessage(),
          e.getCause());
    } catch (RuntimeException | LinkageError e) {
      throw new MojoExecutionException(
          "paygen: generator crashed on " + request.spec() + ": " + e, e);
    }
  }

  /** Logs warnings, and fails with every error when the spec or the configuration is wrong. */
  final void report(GenerationResult result) throws MojoFailureException, MojoExecutionException {
    for (Diagnostic warning : result.warnings()) {
      getLog().warn(warning.toString());
    }
    if (result.outcome() == GenerationResult.Outcome.FAILED) {
      Diagnostic crash =
          result.errors().stream().filter(Diagnostic::isBuildFault).findFirst().orElse(null);
      if (crash != null) {
        throw new MojoExecutionException(crash.toString());
      }
      String problems =
          result.errors().stream().map(d -> "  " + d).collect(Collectors.joining("\n"));
      throw new MojoFailureException("paygen: " + result.errors().size() + " problem(s) in " + spec
          + ", nothing was generated:\n" + problems);
    }
  }

  /** Fails when {@link #failOnBreaking} is on and {@code result}'s API diff has breaking changes. */
  final void failOnBreaking(GenerationResult result) throws MojoFailureException {
    if (failOnBreaking && !result.breakingSummary().isEmpty()) {
      throw new MojoFailureException("paygen: " + result.breakingSummary()
          + " (failOnBreaking is on; the API recorded in " + outputDirectory + " is the old side)");
    }
  }

  final String executionId() {
    return mojoExecution == null ? "default" : mojoExecution.getExecutionId();
  }

  static boolean hasPreviousOutput(Path directory) {
    return Files.isRegularFile(directory.resolve(Generator.MANIFEST_FILE_NAME));
  }
}
