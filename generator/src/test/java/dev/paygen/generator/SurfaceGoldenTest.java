package dev.paygen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paygen.generator.diff.ApiSurface;
import dev.paygen.generator.support.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Java API the full, unedited upstream documents generate, one line per element (client,
 * services, methods and their signatures, types, components, constants, variants, setters: see
 * {@link ApiSurface}), against {@code src/test/resources/golden/surface/<name>.json}. The whole
 * generated trees of these documents run to tens of thousands of lines, which no one reviews; their surface is
 * what a user writes code against (the names and shapes of issue 11), small enough to read in a
 * diff. After an intended change, rewrite with {@code -Dpaygen.updateGoldens=true} and review.
 */
class SurfaceGoldenTest {
  private static final boolean UPDATE = Boolean.getBoolean("paygen.updateGoldens");

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "dodo-payments-1.86.0, upstream/dodopayments-openapi-v1.86.0.documented.yml",
    "dots-2026-07-16, upstream/dots-openapi-v2.current-2026-07-16.yaml"
  })
  void fullDocumentSurfaceMatchesItsGolden(String name, String spec) throws IOException {
    SurfaceResult result = Generator.surface(
        GenerationRequest.builder(Workspace.specsFile(spec), "com.example.api").build());
    assertThat(result.errors()).isEmpty();
    String actual = result.surface().toJson();
    Path golden = Workspace.repositoryRoot()
        .resolve("generator/src/test/resources/golden/surface")
        .resolve(name + ".json");
    if (UPDATE) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }

    List<String> want = Files.readAllLines(golden, StandardCharsets.UTF_8);
    List<String> got = actual.lines().toList();
    List<String> differences = new ArrayList<>();
    got.stream().filter(l -> !want.contains(l)).forEach(l -> differences.add("+ " + l.strip()));
    want.stream().filter(l -> !got.contains(l)).forEach(l -> differences.add("- " + l.strip()));
    assertThat(differences)
        .as(
            "the API generated from %s differs from %s; if intended, rerun with"
                + " -Dpaygen.updateGoldens=true and review the diff",
            spec, golden)
        .isEmpty();
  }
}
