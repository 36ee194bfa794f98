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

  boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  List<Diagnostic> diagnostics() {
    return List.copyOf(diagnostics);
  }
}
