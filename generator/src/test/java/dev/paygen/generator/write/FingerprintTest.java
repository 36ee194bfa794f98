package dev.paygen.generator.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintTest {
  @TempDir
  Path dir;

  private Path spec;
  private Path pet;

  @BeforeEach
  void specWithAReferencedFile() throws IOException {
    spec = Files.writeString(dir.resolve("api.yaml"), "openapi: 3.0.3\n");
    Files.createDirectories(dir.resolve("schemas"));
    pet = Files.writeString(dir.resolve("schemas/pet.yaml").toAbsolutePath(), "Pet: {}\n");
  }

  @Test
  void theSameInputsGiveTheSameFingerprint() throws IOException {
    String first = hash(List.of(spec, pet), "package=a", "1.0");

    Files.setLastModifiedTime(pet, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));

    assertThat(hash(List.of(pet, spec), "package=a", "1.0")).isEqualTo(first).hasSize(64);
    assertThat(hash(List.of(pet), "package=a", "1.0"))
        .as("the root spec is always included")
        .isEqualTo(first);
  }

  @Test
  void aChangedReferencedFileChangesTheFingerprint() throws IOException {
    String before = hash(List.of(spec, pet), "package=a", "1.0");

    Files.writeString(pet, "Pet: {type: object}\n");

    assertThat(hash(List.of(spec, pet), "package=a", "1.0")).isNotEqualTo(before);
  }

  @Test
  void aChangedRootSpecChangesTheFingerprint() throws IOException {
    String before = hash(List.of(pet), "package=a", "1.0");

    Files.writeString(spec, "openapi: 3.1.0\n");

    assertThat(hash(List.of(pet), "package=a", "1.0")).isNotEqualTo(before);
  }

  @Test
  void changedOptionsChangeTheFingerprint() throws IOException {
    assertThat(hash(List.of(pet), "package=a", "1.0"))
        .isNotEqualTo(hash(List.of(pet), "package=b", "1.0"));
  }

  @Test
  void anotherGeneratorVersionChangesTheFingerprint() throws IOException {
    assertThat(hash(List.of(pet), "package=a", "1.0"))
        .isNotEqualTo(hash(List.of(pet), "package=a", "1.1"));
  }

  @Test
  void movingTheSameBytesToAnotherFileNameChangesTheFingerprint() throws IOException {
    String before = hash(List.of(pet), "package=a", "1.0");
    Path moved = Files.move(pet, dir.resolve("schemas/animal.yaml"));

    assertThat(hash(List.of(moved), "package=a", "1.0")).isNotEqualTo(before);
  }

  @Test
  void theFingerprintDoesNotDependOnWhereTheSpecFolderIs() throws IOException {
    Path copy = Files.createDirectories(dir.resolve("copy"));
    Files.copy(spec, copy.resolve("api.yaml"));
    Files.createDirectories(copy.resolve("schemas"));
    Files.copy(pet, copy.resolve("schemas/pet.yaml"));

    assertThat(Fingerprint.compute(
            copy.resolve("api.yaml"), List.of(copy.resolve("schemas/pet.yaml")), "o", "1"))
        .isEqualTo(hash(List.of(pet), "o", "1"));
  }

  @Test
  void aMissingInputIsNamedInTheError() throws IOException {
    Files.delete(pet);

    assertThatThrownBy(() -> hash(List.of(pet), "o", "1"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(pet.toString());
  }

  @Test
  void theOutputsHashOfRenderedFilesMatchesTheSameFilesOnDiskUntilOneIsEdited() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out/a"));
    Files.writeString(out.resolve("B.java"), "class B {}");
    Files.writeString(out.resolve("C.java"), "class C {}");
    String rendered = Fingerprint.ofOutputs(List.of(
        new dev.paygen.generator.GeneratedFile("a/C.java", "a.C", "class C {}"),
        new dev.paygen.generator.GeneratedFile("a/B.java", "a.B", "class B {}")));

    assertThat(Fingerprint.ofOutputs(dir.resolve("out"), List.of("a/B.java", "a/C.java")))
        .isEqualTo(rendered);

    Files.writeString(out.resolve("C.java"), "class C { int edited; }");

    assertThat(Fingerprint.ofOutputs(dir.resolve("out"), List.of("a/B.java", "a/C.java")))
        .isNotEqualTo(rendered);
  }

  private String hash(List<Path> inputs, String options, String version) throws IOException {
    return Fingerprint.compute(spec, inputs, options, version);
  }
}
