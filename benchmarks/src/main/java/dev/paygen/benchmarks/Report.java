package dev.paygen.benchmarks;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;

/**
 * Turns the raw files run.sh leaves in benchmarks/results (generation-samples.csv,
 * generation-outputs.csv, generation-warm.csv, jmh-raw.csv, meta.csv) into generation.csv,
 * client.csv, RESULTS.md, generation.png and the table in README.md.
 *
 * <p>Usage: {@code Report RESULTS_DIR README}
 */
public final class Report {
  static final String[] TOOLS = {"paygen", "oag", "parser", "parser-tuned"};
  static final Map<String, String> TOOL_NAMES = Map.of(
      "paygen",
      "paygen CLI",
      "oag",
      "OpenAPI Generator 7.25.0",
      "parser",
      "Swagger Parser alone (floor)",
      "parser-tuned",
      "floor, paygen's JVM flags");
  static final String FULL_DODO = "dodopayments-openapi-v1.86.0.documented";
  static final String README_START = "<!-- results:start -->";
  static final String README_END = "<!-- results:end -->";

  record Cold(List<Double> wallMs, List<Double> rssMb, int failed) {
    double wall() {
      return Stats.median(wallMs);
    }

    double rss() {
      return Stats.median(rssMb);
    }

    String wallText() {
      return wallMs.isEmpty()
          ? "–"
          : ms(wall()) + " (" + ms(min(wallMs)) + "–" + ms(max(wallMs)) + ")";
    }

    String rssText() {
      return rssMb.isEmpty()
          ? "–"
          : num(rss(), 0) + " (" + num(min(rssMb), 0) + "–" + num(max(rssMb), 0) + ")";
    }
  }

  /** One tool's output for one spec; mainJavaLines counts OpenAPI Generator's src/main/java only (not its tests). */
  record Output(
      long files,
      long lines,
      long javaFiles,
      long javaLines,
      String compiles,
      String errors,
      String javacMs,
      long mainJavaLines) {
    String compileText() {
      return switch (compiles) {
        case "yes" -> "yes, " + ms(Double.parseDouble(javacMs));
        case "no" -> "**no**, " + errors + " errors";
        default -> compiles;
      };
    }
  }

  record Warm(double median, double min, double max, int n) {
    String text() {
      return ms(median) + " (" + ms(min) + "–" + ms(max) + ")";
    }
  }

  record Jmh(String benchmark, String variant, double score, double error, String unit) {}

  public static void main(String[] args) throws IOException {
    Path results = Path.of(args[0]);
    Path readme = Path.of(args[1]);
    Map<String, String> meta = new LinkedHashMap<>();
    for (List<String> row : csv(results.resolve("meta.csv"), false)) {
      meta.put(row.get(0), row.size() > 1 ? row.get(1) : "");
    }

    Map<String, Map<String, Cold>> cold = new LinkedHashMap<>();
    for (List<String> row : csv(results.resolve("generation-samples.csv"), true)) {
      Cold c = cold.computeIfAbsent(row.get(0), k -> new LinkedHashMap<>())
          .computeIfAbsent(row.get(1), k -> new Cold(new ArrayList<>(), new ArrayList<>(), 0));
      if (!"0".equals(row.get(5))) {
        cold.get(row.get(0)).put(row.get(1), new Cold(c.wallMs(), c.rssMb(), c.failed() + 1));
        continue;
      }
      c.wallMs().add(Double.parseDouble(row.get(3)));
      c.rssMb().add(Double.parseDouble(row.get(4)) / 1024);
    }
    Map<String, Map<String, Output>> outputs = new LinkedHashMap<>();
    for (List<String> row : csv(results.resolve("generation-outputs.csv"), true)) {
      outputs
          .computeIfAbsent(row.get(0), k -> new LinkedHashMap<>())
          .put(
              row.get(1),
              new Output(
                  Long.parseLong(row.get(2)),
                  Long.parseLong(row.get(3)),
                  Long.parseLong(row.get(4)),
                  Long.parseLong(row.get(5)),
                  row.get(6),
                  row.size() > 7 ? row.get(7) : "",
                  row.size() > 8 ? row.get(8) : "",
                  row.size() > 9 && !row.get(9).isEmpty()
                      ? Long.parseLong(row.get(9))
                      : Long.parseLong(row.get(5))));
    }
    Map<String, Map<String, Warm>> warm = new LinkedHashMap<>();
    for (List<String> row : csv(results.resolve("generation-warm.csv"), true)) {
      warm.computeIfAbsent(row.get(0), k -> new LinkedHashMap<>())
          .put(
              row.get(1),
              new Warm(
                  Double.parseDouble(row.get(2)),
                  Double.parseDouble(row.get(3)),
                  Double.parseDouble(row.get(4)),
                  Integer.parseInt(row.get(5))));
    }
    List<Jmh> jmh = new ArrayList<>();
    for (List<String> row : csv(results.resolve("jmh-raw.csv"), true)) {
      String full = row.get(0);
      String[] parts =
          full.substring(full.lastIndexOf('.', full.lastIndexOf('.') - 1) + 1).split("\\.");
      jmh.add(new Jmh(
          parts[0].replace("Benchmark", ""),
          parts[1],
          Double.parseDouble(row.get(4)),
          parseOr(row.get(5)),
          row.get(6)));
    }

    writeGenerationCsv(results.resolve("generation.csv"), cold, outputs, warm);
    writeClientCsv(results.resolve("client.csv"), jmh);
    List<String> large = List.of(meta.getOrDefault("large_specs", "").trim().split("\\s+")).stream()
        .filter(n -> !n.isEmpty() && cold.containsKey(n))
        .toList();
    Growth growth = Growth.read(results);
    String summary = summaryTable(cold, outputs, warm, jmh) + growthSummary(growth);
    Path errorsFile = results.resolve("javac-errors.txt");
    String md = resultsMarkdown(
        meta,
        cold,
        outputs,
        warm,
        jmh,
        summary,
        Files.exists(errorsFile) ? Files.readString(errorsFile) : "",
        large,
        growth);
    Files.writeString(results.resolve("RESULTS.md"), md);
    if (!cold.isEmpty()) {
      chart(results.resolve("generation.png"), cold);
    }
    if (Files.exists(readme)) {
      String text = Files.readString(readme);
      int start = text.indexOf(README_START);
      int end = text.indexOf(README_END);
      if (start >= 0 && end > start) {
        String quoted =
            README_START + "\n_Latest run: " + meta.getOrDefault("date", "?") + ", commit "
                + meta.getOrDefault("commit", "?") + ", load average before "
                + meta.getOrDefault("load_before", "?")
                + " on " + meta.getOrDefault("cpus", "?")
                + " CPUs; full tables in [results/RESULTS.md](results/RESULTS.md)._\n\n"
                + summary + "\n";
        Files.writeString(readme, text.substring(0, start) + quoted + text.substring(end));
      }
    }
    System.out.print(md);
  }

  static String summaryTable(
      Map<String, Map<String, Cold>> cold,
      Map<String, Map<String, Output>> outputs,
      Map<String, Map<String, Warm>> warm,
      List<Jmh> jmh) {
    StringBuilder sb = new StringBuilder();
    if (!cold.isEmpty()) {
      sb.append(
          "Ratios below 1 favour paygen. Cold: separate JVMs, median wall time; warm: one JVM, median.\n\n");
      sb.append(
          "| spec | cold paygen / OAG | cold paygen / parse floor | cold paygen / floor with paygen's JVM flags"
              + " | warm paygen / warm parse | lines paygen / OAG (all files) | lines paygen / OAG (.java) |\n");
      sb.append("|---|---:|---:|---:|---:|---:|---:|\n");
      for (String spec : cold.keySet()) {
        Map<String, Cold> c = cold.get(spec);
        Map<String, Output> o = outputs.getOrDefault(spec, Map.of());
        Map<String, Warm> w = warm.getOrDefault(spec, Map.of());
        sb.append("| ")
            .append(spec)
            .append(" | ")
            .append(ratio(wall(c, "paygen"), wall(c, "oag")))
            .append(" | ")
            .append(ratio(wall(c, "paygen"), wall(c, "parser")))
            .append(" | ")
            .append(ratio(wall(c, "paygen"), wall(c, "parser-tuned")))
            .append(" | ")
            .append(ratio(
                w.containsKey("paygen") ? w.get("paygen").median() : Double.NaN,
                w.containsKey("parser") ? w.get("parser").median() : Double.NaN))
            .append(" | ")
            .append(ratio(lines(o, "paygen", false), lines(o, "oag", false)))
            .append(" | ")
            .append(ratio(lines(o, "paygen", true), lines(o, "oag", true)))
            .append(" |\n");
      }
    }
    if (!jmh.isEmpty()) {
      sb.append(
          "\n| client benchmark (JMH) | paygen | hand-written baseline | paygen / baseline |\n|---|---:|---:|---:|\n");
      for (String b : jmhBenchmarks(jmh)) {
        Optional<Jmh> p = find(jmh, b, "paygen");
        Optional<Jmh> base = find(jmh, b, "baseline");
        sb.append("| ")
            .append(b)
            .append(" | ")
            .append(p.map(Report::jmhText).orElse("–"))
            .append(" | ")
            .append(base.map(Report::jmhText).orElse("–"))
            .append(" | ")
            .append(
                p.isPresent() && base.isPresent()
                    ? ratio(p.get().score(), base.get().score())
                    : "–")
            .append(" |\n");
      }
    }
    return sb.toString();
  }

  static String resultsMarkdown(
      Map<String, String> meta,
      Map<String, Map<String, Cold>> cold,
      Map<String, Map<String, Output>> outputs,
      Map<String, Map<String, Warm>> warm,
      List<Jmh> jmh,
      String summary,
      String javacErrors,
      List<String> large,
      Growth growth) {
    StringBuilder sb = new StringBuilder("# paygen benchmark results\n\n");
    sb.append("Measured ")
        .append(meta.getOrDefault("date", "?"))
        .append(" at commit ")
        .append(meta.getOrDefault("commit", "?"))
        .append(" (")
        .append(meta.getOrDefault("worktree", "?"))
        .append(")")
        .append(" on ")
        .append(meta.getOrDefault("cpus", "?"))
        .append(" CPUs, ")
        .append(meta.getOrDefault("java", "?"))
        .append(", ")
        .append(meta.getOrDefault("rounds", "?"))
        .append(" rounds.\n");
    sb.append("Load average (1/5/15 min): ")
        .append(meta.getOrDefault("load_before", "?"))
        .append(" before, ")
        .append(meta.getOrDefault("load_after", "?"))
        .append(" after generation, ")
        .append(meta.getOrDefault("load_after_jmh", "?"))
        .append(
            " after JMH. The machine was shared with other builds:"
                + " treat absolute figures as noisy, ratios (same rounds, alternating order) as the signal.\n\n");
    sb.append("## Summary\n\n").append(summary).append('\n');
    if (!cold.isEmpty()) {
      sb.append(
          "## Cold generation (one process per run)\n\n"
              + "Median wall time in ms (min–max over the rounds) and median peak RSS in MB (min–max). paygen is `bin/paygen`"
              + " as shipped (its JVM flags and class-data archive); OpenAPI Generator is `java -jar openapi-generator-cli.jar"
              + " generate -g java --library native --skip-validate-spec`; the floor is `ParseOnly` (Swagger Parser with paygen's"
              + " options) on a default JVM, and again with paygen's JVM flags (`-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
              + " -XX:-UsePerfData`, `-XX:+UseTransparentHugePages` where the kernel offers them, no application"
              + " class-data archive) to show how much of the gap is JVM configuration.\n\n");
      sb.append(
          "| spec | paygen wall | OAG wall | floor wall | floor wall, paygen's flags | paygen / OAG | paygen / floor"
              + " | paygen / floor (paygen's flags) | paygen RSS | OAG RSS | floor RSS | floor RSS, paygen's flags |\n");
      sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
      for (var e : cold.entrySet()) {
        Map<String, Cold> c = e.getValue();
        sb.append("| ").append(e.getKey());
        for (String t : TOOLS) {
          sb.append(" | ").append(coldCell(c.get(t), true));
        }
        sb.append(" | ")
            .append(ratio(wall(c, "paygen"), wall(c, "oag")))
            .append(" | ")
            .append(ratio(wall(c, "paygen"), wall(c, "parser")))
            .append(" | ")
            .append(ratio(wall(c, "paygen"), wall(c, "parser-tuned")));
        for (String t : TOOLS) {
          sb.append(" | ").append(coldCell(c.get(t), false));
        }
        sb.append(" |\n");
      }
      sb.append(
          "\n## Output\n\nFiles and lines of the whole output folder (and of its .java files); `javac` of the"
              + " main sources (paygen: with paygen-runtime and Jackson; OAG: with the dependencies its generated pom"
              + " lists, resolved by Maven), one compile per spec, `-proc:none -nowarn`.\n\n");
      sb.append(
          "| spec | paygen files / lines (.java lines) | OAG files / lines (.java lines) | lines paygen / OAG | paygen compiles | OAG compiles |\n");
      sb.append("|---|---:|---:|---:|---|---|\n");
      for (var e : outputs.entrySet()) {
        Output p = e.getValue().get("paygen");
        Output o = e.getValue().get("oag");
        sb.append("| ")
            .append(e.getKey())
            .append(" | ")
            .append(outText(p))
            .append(" | ")
            .append(outText(o))
            .append(" | ")
            .append(ratio(lines(e.getValue(), "paygen", false), lines(e.getValue(), "oag", false)))
            .append(" | ")
            .append(p == null ? "–" : p.compileText())
            .append(" | ")
            .append(o == null ? "–" : o.compileText())
            .append(" |\n");
      }
    }
    if (!large.isEmpty()) {
      sb.append(largeSpecs(meta, cold, outputs, large));
    }
    if (!growth.isEmpty()) {
      sb.append(growth.markdown());
    }
    if (!warm.isEmpty()) {
      sb.append(
          "\n## Warm generation (one JVM)\n\n`Generator.generate` in memory (no output folder) against Swagger"
              + " Parser's parse with the same options, alternating, after warm-up; median ms (min–max), n measured pairs.\n\n");
      sb.append(
          "| spec | paygen warm | parse warm | paygen / parse | n | paygen's load / model / emit (median ms) |\n"
              + "|---|---:|---:|---:|---:|---:|\n");
      for (var e : warm.entrySet()) {
        Warm p = e.getValue().get("paygen");
        Warm q = e.getValue().get("parser");
        if (p == null || q == null) {
          continue;
        }
        sb.append("| ")
            .append(e.getKey())
            .append(" | ")
            .append(p.text())
            .append(" | ")
            .append(q.text())
            .append(" | ")
            .append(ratio(p.median(), q.median()))
            .append(" | ")
            .append(p.n())
            .append(" | ")
            .append(phase(e.getValue(), "phase-load"))
            .append(" / ")
            .append(phase(e.getValue(), "phase-model"))
            .append(" / ")
            .append(phase(e.getValue(), "phase-emit"))
            .append(" |\n");
      }
    }
    if (!jmh.isEmpty()) {
      sb.append("\n## Client (JMH)\n\nAverage time per operation, ± the 99.9% error JMH reports."
          + " Serialization: a full `CreateCheckoutSessionRequest` to bytes; Deserialization: a page of 50 payments"
          + " (`GetPaymentsListResponse`); RoundTrip: GET of that page from a JDK HttpServer on 127.0.0.1. paygen uses"
          + " `ApiClient.mapper()` / `ApiClient.execute`; the baseline is a plain `ObjectMapper` (and raw `HttpClient`)"
          + " on the same generated records.\n\n");
      sb.append("| benchmark | variant | score | error | unit |\n|---|---|---:|---:|---|\n");
      for (Jmh j : jmh) {
        sb.append("| ")
            .append(j.benchmark())
            .append(" | ")
            .append(j.variant())
            .append(" | ")
            .append(num(j.score(), 3))
            .append(" | ")
            .append(Double.isNaN(j.error()) ? "–" : "± " + num(j.error(), 3))
            .append(" | ")
            .append(j.unit())
            .append(" |\n");
      }
    }
    sb.append('\n').append(targets(cold, outputs, warm, jmh));
    if (!javacErrors.isBlank()) {
      sb.append("\n## Compile failures (first errors)\n\n```\n")
          .append(javacErrors.strip())
          .append("\n```\n");
    }
    return sb.toString();
  }

  /**
   * The largest real specs side by side with OpenAPI Generator (same run): cold wall time, peak RSS,
   * .java lines of the main sources and javac time, and issue 12's targets for them.
   */
  static String largeSpecs(
      Map<String, String> meta,
      Map<String, Map<String, Cold>> cold,
      Map<String, Map<String, Output>> outputs,
      List<String> large) {
    StringBuilder sb = new StringBuilder(
            "\n## Large specs\n\nThe largest real specs (`specs/large`), ")
        .append(meta.getOrDefault("large_rounds", "?"))
        .append(
            " round(s) each, in the same run as OpenAPI Generator."
                + " Wall time and peak RSS are medians; `.java` lines are the main sources (OAG: `src/main/java`, not its"
                + " generated tests); javac is one compile of them (OAG: against the dependencies its pom lists).\n\n");
    sb.append(
        "| spec | paygen wall | OAG wall | paygen / OAG | paygen RSS MB | OAG RSS MB | paygen .java lines"
            + " | OAG main .java lines | paygen / OAG | paygen javac | OAG javac |\n");
    sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
    StringBuilder verdicts = new StringBuilder();
    for (String spec : large) {
      Map<String, Cold> c = cold.get(spec);
      Map<String, Output> o = outputs.getOrDefault(spec, Map.of());
      double pl = mainLines(o, "paygen");
      double ol = mainLines(o, "oag");
      sb.append("| ")
          .append(spec)
          .append(" | ")
          .append(coldCell(c.get("paygen"), true))
          .append(" | ")
          .append(coldCell(c.get("oag"), true))
          .append(" | ")
          .append(ratio(wall(c, "paygen"), wall(c, "oag")))
          .append(" | ")
          .append(coldCell(c.get("paygen"), false))
          .append(" | ")
          .append(coldCell(c.get("oag"), false))
          .append(" | ")
          .append(count(pl))
          .append(" | ")
          .append(count(ol))
          .append(" | ")
          .append(ratio(pl, ol))
          .append(" | ")
          .append(javacText(o.get("paygen")))
          .append(" | ")
          .append(javacText(o.get("oag")))
          .append(" |\n");
      target(
          verdicts,
          spec + ": cold paygen ≤ 1/3 of OpenAPI Generator's",
          wall(c, "paygen") / wall(c, "oag"),
          1 / 3.0,
          ms(wall(c, "paygen")) + " vs " + ms(wall(c, "oag")) + " ms");
      target(
          verdicts,
          spec + ": paygen's .java lines ≤ 1/2 of OAG's main sources",
          pl / ol,
          0.5,
          count(pl) + " vs " + count(ol));
    }
    return sb.append("\nTargets (issue 12):\n\n").append(verdicts).toString();
  }

  static String javacText(Output o) {
    if (o == null || "failed".equals(o.compiles())) {
      return "–";
    }
    String time = o.javacMs().isEmpty() ? "" : ms(Double.parseDouble(o.javacMs())) + " ms";
    return switch (o.compiles()) {
      case "yes" -> time;
      case "no" -> "**" + o.errors() + " errors**, " + time;
      default -> o.compiles();
    };
  }

  static double mainLines(Map<String, Output> o, String tool) {
    Output x = o.get(tool);
    return x == null || "failed".equals(x.compiles()) ? Double.NaN : x.mainJavaLines();
  }

  static String count(double v) {
    return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%,d", (long) v);
  }

  static String growthSummary(Growth growth) {
    return growth.isEmpty() ? "" : "\n" + growth.sentence() + "\n";
  }

  static String targets(
      Map<String, Map<String, Cold>> cold,
      Map<String, Map<String, Output>> outputs,
      Map<String, Map<String, Warm>> warm,
      List<Jmh> jmh) {
    StringBuilder sb =
        new StringBuilder("## Targets (full Dodo document, `" + FULL_DODO + "`)\n\n");
    Map<String, Cold> c = cold.getOrDefault(FULL_DODO, Map.of());
    Map<String, Output> o = outputs.getOrDefault(FULL_DODO, Map.of());
    Map<String, Warm> w = warm.getOrDefault(FULL_DODO, Map.of());
    double pg = wall(c, "paygen");
    double floor = wall(c, "parser");
    double oag = wall(c, "oag");
    target(sb, "cold CLI wall ≤ cold parse floor", pg / floor, 1.0, ms(pg) + " vs " + ms(floor));
    target(
        sb,
        "cold CLI ≥ 3x faster than OpenAPI Generator (paygen / OAG ≤ 0.333)",
        pg / oag,
        1 / 3.0,
        ms(pg) + " vs " + ms(oag));
    double wp = w.containsKey("paygen") ? w.get("paygen").median() : Double.NaN;
    double wq = w.containsKey("parser") ? w.get("parser").median() : Double.NaN;
    target(sb, "warm generation ≤ 1.5x warm parse", wp / wq, 1.5, ms(wp) + " vs " + ms(wq));
    target(
        sb,
        "output lines ≤ 1/3 of OpenAPI Generator's (all files)",
        lines(o, "paygen", false) / lines(o, "oag", false),
        1 / 3.0,
        (long) lines(o, "paygen", false) + " vs " + (long) lines(o, "oag", false));
    target(
        sb,
        "output lines ≤ 1/3 of OpenAPI Generator's (.java only)",
        lines(o, "paygen", true) / lines(o, "oag", true),
        1 / 3.0,
        (long) lines(o, "paygen", true) + " vs " + (long) lines(o, "oag", true));
    Optional<Jmh> p = find(jmh, "Serialization", "paygen");
    Optional<Jmh> b = find(jmh, "Serialization", "baseline");
    target(
        sb,
        "client serialization ≤ 1.10x the hand-written baseline (curated Dodo records)",
        p.isPresent() && b.isPresent() ? p.get().score() / b.get().score() : Double.NaN,
        1.10,
        p.map(Report::jmhText).orElse("–") + " vs " + b.map(Report::jmhText).orElse("–"));
    return sb.toString();
  }

  static void target(StringBuilder sb, String what, double ratio, double limit, String figures) {
    String verdict =
        Double.isNaN(ratio) ? "not measured" : ratio <= limit ? "**met**" : "**missed**";
    sb.append("- ")
        .append(what)
        .append(": ")
        .append(verdict)
        .append(" — ratio ")
        .append(num(ratio, 2))
        .append(" (limit ")
        .append(num(limit, 2))
        .append("; ")
        .append(figures)
        .append(")\n");
  }

  static void writeGenerationCsv(
      Path file,
      Map<String, Map<String, Cold>> cold,
      Map<String, Map<String, Output>> outputs,
      Map<String, Map<String, Warm>> warm)
      throws IOException {
    StringBuilder sb =
        new StringBuilder("spec,tool,runs_ok,runs_failed,wall_median_ms,wall_min_ms,wall_max_ms,"
            + "rss_median_mb,rss_min_mb,rss_max_mb,files,lines,java_files,java_lines,compiles,javac_errors,javac_ms,"
            + "warm_median_ms,warm_min_ms,warm_max_ms,warm_iterations\n");
    for (var e : cold.entrySet()) {
      for (String t : TOOLS) {
        Cold c = e.getValue().get(t);
        if (c == null) {
          continue;
        }
        Output o = outputs.getOrDefault(e.getKey(), Map.of()).get(t);
        Warm w = warm.getOrDefault(e.getKey(), Map.of()).get(t);
        sb.append(String.join(
                ",",
                e.getKey(),
                t,
                String.valueOf(c.wallMs().size()),
                String.valueOf(c.failed()),
                num(c.wall(), 0),
                num(min(c.wallMs()), 0),
                num(max(c.wallMs()), 0),
                num(c.rss(), 1),
                num(min(c.rssMb()), 1),
                num(max(c.rssMb()), 1),
                o == null ? "" : String.valueOf(o.files()),
                o == null ? "" : String.valueOf(o.lines()),
                o == null ? "" : String.valueOf(o.javaFiles()),
                o == null ? "" : String.valueOf(o.javaLines()),
                o == null ? "" : o.compiles(),
                o == null ? "" : o.errors(),
                o == null ? "" : o.javacMs(),
                w == null ? "" : num(w.median(), 2),
                w == null ? "" : num(w.min(), 2),
                w == null ? "" : num(w.max(), 2),
                w == null ? "" : String.valueOf(w.n())))
            .append('\n');
      }
    }
    Files.writeString(file, sb.toString());
  }

  static void writeClientCsv(Path file, List<Jmh> jmh) throws IOException {
    StringBuilder sb = new StringBuilder(
        "benchmark,paygen_score,paygen_error,baseline_score,baseline_error,unit,paygen_over_baseline\n");
    for (String b : jmhBenchmarks(jmh)) {
      Optional<Jmh> p = find(jmh, b, "paygen");
      Optional<Jmh> base = find(jmh, b, "baseline");
      sb.append(b)
          .append(',')
          .append(p.map(j -> num(j.score(), 4)).orElse(""))
          .append(',')
          .append(p.map(j -> num(j.error(), 4)).orElse(""))
          .append(',')
          .append(base.map(j -> num(j.score(), 4)).orElse(""))
          .append(',')
          .append(base.map(j -> num(j.error(), 4)).orElse(""))
          .append(',')
          .append(p.or(() -> base).map(Jmh::unit).orElse(""))
          .append(',')
          .append(
              p.isPresent() && base.isPresent()
                  ? num(p.get().score() / base.get().score(), 3)
                  : "")
          .append('\n');
    }
    Files.writeString(file, sb.toString());
  }

  /** A horizontal grouped bar chart of median cold wall time per spec and tool, with labels. */
  static void chart(Path file, Map<String, Map<String, Cold>> cold) throws IOException {
    Color[] colors = {
      new Color(0x2e7d32), new Color(0xc62828), new Color(0x546e7a), new Color(0xa0b4be)
    };
    int bar = 14;
    int gap = 12;
    int left = 300;
    int top = 50;
    int plot = 560;
    int width = left + plot + 110;
    int height = top + cold.size() * (TOOLS.length * bar + gap) + 40;
    double maxMs = cold.values().stream()
        .flatMap(m -> m.values().stream())
        .filter(c -> !c.wallMs().isEmpty())
        .mapToDouble(Cold::wall)
        .max()
        .orElse(1);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
    g.drawString("Cold generation, median wall time (ms), one process per run", 10, 20);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    int lx = 10;
    for (int i = 0; i < TOOLS.length; i++) {
      g.setColor(colors[i]);
      g.fillRect(lx, 30, 12, 12);
      g.setColor(Color.BLACK);
      g.drawString(TOOL_NAMES.get(TOOLS[i]), lx + 16, 41);
      lx += 16 + g.getFontMetrics().stringWidth(TOOL_NAMES.get(TOOLS[i])) + 20;
    }
    int y = top;
    for (var e : cold.entrySet()) {
      String label = e.getKey().length() > 40 ? e.getKey().substring(0, 39) + "…" : e.getKey();
      g.setColor(Color.BLACK);
      g.drawString(
          label,
          left - 8 - g.getFontMetrics().stringWidth(label),
          y + (TOOLS.length * bar) / 2 + 5);
      for (int i = 0; i < TOOLS.length; i++) {
        Cold c = e.getValue().get(TOOLS[i]);
        int by = y + i * bar;
        if (c == null || c.wallMs().isEmpty()) {
          g.setColor(Color.GRAY);
          g.drawString("failed", left + 4, by + bar - 3);
          continue;
        }
        int w = (int) Math.max(1, Math.round(c.wall() / maxMs * plot));
        g.setColor(colors[i]);
        g.fillRect(left, by, w, bar - 2);
        g.setColor(Color.BLACK);
        g.drawString(ms(c.wall()), left + w + 4, by + bar - 3);
      }
      y += TOOLS.length * bar + gap;
    }
    g.setColor(Color.DARK_GRAY);
    g.setStroke(new BasicStroke(1));
    g.drawLine(left, top - 4, left, y - gap + 4);
    g.dispose();
    ImageIO.write(image, "png", file.toFile());
  }

  // --- small helpers

  static List<List<String>> csv(Path file, boolean header) throws IOException {
    if (!Files.exists(file)) {
      return List.of();
    }
    List<List<String>> rows = new ArrayList<>();
    List<String> lines = Files.readAllLines(file);
    for (int i = header ? 1 : 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      rows.add(splitCsv(lines.get(i)));
    }
    return rows;
  }

  static List<String> splitCsv(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (char ch : line.toCharArray()) {
      if (ch == '"') {
        quoted = !quoted;
      } else if (ch == ',' && !quoted) {
        out.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(ch);
      }
    }
    out.add(cell.toString());
    return out;
  }

  static List<String> jmhBenchmarks(List<Jmh> jmh) {
    return jmh.stream().map(Jmh::benchmark).distinct().collect(Collectors.toList());
  }

  static Optional<Jmh> find(List<Jmh> jmh, String benchmark, String variant) {
    return jmh.stream()
        .filter(j -> j.benchmark().equals(benchmark) && j.variant().equals(variant))
        .findFirst();
  }

  static String jmhText(Jmh j) {
    return num(j.score(), 2) + (Double.isNaN(j.error()) ? "" : " ± " + num(j.error(), 2)) + " "
        + j.unit();
  }

  static String phase(Map<String, Warm> w, String key) {
    return w.containsKey(key) ? ms(w.get(key).median()) : "–";
  }

  static String coldCell(Cold c, boolean wall) {
    if (c == null) {
      return "–";
    }
    String text = c.wallMs().isEmpty() ? "failed" : wall ? c.wallText() : c.rssText();
    return c.failed() > 0 && !c.wallMs().isEmpty() ? text + " (" + c.failed() + " failed)" : text;
  }

  static String outText(Output o) {
    if (o == null) {
      return "–";
    }
    return "failed".equals(o.compiles())
        ? "failed"
        : o.files() + " / " + o.lines() + " (" + o.javaLines() + ")";
  }

  static double wall(Map<String, Cold> c, String tool) {
    Cold x = c.get(tool);
    return x == null || x.wallMs().isEmpty() ? Double.NaN : x.wall();
  }

  static double lines(Map<String, Output> o, String tool, boolean java) {
    Output x = o.get(tool);
    return x == null || "failed".equals(x.compiles())
        ? Double.NaN
        : java ? x.javaLines() : x.lines();
  }

  static String ratio(double a, double b) {
    return Double.isNaN(a) || Double.isNaN(b) || b == 0 ? "–" : num(a / b, 2);
  }

  static double parseOr(String s) {
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  static double min(List<Double> xs) {
    return xs.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  static double max(List<Double> xs) {
    return xs.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
  }

  static String ms(double v) {
    return Double.isNaN(v) ? "–" : v >= 100 ? num(v, 0) : num(v, 1);
  }

  static String num(double v, int decimals) {
    return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%." + decimals + "f", v);
  }
}
