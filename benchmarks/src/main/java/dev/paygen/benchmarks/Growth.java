package dev.paygen.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The growth benchmark's results (growth-samples.csv, growth-outputs.csv, growth-meta.csv, written by
 * run.sh --growth): cold wall time of paygen and of the parse floor on the synthetic N x Dodo specs,
 * and the exponent b of the least-squares fit time = a * N^b over the medians.
 */
record Growth(
    Map<String, String> meta,
    Map<Integer, Map<String, Report.Cold>> samples,
    Map<Integer, long[]> outputs) {
  private static final Pattern N = Pattern.compile("x(\\d+)$");

  static Growth read(Path results) throws IOException {
    Map<String, String> meta = new LinkedHashMap<>();
    for (List<String> row : Report.csv(results.resolve("growth-meta.csv"), false)) {
      meta.put(row.get(0), row.size() > 1 ? row.get(1) : "");
    }
    Map<Integer, Map<String, Report.Cold>> samples = new TreeMap<>();
    for (List<String> row : Report.csv(results.resolve("growth-samples.csv"), true)) {
      Matcher m = N.matcher(row.get(0));
      if (!m.find()) {
        continue;
      }
      Report.Cold c = samples
          .computeIfAbsent(Integer.parseInt(m.group(1)), k -> new LinkedHashMap<>())
          .computeIfAbsent(
              row.get(1), k -> new Report.Cold(new ArrayList<>(), new ArrayList<>(), 0));
      if (!"0".equals(row.get(5))) {
        samples
            .get(Integer.parseInt(m.group(1)))
            .put(row.get(1), new Report.Cold(c.wallMs(), c.rssMb(), c.failed() + 1));
        continue;
      }
      c.wallMs().add(Double.parseDouble(row.get(3)));
      c.rssMb().add(Double.parseDouble(row.get(4)) / 1024);
    }
    Map<Integer, long[]> outputs = new TreeMap<>();
    for (List<String> row : Report.csv(results.resolve("growth-outputs.csv"), true)) {
      outputs.put(
          Integer.parseInt(row.get(1)),
          new long[] {Long.parseLong(row.get(3)), Long.parseLong(row.get(5))});
    }
    return new Growth(meta, samples, outputs);
  }

  boolean isEmpty() {
    return samples.isEmpty();
  }

  /** The fit of the median cold wall time of {@code tool} against N. */
  Stats.PowerLaw fit(String tool) {
    List<Double> ns = new ArrayList<>();
    List<Double> ms = new ArrayList<>();
    samples.forEach((n, tools) -> {
      ns.add((double) n);
      ms.add(Report.wall(tools, tool));
    });
    return Stats.powerLaw(ns, ms);
  }

  /** "generation time grows as N^b, b = X.XX (parse floor: N^c)", with the range of N and the run. */
  String sentence() {
    List<Integer> ns = new ArrayList<>(samples.keySet());
    return "Growth (synthetic N x full Dodo, N = " + ns.get(0) + ".." + ns.get(ns.size() - 1)
        + ", measured "
        + meta.getOrDefault("date", "?") + " at commit " + meta.getOrDefault("commit", "?")
        + "): generation time grows as N^b, b = " + Report.num(fit("paygen").b(), 2)
        + " (parse floor: N^"
        + Report.num(fit("parser").b(), 2) + ").";
  }

  /** The RESULTS.md section: every sample, the medians, the output lines per N, and the fit. */
  String markdown() {
    StringBuilder sb = new StringBuilder("\n## Growth (synthetic N x Dodo)\n\n")
        .append(
            "`SyntheticSpec` writes N renamed copies of every path, webhook, tag and schema of the full Dodo"
                + " document (`dodopayments-openapi-v1.86.0.documented`) into one spec; paygen (`bin/paygen`) and the"
                + " parse floor run cold on each, ")
        .append(meta.getOrDefault("rounds", "?"))
        .append(" round(s), alternating order. Load average ")
        .append(meta.getOrDefault("load_before", "?"))
        .append(" before, ")
        .append(meta.getOrDefault("load_after", "?"))
        .append(" after.\n\n")
        .append(sentence())
        .append(" Least squares on log time = log a + b log N over the medians.\n\n");
    sb.append(
        "| N | paygen wall ms (samples) | paygen median | floor wall ms (samples) | floor median | paygen RSS MB"
            + " | output lines | .java lines | .java lines / N |\n|---:|---|---:|---|---:|---:|---:|---:|---:|\n");
    samples.forEach((n, tools) -> {
      long[] out = outputs.get(n);
      sb.append("| ")
          .append(n)
          .append(" | ")
          .append(samplesText(tools.get("paygen")))
          .append(" | ")
          .append(Report.ms(Report.wall(tools, "paygen")))
          .append(" | ")
          .append(samplesText(tools.get("parser")))
          .append(" | ")
          .append(Report.ms(Report.wall(tools, "parser")))
          .append(" | ")
          .append(Report.coldCell(tools.get("paygen"), false))
          .append(" | ")
          .append(out == null ? "–" : Report.count(out[0]))
          .append(" | ")
          .append(out == null ? "–" : Report.count(out[1]))
          .append(" | ")
          .append(out == null ? "–" : Report.count(out[1] / (double) n))
          .append(" |\n");
    });
    return sb.toString();
  }

  private static String samplesText(Report.Cold c) {
    if (c == null || c.wallMs().isEmpty()) {
      return "failed";
    }
    StringBuilder sb = new StringBuilder();
    for (double v : c.wallMs()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(Report.ms(v));
    }
    return c.failed() > 0 ? sb + " (" + c.failed() + " failed)" : sb.toString();
  }
}
