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
  /**
   * Copies the diagnostics, so the result is immutable.
   *
   * @param model the model, or null when errors prevent one
   * @param diagnostics errors and warnings (renames, skipped constructs)
   */
  public ModelResult {
    diagnostics = List.copyOf(diagnostics);
  }

  /** {@return whether no model was built or any diagnostic is an error} */
  public boolean hasErrors() {
    return model == null || diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
