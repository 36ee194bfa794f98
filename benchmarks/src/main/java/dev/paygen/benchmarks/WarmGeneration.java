package dev.paygen.benchmarks;

import dev.paygen.generator.GenerationRequest;
import dev.paygen.generator.GenerationResult;
import dev.paygen.generator.Generator;
import dev.paygen.generator.emit.Emitter;
import dev.paygen.generator.load.LoadedSpec;
import dev.paygen.generator.load.ModelBuilder;
import dev.paygen.generator.load.ModelResult;
import dev.paygen.generator.load.SpecLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Warm generation in one JVM: paygen's {@code Generator.generate} in memory (no output folder)
 * against Swagger Parser's parse with the same options, alternating, after a warm-up.
 * Prints {@code tool,median_ms,min_ms,max_ms,iterations} lines (tool = paygen | parser).
 *
 * <p>Usage: {@code WarmGeneration SPEC [WARMUP_ITERATIONS] [MEASURED_ITERATIONS] [MAX_SECONDS]}:
 * stops measuring early once MAX_SECONDS have passed (at least 3 measured pairs).
 */
public final class WarmGeneration {
  private WarmGeneration() {}

  public static void main(String[] args) {
    Path spec = Path.of(args[0]).toAbsolutePath().normalize();
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int measured = args.length > 2 ? Integer.parseInt(args[2]) : 15;
    long budgetNanos = (args.length > 3 ? Long.parseLong(args[3]) : 60) * 1_000_000_000L;
    GenerationRequest request = GenerationRequest.builder(spec, "bench.warm").outputDirectory(null).build();

    long start = System.nanoTime();
    for (int i = 0; i < warmup && (i < 2 || System.nanoTime() - start < budgetNanos / 2); i++) {
      check(Generator.generate(request));
      ParseOnly.parse(spec);
    }
    List<Double> paygen = new ArrayList<>();
    List<Double> parser = new ArrayList<>();
    long measureStart = System.nanoTime();
    for (int i = 0; i < measured && (i < 3 || System.nanoTime() - measureStart < budgetNanos / 2); i++) {
      long t0 = System.nanoTime();
      check(Generator.generate(request));
      long t1 = System.nanoTime();
      if (ParseOnly.parse(spec).getOpenAPI() == null) {
        throw new IllegalStateException("Swagger Parser could not parse " + spec);
      }
      long t2 = System.nanoTime();
      paygen.add((t1 - t0) / 1e6);
      parser.add((t2 - t1) / 1e6);
    }
    print("paygen", paygen);
    print("parser", parser);

    // Where paygen's warm time goes: its three layers timed one by one (same iterations).
    List<Double> load = new ArrayList<>();
    List<Double> model = new ArrayList<>();
    List<Double> emit = new ArrayList<>();
    for (int i = 0; i < paygen.size(); i++) {
      long t0 = System.nanoTime();
      LoadedSpec loaded = SpecLoader.load(spec, false);
      long t1 = System.nanoTime();
      ModelResult built = ModelBuilder.build(loaded, request);
      long t2 = System.nanoTime();
      Emitter.emit(built.model());
      long t3 = System.nanoTime();
      load.add((t1 - t0) / 1e6);
      model.add((t2 - t1) / 1e6);
      emit.add((t3 - t2) / 1e6);
    }
    print("phase-load", load);
    print("phase-model", model);
    print("phase-emit", emit);
  }

  private static void check(GenerationResult result) {
    if (!result.success()) {
      throw new IllegalStateException("paygen failed: " + result.errors());
    }
  }

  private static void print(String tool, List<Double> samples) {
    List<Double> sorted = new ArrayList<>(samples);
    Collections.sort(sorted);
    System.out.printf(java.util.Locale.ROOT, "%s,%.2f,%.2f,%.2f,%d%n", tool, Stats.median(sorted),
        sorted.get(0), sorted.get(sorted.size() - 1), sorted.size());
  }
}
