package dev.paygen.generator;

import dev.paygen.generator.model.ApiModel;
import java.util.List;

/**
 * The model a spec builds, without rendering it: {@link Generator#model}. Tools that drive a
 * generated client read it to find each operation's service accessor, method and parameters.
 *
 * @param model the model, or null when the spec or options have errors
 * @param diagnostics every error and warning of loading and modelling the spec
 */
public record ModelOutcome(ApiModel model, List<Diagnostic> diagnostics) {
  /**
   * Copies the diagnostics, so the outcome is immutable.
   *
   * @param model the model, or null when the spec or options have errors
   * @param diagnostics every error and warning of loading and modelling the spec
   */
  public ModelOutcome {
    diagnostics = List.copyOf(diagnostics);
  }

  /** {@return whether a model was built} */
  public boolean success() {
    return model != null;
  }

  /** {@return the errors among {@link #diagnostics()}} */
  public List<Diagnostic> errors() {
    return diagnostics.stream().filter(Diagnostic::isError).toList();
  }
}
