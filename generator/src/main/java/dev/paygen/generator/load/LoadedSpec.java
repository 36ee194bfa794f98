package dev.paygen.generator.load;

import dev.paygen.generator.Diagnostic;
import io.swagger.v3.oas.models.OpenAPI;
import java.nio.file.Path;
import java.util.List;

/**
 * A parsed spec with its {@code $ref}s resolved.
 *
 * @param openApi the parsed document, or null when it could not be read at all
 * @param specFile the root file
 * @param inputFiles every file read: the root and each file reached through a {@code $ref}, sorted
 * @param diagnostics problems found while reading
 */
public record LoadedSpec(
    OpenAPI openApi, Path specFile, List<Path> inputFiles, List<Diagnostic> diagnostics) {
  /**
   * Copies the lists, so the loaded spec is immutable.
   *
   * @param openApi the parsed document, or null when it could not be read at all
   * @param specFile the root file
   * @param inputFiles every file read: the root and each file reached through a {@code $ref},
   *     sorted
   * @param diagnostics problems found while reading
   */
  public LoadedSpec {
    inputFiles = List.copyOf(inputFiles);
    diagnostics = List.copyOf(diagnostics);
  }

  /** {@return whether the spec could not be parsed or any diagnostic is an error} */
  public boolean hasErrors() {
    return openApi == null || diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
