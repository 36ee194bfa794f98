package dev.paygen.generator;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Everything one generation run needs; built by each front-end (CLI, Maven plugin, processor).
 *
 * <p>Any values are accepted here; {@link #validate()} says what is wrong with them, with the same
 * coded message for every front-end, and {@link Generator#generate} refuses a request that has errors.
 *
 * <pre>{@code
 * GenerationRequest request = GenerationRequest.builder(Path.of("dodo-payments.yaml"), "com.acme.dodo")
 *     .outputDirectory(Path.of("target/generated-sources/paygen"))
 *     .build();
 * GenerationResult result = Generator.generate(request);
 * }</pre>
 *
 * @param spec the root spec file (OpenAPI 3.0, 3.1 or Swagger 2.0; YAML or JSON)
 * @param packageName the base package; models go to {@code <package>.model}, services to
 *     {@code <package>.service}
 * @param clientName the client's name without the {@code Client} suffix, or null to take it from
 *     the spec ({@code x-paygen-client-name}, else {@code info.title})
 * @param outputDirectory where sources are written; null renders in memory only
 * @param mode write the files, or only compare them with what is there
 * @param force regenerate even when the fingerprint says nothing changed
 * @param allowRemoteRefs whether {@code $ref}s to http(s) URLs may be fetched (off by default:
 *     generation never touches the network unless asked to)
 * @param operationNames method-name overrides, keyed by operationId
 * @param typeNames type-name overrides, keyed by schema name under {@code components/schemas}
 * @param namesFile a YAML names file ({@code operations:} and {@code schemas:} mappings, see
 *     {@link dev.paygen.generator.load.NamesFile}) merged under {@code operationNames} and
 *     {@code typeNames}, which win per entry; or null
 * @param refRoot the folder {@code $ref}s may reach files under, and where it came from; null for
 *     {@link RefRoot#forSpec} (the git work tree holding the spec, else the spec's folder)
 * @param json the JSON library the generated code is written for; null for {@link
 *     JsonLibrary#JACKSON2}
 */
public record GenerationRequest(
    Path spec,
    String packageName,
    String clientName,
    Path outputDirectory,
    Mode mode,
    boolean force,
    boolean allowRemoteRefs,
    Map<String, String> operationNames,
    Map<String, String> typeNames,
    Path namesFile,
    RefRoot refRoot,
    JsonLibrary json) {

  /** What a run does with its output folder. */
  public enum Mode {
    /** Write changed files, remove stale ones. */
    WRITE,
    /** Write nothing; report every file that differs from what would be generated. */
    CHECK
  }

  /**
   * Checks the spec is set and fills defaults: no package, {@link Mode#WRITE}, Jackson 2, no name
   * overrides.
   *
   * @param spec the root spec file (OpenAPI 3.0, 3.1 or Swagger 2.0; YAML or JSON)
   * @param packageName the base package; models go to {@code <package>.model}, services to {@code
   *     <package>.service}
   * @param clientName the client's name without the {@code Client} suffix, or null to take it from
   *     the spec ({@code x-paygen-client-name}, else {@code info.title})
   * @param outputDirectory where sources are written; null renders in memory only
   * @param mode write the files, or only compare them with what is there
   * @param force regenerate even when the fingerprint says nothing changed
   * @param allowRemoteRefs whether {@code $ref}s to http(s) URLs may be fetched (off by default:
   *     generation never touches the network unless asked to)
   * @param operationNames method-name overrides, keyed by operationId
   * @param typeNames type-name overrides, keyed by schema name under {@code components/schemas}
   * @param namesFile a YAML names file ({@code operations:} and {@code schemas:} mappings, see
   *     {@link dev.paygen.generator.load.NamesFile}) merged under {@code operationNames} and {@code
   *     typeNames}, which win per entry; or null
   * @param refRoot the folder {@code $ref}s may reach files under, and where it came from; null for
   *     {@link RefRoot#forSpec} (the git work tree holding the spec, else the spec's folder)
   * @param json the JSON library the generated code is written for; null for {@link
   *     JsonLibrary#JACKSON2}
   */
  public GenerationRequest {
    Objects.requireNonNull(spec, "spec");
    packageName = packageName == null ? "" : packageName;
    mode = mode == null ? Mode.WRITE : mode;
    json = json == null ? JsonLibrary.JACKSON2 : json;
    operationNames = copy(operationNames);
    typeNames = copy(typeNames);
  }

  /** A sorted copy; a missing key or name (an empty element in Maven's XML) becomes empty, for validate() to report. */
  private static Map<String, String> copy(Map<String, String> map) {
    Map<String, String> copy = new TreeMap<>();
    if (map != null) {
      map.forEach((key, value) -> copy.put(key == null ? "" : key, value == null ? "" : value));
    }
    return Collections.unmodifiableMap(copy);
  }

  /**
   * {@return every problem with the options: paths, package, client name and name overrides, each
   * coded ({@code PAYGEN-E05x}, or E001 for a missing spec) with a fix; empty when the request is
   * valid}
   */
  public List<Diagnostic> validate() {
    return RequestCheck.check(this);
  }

  /**
   * Starts a request.
   *
   * @param spec the root spec file
   * @param packageName the base package of the generated code
   * @return a builder with every other value at its default
   */
  public static Builder builder(Path spec, String packageName) {
    return new Builder(spec, packageName);
  }

  /** {@return a builder holding every value of this request} */
  public Builder toBuilder() {
    return builder(spec, packageName)
        .clientName(clientName)
        .outputDirectory(outputDirectory)
        .mode(mode)
        .force(force)
        .allowRemoteRefs(allowRemoteRefs)
        .operationNames(operationNames)
        .typeNames(typeNames)
        .namesFile(namesFile)
        .refRoot(refRoot)
        .json(json);
  }

  /**
   * {@return the ref root in force: {@link #refRoot()} if set, else {@link RefRoot#forSpec}; also
   * when a front-end's default does not hold the spec (a Maven spec in a sibling module, {@code
   * ../api/openapi.yaml}), so that a default never refuses what the CLI would accept}
   */
  public RefRoot effectiveRefRoot() {
    if (refRoot != null
        && (refRoot.chosen() || refRoot.contains(spec.toAbsolutePath().normalize()))) {
      return refRoot;
    }
    return RefRoot.forSpec(spec);
  }

  /** {@return the options that change the output, in a stable textual form, for the fingerprint} */
  public String optionsFingerprintText() {
    return "package=" + packageName
        + "\nclientName=" + (clientName == null ? "" : clientName)
        + "\nallowRemoteRefs=" + allowRemoteRefs
        + "\noperationNames=" + new TreeMap<>(operationNames)
        + "\ntypeNames=" + new TreeMap<>(typeNames)
        + refRootFingerprintText()
        + jsonFingerprintText();
  }

  /** Jackson 3 output differs from Jackson 2's; the default adds nothing, as before the option. */
  private String jsonFingerprintText() {
    return json == JsonLibrary.JACKSON2 ? "" : "\njson=" + json.id();
  }

  /**
   * The root relative to the spec's folder ({@code ../..}), so a narrowed root is rechecked but a
   * moved checkout is not regenerated for it; empty for the spec's own folder, as before roots.
   */
  private String refRootFingerprintText() {
    Path folder = spec.toAbsolutePath().normalize().getParent();
    Path root = effectiveRefRoot().directory();
    if (root.equals(folder)) {
      return "";
    }
    boolean relative = folder != null && Objects.equals(root.getRoot(), folder.getRoot());
    return "\nrefRoot="
        + (relative ? folder.relativize(root).toString().replace('\\', '/') : root.toString());
  }

  /** Builds a {@link GenerationRequest}. */
  public static final class Builder {
    private final Path spec;
    private final String packageName;
    private String clientName;
    private Path outputDirectory;
    private Mode mode = Mode.WRITE;
    private boolean force;
    private boolean allowRemoteRefs;
    private Map<String, String> operationNames = Map.of();
    private Map<String, String> typeNames = Map.of();
    private Path namesFile;
    private RefRoot refRoot;
    private JsonLibrary json;

    private Builder(Path spec, String packageName) {
      this.spec = spec;
      this.packageName = packageName;
    }

    // CPD-OFF: one fluent setter per field, the builder idiom; alike to any other builder
    /**
     * Sets the client's name, without the {@code Client} suffix.
     *
     * @param clientName the name, or null to take it from the spec
     * @return this builder
     */
    public Builder clientName(String clientName) {
      this.clientName = clientName;
      return this;
    }

    /**
     * Sets where sources are written.
     *
     * @param outputDirectory the output folder, or null to render in memory only
     * @return this builder
     */
    public Builder outputDirectory(Path outputDirectory) {
      this.outputDirectory = outputDirectory;
      return this;
    }

    /**
     * Sets whether the run writes its output folder or only checks it.
     *
     * @param mode the mode; null for {@link Mode#WRITE}
     * @return this builder
     */
    public Builder mode(Mode mode) {
      this.mode = mode;
      return this;
    }

    /**
     * Sets whether to regenerate even when the fingerprint says nothing changed.
     *
     * @param force whether to ignore the fingerprint
     * @return this builder
     */
    public Builder force(boolean force) {
      this.force = force;
      return this;
    }

    /**
     * Sets whether {@code $ref}s to http(s) URLs may be fetched.
     *
     * @param allowRemoteRefs whether remote refs are allowed (off by default)
     * @return this builder
     */
    public Builder allowRemoteRefs(boolean allowRemoteRefs) {
      this.allowRemoteRefs = allowRemoteRefs;
      return this;
    }

    /**
     * Sets the method-name overrides.
     *
     * @param operationNames method names keyed by operationId
     * @return this builder
     */
    public Builder operationNames(Map<String, String> operationNames) {
      this.operationNames = operationNames;
      return this;
    }

    /**
     * Sets the type-name overrides.
     *
     * @param typeNames type names keyed by schema name under {@code components/schemas}
     * @return this builder
     */
    public Builder typeNames(Map<String, String> typeNames) {
      this.typeNames = typeNames;
      return this;
    }

    /**
     * Sets a YAML names file, merged under the name overrides.
     *
     * @param namesFile the names file, or null for none
     * @return this builder
     */
    public Builder namesFile(Path namesFile) {
      this.namesFile = namesFile;
      return this;
    }

    /**
     * Sets the {@code $ref} root with where it came from (front-ends).
     *
     * @param refRoot the root, or null for the default
     * @return this builder
     */
    public Builder refRoot(RefRoot refRoot) {
      this.refRoot = refRoot;
      return this;
    }

    /**
     * Sets the {@code $ref} root, for a caller of this API.
     *
     * @param directory the folder, or null for the default
     * @return this builder
     */
    public Builder refRoot(Path directory) {
      this.refRoot = directory == null ? null : RefRoot.of(directory, "refRoot");
      return this;
    }

    /**
     * Sets the JSON library the generated code is written for.
     *
     * @param json the library, or null for Jackson 2
     * @return this builder
     */
    public Builder json(JsonLibrary json) {
      this.json = json;
      return this;
    }
    // CPD-ON

    /**
     * Builds the request; {@link GenerationRequest#validate()} says what is wrong with it.
     *
     * @return the request
     */
    public GenerationRequest build() {
      return new GenerationRequest(
          spec,
          packageName,
          clientName,
          outputDirectory,
          mode,
          force,
          allowRemoteRefs,
          operationNames,
          typeNames,
          namesFile,
          refRoot,
          json);
    }
  }
}
