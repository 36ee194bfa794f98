package dev.paygen.generator;

import dev.paygen.generator.GenerationResult.Outcome;
import dev.paygen.generator.diff.ApiDiff;
import dev.paygen.generator.diff.ApiSurface;
import dev.paygen.generator.emit.Emitter;
import dev.paygen.generator.load.LoadedSpec;
import dev.paygen.generator.load.ModelBuilder;
import dev.paygen.generator.load.ModelResult;
import dev.paygen.generator.load.NamesFile;
import dev.paygen.generator.load.SpecLoader;
import dev.paygen.generator.model.ApiModel;
import dev.paygen.generator.model.EnumModel;
import dev.paygen.generator.model.RecordModel;
import dev.paygen.generator.model.TypeModel;
import dev.paygen.generator.model.UnionModel;
import dev.paygen.generator.write.Fingerprint;
import dev.paygen.generator.write.Manifest;
import dev.paygen.generator.write.OutputWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The one entry point every front-end calls: reads a spec, builds the model, renders the sources
 * and writes (or checks) the output folder, skipping all of it when the inputs' fingerprint shows
 * that nothing changed.
 *
 * <pre>{@code
 * GenerationResult result = Generator.generate(GenerationRequest.builder(spec, "com.acme.dodo")
 *     .outputDirectory(Path.of("target/generated-sources/paygen"))
 *     .build());
 * if (!result.success()) {
 *   result.errors().forEach(System.err::println);
 * }
 * }</pre>
 *
 * <p>Bad input never throws: every problem, including an unexpected failure of a layer, comes
 * back as a {@link Diagnostic} in a {@link Outcome#FAILED} result.
 */
public final class Generator {
  /** The file in each output folder that lists what paygen generated there, and so owns. */
  public static final String MANIFEST_FILE_NAME = Manifest.FILE_NAME;

  private Generator() {}

  /**
   * Runs one generation; see {@link GenerationResult#outcome()} for how it ended.
   *
   * @param options what to generate, from which spec, and where
   * @return the outcome, the diagnostics and the files generated; never thrown
   */
  public static GenerationResult generate(GenerationRequest options) {
    long start = System.nanoTime();
    // The names file is merged into the options first, so the fingerprint sees its names.
    NamesFile.Resolved names = NamesFile.resolve(options);
    GenerationRequest request = names.request();
    Run run = new Run(request);
    List<Diagnostic> invalid = new ArrayList<>(names.diagnostics());
    invalid.addAll(request.validate());
    if (!invalid.isEmpty()) {
      run.diagnostics.addAll(invalid);
      return run.finish(Outcome.FAILED, "", start);
    }
    try {
      Optional<String> upToDate = upToDateFingerprint(request);
      if (upToDate.isPresent()) {
        return run.finish(Outcome.UP_TO_DATE, upToDate.get(), start);
      }
      run.generate();
    } catch (RuntimeException | StackOverflowError e) {
      run.diagnostics.add(unexpected(request, e));
      run.files = List.of();
    }
    return run.finish(run.outcome(), run.fingerprint, start);
  }

  /**
   * The Java API {@code request}'s spec generates (load and model only; nothing is rendered or
   * written, and the request's output folder and mode are ignored), for {@code paygen diff}.
   *
   * @param request the spec and the naming options
   * @return the surface, or none with the diagnostics that prevented it
   */
  public static SurfaceResult surface(GenerationRequest request) {
    ModelOutcome modeled = model(request);
    if (!modeled.success()) {
      return new SurfaceResult(null, modeled.diagnostics());
    }
    List<Diagnostic> diagnostics = new ArrayList<>(modeled.diagnostics());
    try {
      return new SurfaceResult(ApiSurface.of(modeled.model()), diagnostics);
    } catch (RuntimeException | StackOverflowError e) {
      diagnostics.add(unexpected(request, e));
      return new SurfaceResult(null, diagnostics);
    }
  }

  /**
   * The model {@code request}'s spec builds (load and model only; nothing is rendered or written,
   * and the request's output folder and mode are ignored): the operations as the generated client
   * names them, for tools and tests that call a generated client operation by operation.
   *
   * @param options the spec and the naming options
   * @return the model, or none with the diagnostics that prevented it
   */
  public static ModelOutcome model(GenerationRequest options) {
    // The names file is merged into the options first, as generate() does.
    NamesFile.Resolved names = NamesFile.resolve(options);
    GenerationRequest request = names.request();
    List<Diagnostic> diagnostics = new ArrayList<>(names.diagnostics());
    diagnostics.addAll(request.validate());
    if (!diagnostics.isEmpty()) {
      return new ModelOutcome(null, diagnostics);
    }
    try {
      Modeled modeled = model(request, diagnostics);
      return new ModelOutcome(modeled == null ? null : modeled.model(), diagnostics);
    } catch (RuntimeException | StackOverflowError e) {
      diagnostics.add(unexpected(request, e));
      return new ModelOutcome(null, diagnostics);
    }
  }

  /** A spec as loaded, and the model built from it. */
  /**
   * What generation needs after the model is built: the files read (for the fingerprint) and the
   * model. Not the parsed document: Swagger's model of a large spec is hundreds of MB, and nothing
   * after ModelBuilder reads it, so it must not stay reachable while files are rendered.
   */
  private record Modeled(List<Path> inputFiles, ApiModel model) {}

  /**
   * Loads the spec and builds the model; null on failure, with at least one error in {@code
   * diagnostics}.
   */
  private static Modeled model(GenerationRequest request, List<Diagnostic> diagnostics) {
    LoadedSpec spec =
        SpecLoader.load(request.spec(), request.allowRemoteRefs(), request.effectiveRefRoot());
    diagnostics.addAll(spec.diagnostics());
    if (spec.hasErrors()) {
      requireAnError(request, diagnostics, "the spec could not be read");
      return null;
    }
    ModelResult model = ModelBuilder.build(spec, request);
    diagnostics.addAll(model.diagnostics());
    if (model.hasErrors()) {
      requireAnError(request, diagnostics, "no model could be built from the spec");
      return null;
    }
    return new Modeled(spec.inputFiles(), model.model());
  }

  /** Keeps a layer's failure visible even if it reported no error of its own. */
  private static void requireAnError(
      GenerationRequest request, List<Diagnostic> diagnostics, String what) {
    if (diagnostics.stream().noneMatch(Diagnostic::isError)) {
      diagnostics.add(Diagnostic.error(
          DiagnosticCode.E900_UNEXPECTED,
          request.spec().toString(),
          "",
          what + " (no reason given)",
          ""));
    }
  }

  /**
   * {@return the generator as fingerprints name it: its version, plus a hash of its own code for a
   * snapshot
   * (so a rebuilt snapshot regenerates output the previous build wrote)}
   */
  public static String identity() {
    return VersionHolder.IDENTITY;
  }

  /** {@return the generator's version, as Maven filtered it into {@code paygen.properties}} */
  public static String version() {
    return VersionHolder.VERSION;
  }

  /**
   * The stored fingerprint when the output folder's manifest proves that nothing changed: same
   * inputs (bytes and names), options and version, and every generated file still as it was written
   * (a hand-edited or deleted file is regenerated). Parses nothing.
   */
  private static Optional<String> upToDateFingerprint(GenerationRequest request) {
    Path output = request.outputDirectory();
    if (output == null
        || request.force()
        || request.mode() != GenerationRequest.Mode.WRITE
        || request.allowRemoteRefs()) {
      // Remote $refs are not fingerprinted: their content can change without any local file
      // changing.
      return Optional.empty();
    }
    try {
      Optional<Manifest> manifest = Manifest.read(output);
      if (manifest.isEmpty() || manifest.get().fingerprint().isEmpty()) {
        return Optional.empty();
      }
      String current = Fingerprint.compute(
          request.spec(),
          manifest.get().inputPaths(request.spec()),
          request.optionsFingerprintText(),
          VersionHolder.IDENTITY);
      if (!current.equals(manifest.get().fingerprint())
          || !Fingerprint.ofOutputs(output, manifest.get().files())
              .equals(manifest.get().outputs())) {
        return Optional.empty();
      }
      return Optional.of(current);
    } catch (IOException e) {
      // An input or a generated file is gone or unreadable: the full run sorts it out.
      return Optional.empty();
    }
  }

  private static Diagnostic unexpected(GenerationRequest request, Throwable e) {
    String message = e.getMessage() == null
        ? e.getClass().getName()
        : e.getClass().getSimpleName() + ": " + e.getMessage();
    return Diagnostic.error(
        DiagnosticCode.E900_UNEXPECTED,
        request.spec().toString(),
        "",
        "paygen failed unexpectedly on this spec (" + message + ")",
        "this is a bug in paygen, not in the spec: please report it with the spec attached");
  }

  /** Counts generated types by kind, nested types included. */
  static Map<String, Integer> typeCounts(ApiModel model) {
    Map<String, Integer> counts =
        new TreeMap<>(Map.of("records", 0, "enums", 0, "unions", 0, "services", 0));
    List<TypeModel> pending = new ArrayList<>(model.types());
    while (!pending.isEmpty()) {
      TypeModel type = pending.remove(pending.size() - 1);
      counts.merge(kindOf(type), 1, Integer::sum);
      pending.addAll(type.nested());
    }
    counts.put("services", model.services().size());
    return counts;
  }

  private static String kindOf(TypeModel type) {
    if (type instanceof RecordModel) {
      return "records";
    }
    if (type instanceof EnumModel) {
      return "enums";
    }
    if (type instanceof UnionModel) {
      return "unions";
    }
    throw new IllegalArgumentException(
        "unknown kind of type: " + type.getClass().getName());
  }

  /** The state of one run as it goes through the layers. */
  private static final class Run {
    final GenerationRequest request;
    final List<Diagnostic> diagnostics = new ArrayList<>();
    List<GeneratedFile> files = List.of();
    OutputWriter.Report report =
        new OutputWriter.Report(List.of(), List.of(), List.of(), List.of(), List.of());
    Map<String, Integer> typeCounts = Map.of();
    String fingerprint = "";
    ApiSurface surface;
    ApiDiff apiDiff;

    Run(GenerationRequest request) {
      this.request = request;
    }

    void generate() {
      Modeled modeled = model(request, diagnostics);
      if (modeled == null) {
        return;
      }
      surface = ApiSurface.of(modeled.model());
      files = Emitter.emit(modeled.model(), request.json());
      typeCounts = typeCounts(modeled.model());
      if (request.outputDirectory() != null) {
        writeOrCheck(modeled.inputFiles());
      }
    }

    private void writeOrCheck(List<Path> inputFiles) {
      Path output = request.outputDirectory();
      try {
        fingerprint = Fingerprint.compute(
            request.spec(), inputFiles, request.optionsFingerprintText(), VersionHolder.IDENTITY);
        Optional<ApiSurface> previous = previousSurface(output);
        if (request.mode() == GenerationRequest.Mode.CHECK) {
          report = OutputWriter.check(output, files);
          if (!report.drifted().isEmpty() && previous.isPresent()) {
            apiDiff = ApiDiff.between(previous.get(), surface);
          }
          return;
        }
        Optional<String> previousFingerprint =
            Manifest.read(output).map(Manifest::fingerprint).filter(f -> !f.isEmpty());
        Manifest manifest = Manifest.of(fingerprint, request.spec(), inputFiles, files);
        report = OutputWriter.write(output, files, manifest, request.force());
        if (report.conflicts().isEmpty()) {
          OutputWriter.writeRecord(
              output, ApiSurface.FILE_NAME, surface.toJson().getBytes(StandardCharsets.UTF_8));
          if (previous.isPresent() && !previousFingerprint.equals(Optional.of(fingerprint))) {
            apiDiff = ApiDiff.between(previous.get(), surface);
          }
        }
        for (String conflict : report.conflicts()) {
          diagnostics.add(
              Diagnostic.error(
                  DiagnosticCode.E902_NOT_OWNED,
                  output.resolve(conflict).toString(),
                  "",
                  "this file exists and differs from what paygen generates, but paygen did not generate it (it is not"
                      + " listed in " + Manifest.FILE_NAME + "), so paygen will not overwrite it",
                  "move or delete the file, choose another output folder, or regenerate with --force to overwrite it"));
        }
      } catch (IOException e) {
        diagnostics.add(Diagnostic.error(
            DiagnosticCode.E901_OUTPUT_IO,
            output.toString(),
            "",
            e.getMessage(),
            "check that the output folder is writable and has free space"));
      }
    }

    /** The surface an earlier run recorded in {@code output}, if any and readable. */
    private static Optional<ApiSurface> previousSurface(Path output) {
      Path file = output.resolve(ApiSurface.FILE_NAME);
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      try {
        return Optional.of(ApiSurface.read(file));
      } catch (IOException | IllegalArgumentException e) {
        // A damaged record only loses the API summary; the run itself rewrites it.
        return Optional.empty();
      }
    }

    Outcome outcome() {
      if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
        return Outcome.FAILED;
      }
      if (request.outputDirectory() != null && request.mode() == GenerationRequest.Mode.CHECK) {
        return report.drifted().isEmpty() ? Outcome.CHECK_PASSED : Outcome.DRIFT;
      }
      return Outcome.GENERATED;
    }

    GenerationResult finish(Outcome outcome, String hash, long start) {
      boolean failed = outcome == Outcome.FAILED;
      long millis = (System.nanoTime() - start) / 1_000_000;
      return new GenerationResult(
          outcome,
          diagnostics,
          failed ? List.of() : files,
          report.written(),
          report.unchanged(),
          report.removed(),
          report.drifted(),
          typeCounts,
          hash,
          millis,
          failed ? null : apiDiff);
    }
  }

  /** Reads the version once, on first use. */
  private static final class VersionHolder {
    static final String VERSION = read();
    /**
     * What the fingerprint calls the generator: its version, plus, for a snapshot, a hash of its own
     * code, so that a rebuilt snapshot generator regenerates instead of finding its old output up to date.
     */
    static final String IDENTITY =
        VERSION.endsWith("-SNAPSHOT") ? VERSION + "+" + codeHash() : VERSION;

    private static String codeHash() {
      try {
        Path code = Path.of(
            Generator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        if (Files.isDirectory(code)) {
          try (var files = Files.walk(code)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
              digest.update(code.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
              digest.update(Files.readAllBytes(file));
            }
          }
        } else {
          digest.update(Files.readAllBytes(code));
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
      } catch (Exception e) {
        return "";
      }
    }

    private static String read() {
      Properties properties = new Properties();
      try (InputStream in = Generator.class.getResourceAsStream("paygen.properties")) {
        if (in != null) {
          properties.load(in);
        }
      } catch (IOException e) {
        return "unknown";
      }
      return properties.getProperty("version", "unknown");
    }
  }
}
