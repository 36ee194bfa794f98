package dev.paygen.generator.load;

import dev.paygen.generator.Diagnostic;
import dev.paygen.generator.DiagnosticCode;
import java.util.ArrayList;
import java.util.List;

/** Collects the diagnostics of one model build, all located in the root spec file. */
final class Report {
  private final String file;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  Report(String file) {
    this.file = file;
  }

  void error(DiagnosticCode code, String pointer, String message, String fix) {
    diagnostics.add(Diagnostic.error(code, file, pointer, message, fix));
  }

  void warning(DiagnosticCode code, String pointer, String message, String fix) {
    diagnostics.add(Diagnostic.warning(code, file, pointer, message, fix));
  }

  /** Where the next diagnostic goes: a mark for {@link #cut(int)} and {@link #insert(int, List)}. */
  int mark() {
    return diagnostics.size();
  }

  /** Takes out the diagnostics reported since {@code mark}. */
  List<Diagnostic> cut(int mark) {
    List<Diagnostic> since = diagnostics.subList(mark, diagnostics.size());
    List<Diagnostic> cut = List.copyOf(since);
    since.clear();
    return cut;
  }

  /** Puts {@code later} back at {@code mark}, before what was reported after it. */
  void insert(int mark, List<Diagnostic> later) {
    diagnostics.addAll(mark, later);
  }

  boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  List<Diagnostic> diagnostics() {
    return List.copyOf(diagnostics);
  }
}
