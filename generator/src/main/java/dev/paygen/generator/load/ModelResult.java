package dev.paygen.generator.load;

import dev.paygen.generator.Diagnostic;
import dev.paygen.generator.model.ApiModel;
import java.util.List;

/**
 * The model of a spec and the problems found building it.
 *
 * @param model the model, or null when errors prevent one
 * @param diagnostics errors and warnings (renames, skipped constructs)
 */
public record ModelResult(ApiModel model, List<Diagnostic> diagnostics) {
  public ModelResult {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return model == null || diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
