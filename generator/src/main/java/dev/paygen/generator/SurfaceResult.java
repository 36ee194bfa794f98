package dev.paygen.generator;

import dev.paygen.generator.diff.ApiSurface;
import java.util.List;

/**
 * The Java API a spec generates, without generating it: {@link Generator#surface}.
 *
 * @param surface the API surface, or null when the spec or options have errors
 * @param diagnostics every error and warning of loading and modelling the spec
 */
public record SurfaceResult(ApiSurface surface, List<Diagnostic> diagnostics) {
  /**
   * Copies the diagnostics, so the result is immutable.
   *
   * @param surface the API surface, or null when the spec or options have errors
   * @param diagnostics every error and warning of loading and modelling the spec
   */
  public SurfaceResult {
    diagnostics = List.copyOf(diagnostics);
  }

  /** {@return whether a surface was built} */
  public boolean success() {
    return surface != null;
  }

  /** {@return the errors among {@link #diagnostics()}} */
  public List<Diagnostic> errors() {
    return diagnostics.stream().filter(Diagnostic::isError).toList();
  }
}
