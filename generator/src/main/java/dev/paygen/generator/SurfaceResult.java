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
  public SurfaceResult {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean success() {
    return surface != null;
  }

  public List<Diagnostic> errors() {
    return diagnostics.stream().filter(Diagnostic::isError).toList();
  }
}
