package dev.paygen.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paygen.generator.emit.Emitter;
import dev.paygen.generator.load.LoadedSpec;
import dev.paygen.generator.load.ModelBuilder;
import dev.paygen.generator.load.ModelResult;
import dev.paygen.generator.load.SpecLoader;
import dev.paygen.generator.model.ApiModel;
import dev.paygen.generator.model.TypeModel;
import dev.paygen.generator.support.CompiledSpecs;
import dev.paygen.generator.support.JsonDiff;
import dev.paygen.generator.support.SchemaInstances;
import dev.paygen.generator.support.SchemaInstances.Instance;
import dev.paygen.generator.support.Workspace;
import dev.paygen.runtime.ObjectMappers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The proof that generated types never lose data (issue 9, item 8): for every component schema of
 * the full Dodo and Dots documents, the curated specs and every real-world spec the repository
 * carries, JSON instances built from the schema ({@link SchemaInstances}: required properties only,
 * every optional property, {@code null} wherever allowed, every union and subtype variant, an
 * unknown enum value, an undeclared field) read into the generated type with the runtime's mapper
 * and write back equal ({@link JsonDiff} says what "equal" normalizes and why).
 *
 * <p>Component schemas without a generated type of their own (aliases of a JDK type, a list or a
 * map) are counted apart and not read. Each spec prints its counts; the full failure list goes to
 * {@code target/schema-round-trip/<spec>.txt}. {@code -Dpaygen.roundtrip.spec=<part of a path>}
 * runs only the specs whose path contains it.
 */
class SchemaRoundTripTest {
  private static final String ROUND_TRIP_PACKAGE = "com.acme.roundtrip.";

  private static final ObjectMapper MAPPER = ObjectMappers.create();
  private static final int SHOWN_FAILURES = 40;

  /** Every spec the proof covers, as paths relative to the repository root. */
  static List<String> allSpecs() {
    Path root = Workspace.repositoryRoot();
    List<String> specs = new ArrayList<>(List.of(
        "specs/upstream/dodopayments-openapi-v1.86.0.documented.yml",
        "specs/upstream/dodopayments-openapi-v1.53.2.documented.yml",
        "specs/upstream/dots-openapi-v2.current-2026-07-16.yaml",
        "specs/upstream/dots-openapi-v2.with-checkout-sessions-2026-02-06.yaml",
        "spec/src/main/resources/paygen/specs/dodo-payments.yaml",
        "spec/src/main/resources/paygen/specs/dots.yaml"));
    for (Path real : Workspace.realSpecs()) {
      specs.add(root.relativize(real).toString().replace('\\', '/'));
    }
    return specs;
  }

  static List<String> specs() {
    String only = System.getProperty("paygen.roundtrip.spec", "");
    return allSpecs().stream().filter(spec -> spec.contains(only)).toList();
  }

  @Test
  void coversEveryUpstreamCuratedAndRealSpec() throws IOException {
    List<String> specs = allSpecs();
    try (Stream<Path> upstream = Files.list(Workspace.repositoryRoot().resolve("specs/upstream"))) {
      upstream
          .map(path -> "specs/upstream/" + path.getFileName())
          .filter(path -> path.matches(".*(dodopayments|dots).*\\.ya?ml"))
          .forEach(path -> assertThat(specs).contains(path));
    }
    assertThat(specs).contains("specs/real/paystack/openapi.yaml").hasSizeGreaterThanOrEqualTo(14);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  void everyComponentSchemaRoundTripsThroughItsGeneratedType(String relative) throws IOException {
    Path spec = Workspace.repositoryRoot().resolve(relative);
    String packageName = ROUND_TRIP_PACKAGE + packageOf(relative);
    long start = System.nanoTime();
    LoadedSpec loaded = SpecLoader.load(spec, false);
    ModelResult model =
        ModelBuilder.build(loaded, GenerationRequest.builder(spec, packageName).build());
    assertThat(model.diagnostics().stream().filter(Diagnostic::isError))
        .as("errors modelling %s", relative)
        .isEmpty();
    Map<String, String> classes = classesByPointer(model.model());
    // Only the model package: the proof reads and writes model types, and javac over the
    // services and clients as well would double the time (GeneratedSourcesCompileTest compiles
    // those).
    List<GeneratedFile> modelFiles = Emitter.emit(model.model()).stream()
        .filter(file -> file.qualifiedName().startsWith(model.model().modelPackage() + "."))
        .toList();
    long modelled = System.nanoTime();
    CompiledSpecs.Compiled compiled = CompiledSpecs.compile(relative, modelFiles);
    long compiledAt = System.nanoTime();
    SchemaInstances instances = new SchemaInstances(loaded.openApi());
    Tally tally = new Tally(relative);

    Map<String, ?> schemas = loaded.openApi().getComponents() == null
        ? Map.of()
        : loaded.openApi().getComponents().getSchemas();
    for (String name : schemas == null ? List.<String>of() : List.copyOf(schemas.keySet())) {
      String className = classes.get("#/components/schemas/" + escape(name));
      if (className == null) {
        tally.aliases++;
        continue;
      }
      List<Instance> built;
      try {
        built = instances.of(name);
      } catch (SchemaInstances.CannotGenerate e) {
        tally.noInstance.add(name + ": " + e.getMessage());
        continue;
      }
      tally.schemas++;
      Class<?> type = compiled.load(className);
      for (Instance instance : built) {
        tally.count(instance, roundTrip(type, instance.json()), name);
      }
    }

    tally.timings = String.format(
        Locale.ROOT,
        "load+model+emit %d ms, javac %d ms, round trips %d ms",
        (modelled - start) / 1_000_000,
        (compiledAt - modelled) / 1_000_000,
        (System.nanoTime() - compiledAt) / 1_000_000);
    String report = tally.report();
    System.out.println(report);
    Path out = Path.of("target", "schema-round-trip", packageOf(relative) + ".txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, tally.fullReport(), StandardCharsets.UTF_8);
    assertThat(tally.schemas)
        .as("component schemas with a generated type in %s", relative)
        .isPositive();
    if (!tally.failures.isEmpty()) {
      fail(report + "\nfull list: " + out.toAbsolutePath());
    }
  }

  /** The first difference after reading {@code json} into {@code type} and writing it back. */
  private static Optional<String> roundTrip(Class<?> type, JsonNode json) {
    Object value;
    try {
      // From text, as a client reads a response: a tree would hand the reader the instance
      // generator's node types (a decimal node for an integer value), which no wire carries.
      value = MAPPER.readValue(MAPPER.writeValueAsString(json), type);
    } catch (IOException | RuntimeException e) {
      return Optional.of("read failed: " + firstLine(e));
    }
    // An instance built from the schema is valid: every union in it must read as one of its typed
    // variants. Unknown keeps the raw JSON, so it would round-trip and hide that the typed value is
    // lost.
    Optional<String> unknown = unknownVariant(value, "$");
    if (unknown.isPresent()) {
      return unknown;
    }
    JsonNode written;
    try {
      written = MAPPER.valueToTree(value);
    } catch (RuntimeException e) {
      return Optional.of("write failed: " + firstLine(e));
    }
    return JsonDiff.first(json, written);
  }

  /** The path of the first union in {@code value} read as its {@code Unknown} variant. */
  private static Optional<String> unknownVariant(Object value, String path) {
    if (value == null) {
      return Optional.empty();
    }
    Class<?> type = value.getClass();
    if (type.isRecord()
        && type.getSimpleName().equals("Unknown")
        && type.getEnclosingClass() != null
        && type.getEnclosingClass().isSealed()) {
      return Optional.of(
          "read as " + type.getEnclosingClass().getSimpleName() + ".Unknown at " + path);
    }
    if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        Optional<String> found = unknownVariant(list.get(i), path + "[" + i + "]");
        if (found.isPresent()) {
          return found;
        }
      }
    } else if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        Optional<String> found = unknownVariant(entry.getValue(), path + "." + entry.getKey());
        if (found.isPresent()) {
          return found;
        }
      }
    } else if (type.isRecord() && type.getName().startsWith(ROUND_TRIP_PACKAGE)) {
      for (java.lang.reflect.RecordComponent component : type.getRecordComponents()) {
        Object child;
        try {
          child = component.getAccessor().invoke(value);
        } catch (ReflectiveOperationException e) {
          return Optional.of("cannot read " + component.getName() + " at " + path);
        }
        Optional<String> found = unknownVariant(child, path + "." + component.getName());
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private static String firstLine(Throwable e) {
    Throwable cause = e;
    String message = e.getClass().getSimpleName() + ": " + e.getMessage();
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    if (cause != e) {
      message += " <- " + cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
    String line = message.replace('\n', ' ').replace('\r', ' ');
    return line.length() > 300 ? line.substring(0, 297) + "..." : line;
  }

  /** The generated class (binary name) of every top-level model type, by schema pointer. */
  private static Map<String, String> classesByPointer(ApiModel model) {
    Map<String, String> classes = new HashMap<>();
    for (TypeModel type : model.types()) {
      String pointer = type.pointer().startsWith("#") ? type.pointer() : "#" + type.pointer();
      classes.putIfAbsent(
          pointer, model.modelPackage() + "." + String.join("$", type.name().simpleNames()));
    }
    return classes;
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  private static String packageOf(String relative) {
    String base = relative
        .replaceAll("^.*/(specs|real|upstream)/", "")
        .replaceAll("/openapi\\.yaml$", "")
        .replaceAll("\\.(ya?ml|json)$", "");
    return base.toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "_")
        .replaceAll("^([0-9])", "_$1");
  }

  /** The counts of one spec and its failures, grouped by instance kind and cause. */
  private static final class Tally {
    final String spec;
    int schemas;
    int aliases;
    int instances;
    String timings = "";
    final List<String> noInstance = new ArrayList<>();
    final List<String> failures = new ArrayList<>();
    final Map<String, int[]> byKind = new TreeMap<>();
    final Map<String, Integer> byCause = new TreeMap<>();

    Tally(String spec) {
      this.spec = spec;
    }

    void count(Instance instance, Optional<String> failure, String schema) {
      instances++;
      int[] counts = byKind.computeIfAbsent(instance.kind().name(), kind -> new int[2]);
      if (failure.isEmpty()) {
        counts[0]++;
        return;
      }
      counts[1]++;
      byCause.merge(instance.kind() + " / " + cause(failure.get()), 1, Integer::sum);
      failures.add(spec + " " + schema + " [" + instance.kind() + instance.label() + "] "
          + failure.get() + "\n    instance: " + instance.json());
    }

    /**
     * A failure's cause without its particulars: read/write failed (exception), a union read as
     * Unknown, dropped, added, changed.
     */
    private static String cause(String failure) {
      if (failure.startsWith("read failed") || failure.startsWith("write failed")) {
        int colon = failure.indexOf(':', failure.indexOf(':') + 1);
        String head = failure.substring(0, colon < 0 ? failure.length() : colon);
        int inner = failure.lastIndexOf(" <- ");
        String root = inner < 0 ? "" : failure.substring(inner + 4);
        int rootColon = root.indexOf(':');
        return head + (root.isEmpty() ? "" : " <- " + root.substring(0, Math.max(rootColon, 0)));
      }
      if (failure.startsWith("read as ")) {
        return "union read as Unknown";
      }
      if (failure.contains(": dropped")) {
        return "field dropped";
      }
      if (failure.contains(": added")) {
        return "field added";
      }
      if (failure.contains("items written as")) {
        return "items lost";
      }
      return "value changed";
    }

    String report() {
      StringBuilder out = new StringBuilder();
      out.append(String.format(
          Locale.ROOT,
          "schema round trip %s: %d schemas with a generated type, %d aliases without one,"
              + " %d without an instance; %d instances, %d passed, %d failed%n",
          spec,
          schemas,
          aliases,
          noInstance.size(),
          instances,
          instances - failures.size(),
          failures.size()));
      out.append("  ").append(timings).append('\n');
      byKind.forEach((kind, counts) -> out.append(String.format(
          Locale.ROOT, "  %-13s %5d passed %5d failed%n", kind, counts[0], counts[1])));
      byCause.forEach((cause, count) ->
          out.append(String.format(Locale.ROOT, "  failed: %5d  %s%n", count, cause)));
      noInstance.forEach(name -> out.append("  no instance: ").append(name).append('\n'));
      failures.stream()
          .limit(SHOWN_FAILURES)
          .forEach(f -> out.append("  ").append(f).append('\n'));
      if (failures.size() > SHOWN_FAILURES) {
        out.append("  ... and ").append(failures.size() - SHOWN_FAILURES).append(" more\n");
      }
      return out.toString();
    }

    String fullReport() {
      return report() + String.join("\n", failures) + "\n";
    }
  }
}
