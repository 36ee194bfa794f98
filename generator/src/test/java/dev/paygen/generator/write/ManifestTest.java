package dev.paygen.generator.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paygen.generator.GeneratedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {
  @TempDir
  Path dir;

  @Test
  void renderingIsSortedAndDeterministic() {
    Path spec = dir.resolve("specs/api.yaml");
    Manifest one = Manifest.of(
        "abc",
        spec,
        List.of(dir.resolve("specs/schemas/pet.yaml"), dir.resolve("specs/a.yaml")),
        List.of(file("com/acme/model/Pet.java"), file("com/acme/AcmeClient.java")));
    Manifest two = Manifest.of(
        "abc",
        spec,
        List.of(dir.resolve("specs/a.yaml"), dir.resolve("specs/schemas/pet.yaml")),
        List.of(file("com/acme/AcmeClient.java"), file("com/acme/model/Pet.java")));

    assertThat(one.render()).isEqualTo(two.render());
    assertThat(one.render()).contains("\nfingerprint abc\noutputs " + one.outputs() + "\n");
    assertThat(one.render()).endsWith("""
        input a.yaml
        input api.yaml
        input schemas/pet.yaml
        file com/acme/AcmeClient.java
        file com/acme/model/Pet.java
        """);
    assertThat(one.render()).doesNotContain(dir.toString());
  }

  @Test
  void anInputAboveTheSpecFolderIsNamedRelativeToIt() {
    Path outside = dir.resolve("common/types.yaml").toAbsolutePath();

    Manifest manifest =
        Manifest.of("abc", dir.resolve("specs/api.yaml"), List.of(outside), List.of());

    // Relative, as the ref root lets a $ref climb: a moved checkout keeps its manifest valid.
    assertThat(manifest.inputs()).containsExactlyInAnyOrder("api.yaml", "../common/types.yaml");
    assertThat(manifest.render()).doesNotContain(dir.toString());
    assertThat(manifest.inputPaths(dir.resolve("specs/api.yaml")))
        .containsExactlyInAnyOrder(dir.resolve("specs/api.yaml").toAbsolutePath(), outside);
  }

  @Test
  void readingGivesBackWhatWasWritten() throws IOException {
    Manifest manifest =
        Manifest.of("abc", dir.resolve("api.yaml"), List.of(), List.of(file("a/B.java")));
    Files.writeString(dir.resolve(Manifest.FILE_NAME), manifest.render());

    assertThat(Manifest.read(dir)).contains(manifest);
  }

  @Test
  void aFolderWithoutManifestHasNone() throws IOException {
    assertThat(Manifest.read(dir)).isEmpty();
    assertThat(Manifest.read(dir.resolve("absent"))).isEmpty();
  }

  @Test
  void unknownLinesAndUnsafePathsAreIgnored() {
    Manifest manifest = Manifest.parse(List.of(
        "# comment",
        "fingerprint abc",
        "future-key value",
        "garbage",
        "file a/B.java",
        "file /etc/passwd",
        "file ../x",
        "file a/./b",
        "file " + Manifest.FILE_NAME));

    assertThat(manifest.fingerprint()).isEqualTo("abc");
    assertThat(manifest.files()).containsExactly("a/B.java");
  }

  private static GeneratedFile file(String path) {
    return new GeneratedFile(path, "x", "x");
  }
}
