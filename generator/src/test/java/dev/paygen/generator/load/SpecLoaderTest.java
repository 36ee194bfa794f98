package dev.paygen.generator.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paygen.generator.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader's own checks reach every file a spec {@code $ref}s, not just the root. */
class SpecLoaderTest {
  @TempDir
  Path dir;

  @Test
  void anEnumValueOfTheWrongTypeInAReferencedFileIsReportedThere() throws IOException {
    Files.writeString(dir.resolve("levels.yaml"), """
        Level:
          type: integer
          enum: [1, "two"]
        """);
    Path spec = Files.writeString(dir.resolve("api.yaml"), """
        openapi: 3.0.3
        info: {title: Levels, version: "1"}
        paths: {}
        components:
          schemas:
            Level: {$ref: 'levels.yaml#/Level'}
        """);

    LoadedSpec loaded = SpecLoader.load(spec, false);

    assertThat(loaded.hasErrors()).isTrue();
    assertThat(loaded.diagnostics())
        .extracting(Diagnostic::toString)
        .containsExactly(
            "levels.yaml#/Level/enum/1: error [PAYGEN-E030] enum value \"two\" is not an integer."
                + " Fix: make the value an integer, or change the schema's type");
  }
}
