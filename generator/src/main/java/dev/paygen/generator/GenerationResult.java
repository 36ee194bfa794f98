package dev.paygen.generator;

import dev.paygen.generator.diff.ApiDiff;
import dev.paygen.generator.write.Drift;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What one generation run did: files written, left unchanged or removed, drift found by a check,
 * every diagnostic, and how long it took.
 *
 * @param outcome how the run ended
 * @param diagnostics every error and warning, in spec order
 * @param files the rendered sources (empty when the run was skipped or failed)
 * @param written files written because they were new or changed (relative paths)
 * @param unchanged files whose bytes were already right and were left untouched
 * @param removed files a previous run generated that this run no longer generates
 * @param drifted in {@link GenerationRequest.Mode#CHECK}: each file that differs and how; a
 *     {@link Drift} prints as {@code path (changed|missing|stale)}
 * @param typeCounts generated types by kind ({@code records}, {@code enums}, {@code unions},
 *     {@code services}, ...)
 * @param fingerprint hash over every input (spec files, options, generator version)
 * @param millis wall time of the run
 * @param apiDiff what changed in the generated Java API since the surface an earlier run recorded
 *     in the output folder ({@code .paygen-api.json}): set when a write found a changed fingerprint
 *     or a check found drift, and that record exists; else null
 */
public record GenerationResult(
    Outcome outcome,
    List<Diagnostic> diagnostics,
    List<GeneratedFile> files,
    List<String> written,
    List<String> unchanged,
    List<String> removed,
    List<Drift> drifted,
    Map<String, Integer> typeCounts,
    String fingerprint,
    long millis,
    ApiDiff apiDiff) {

  /** How a run ended. */
  public enum Outcome {
    /** Sources were generated (and written, unless rendering in memory). */
    GENERATED,
    /** The fingerprint matched the previous run's; nothing was read beyond the inputs' bytes. */
    UP_TO_DATE,
    /** A check found the output folder identical to what would be generated. */
    CHECK_PASSED,
    /** A check found files that differ; see {@link #drifted()}. */
    DRIFT,
    /** The spec or configuration has errors; nothing was written. */
    FAILED
  }

  /**
   * Copies the lists and map, so the result is immutable; a null fingerprint becomes empty.
   *
   * @param outcome how the run ended
   * @param diagnostics every error and warning, in spec order
   * @param files the rendered sources (empty when the run was skipped or failed)
   * @param written files written because they were new or changed (relative paths)
   * @param unchanged files whose bytes were already right and were left untouched
   * @param removed files a previous run generated that this run no longer generates
   * @param drifted in {@link GenerationRequest.Mode#CHECK}: each file that differs and how; a
   *     {@link Drift} prints as {@code path (changed|missing|stale)}
   * @param typeCounts generated types by kind ({@code records}, {@code enums}, {@code unions},
   *     {@code services}, ...)
   * @param fingerprint hash over every input (spec files, options, generator version)
   * @param millis wall time of the run
   * @param apiDiff what changed in the generated Java API since the surface an earlier run recorded
   *     in the output folder ({@code .paygen-api.json}): set when a write found a changed
   *     fingerprint or a check found drift, and that record exists; else null
   */
  public GenerationResult {
    diagnostics = List.copyOf(diagnostics);
    files = List.copyOf(files);
    written = List.copyOf(written);
    unchanged = List.copyOf(unchanged);
    removed = List.copyOf(removed);
    drifted = List.copyOf(drifted);
    typeCounts = Map.copyOf(typeCounts);
    fingerprint = fingerprint == null ? "" : fingerprint;
  }

  /** {@return whether the run succeeded: it neither failed nor found drift} */
  public boolean success() {
    return outcome != Outcome.FAILED && outcome != Outcome.DRIFT;
  }

  /**
   * {@return the breaking changes, for a check's failure: {@code 2 breaking changes: removed
   * component Payment.customerId
   * (String); ...}, or empty when no API diff is known or nothing in it breaks}
   */
  public String breakingSummary() {
    if (apiDiff == null || apiDiff.breaking().isEmpty()) {
      return "";
    }
    return apiDiff.breaking().size() + " breaking change(s): "
        + apiDiff.breaking().stream()
            .map(c -> c.toLine().substring("BREAKING ".length()))
            .collect(Collectors.joining("; "));
  }

  /** {@return the error diagnostics, in spec order} */
  public List<Diagnostic> errors() {
    return diagnostics.stream().filter(Diagnostic::isError).toList();
  }

  /** {@return the warning diagnostics, in spec order} */
  public List<Diagnostic> warnings() {
    return diagnostics.stream().filter(d -> !d.isError()).toList();
  }

  /**
   * {@return the run in one line for logs: {@code paygen: 62 files (3 written, 59 unchanged, 0
   * removed); 41 records,
   * 12 enums, 3 unions, 2 services; 2 warnings; 812 ms}}
   */
  public String summary() {
    String kinds = new TreeMap<>(typeCounts)
        .entrySet().stream()
            .map(e -> e.getValue() + " " + e.getKey())
            .collect(Collectors.joining(", "));
    return switch (outcome) {
      case UP_TO_DATE ->
        "paygen: up to date (fingerprint " + shortFingerprint() + " unchanged); " + millis + " ms";
      case FAILED ->
        "paygen: failed with " + errors().size() + " error(s), " + warnings().size()
            + " warning(s); nothing written; " + millis + " ms";
      case CHECK_PASSED ->
        "paygen: check passed, " + files.size() + " files match the spec; " + millis + " ms";
      case DRIFT ->
        "paygen: check failed, " + drifted.size() + " file(s) differ from the spec; " + millis
            + " ms";
      case GENERATED ->
        "paygen: " + files.size() + " files (" + written.size() + " written, " + unchanged.size()
            + " unchanged, " + removed.size() + " removed); " + kinds + "; "
            + warnings().size()
            + " warning(s); " + millis + " ms";
    };
  }

  private String shortFingerprint() {
    return fingerprint.length() > 12 ? fingerprint.substring(0, 12) : fingerprint;
  }
}
