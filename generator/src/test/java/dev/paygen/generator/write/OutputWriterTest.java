package dev.paygen.generator.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paygen.generator.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {
  private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

  @TempDir
  Path out;

  private final Path spec = Path.of("api.yaml");

  @Test
  void writesNewFilesAndTheManifestLast() throws IOException {
    OutputWriter.Report report = write(
        file("com/acme/model/Pet.java", "record Pet() {}"),
        file("com/acme/PetClient.java", "class PetClient {}"));

    assertThat(report.written())
        .containsExactly("com/acme/PetClient.java", "com/acme/model/Pet.java");
    assertThat(report.unchanged()).isEmpty();
    assertThat(out.resolve("com/acme/model/Pet.java")).hasContent("record Pet() {}");
    assertThat(Manifest.read(out).orElseThrow().files())
        .containsExactly("com/acme/PetClient.java", "com/acme/model/Pet.java");
    assertThat(listing()).noneMatch(path -> path.contains("paygen-tmp"));
  }

  @Test
  void unchangedFilesKeepTheirModificationTime() throws IOException {
    write(
        file("com/acme/model/Pet.java", "record Pet() {}"),
        file("com/acme/model/Owner.java", "record Owner() {}"));
    Path pet = out.resolve("com/acme/model/Pet.java");
    Files.setLastModifiedTime(pet, LONG_AGO);
    Files.setLastModifiedTime(out.resolve(Manifest.FILE_NAME), LONG_AGO);

    OutputWriter.Report report = write(
        file("com/acme/model/Pet.java", "record Pet() {}"),
        file("com/acme/model/Owner.java", "record Owner(String name) {}"));

    assertThat(report.unchanged()).containsExactly("com/acme/model/Pet.java");
    assertThat(report.written()).containsExactly("com/acme/model/Owner.java");
    assertThat(Files.getLastModifiedTime(pet)).isEqualTo(LONG_AGO);
  }

  @Test
  void aRunThatChangesNothingWritesNothingNotEvenTheManifest() throws IOException {
    write(file("a/Pet.java", "record Pet() {}"));
    Files.setLastModifiedTime(out.resolve("a/Pet.java"), LONG_AGO);
    Files.setLastModifiedTime(out.resolve(Manifest.FILE_NAME), LONG_AGO);

    OutputWriter.Report report = write(file("a/Pet.java", "record Pet() {}"));

    assertThat(report.written()).isEmpty();
    assertThat(Files.getLastModifiedTime(out.resolve("a/Pet.java"))).isEqualTo(LONG_AGO);
    assertThat(Files.getLastModifiedTime(out.resolve(Manifest.FILE_NAME))).isEqualTo(LONG_AGO);
  }

  @Test
  void changedFilesAreRewritten() throws IOException {
    write(file("a/Pet.java", "record Pet() {}"));
    Files.setLastModifiedTime(out.resolve("a/Pet.java"), LONG_AGO);

    OutputWriter.Report report = write(file("a/Pet.java", "record Pet(String id) {}"));

    assertThat(report.written()).containsExactly("a/Pet.java");
    assertThat(out.resolve("a/Pet.java")).hasContent("record Pet(String id) {}");
    assertThat(Files.getLastModifiedTime(out.resolve("a/Pet.java"))).isNotEqualTo(LONG_AGO);
  }

  @Test
  void staleOwnedFilesAreRemovedWithTheFoldersTheyLeaveEmpty() throws IOException {
    write(
        file("com/acme/model/Pet.java", "record Pet() {}"),
        file("com/acme/service/PetsService.java", "x"));

    OutputWriter.Report report = write(file("com/acme/model/Pet.java", "record Pet() {}"));

    assertThat(report.removed()).containsExactly("com/acme/service/PetsService.java");
    assertThat(out.resolve("com/acme/service")).doesNotExist();
    assertThat(out.resolve("com/acme/model/Pet.java")).exists();
    assertThat(Manifest.read(out).orElseThrow().files()).containsExactly("com/acme/model/Pet.java");
  }

  @Test
  void handWrittenFilesInTheSameFolderAreNeverRemoved() throws IOException {
    Files.createDirectories(out.resolve("com/acme/service"));
    Files.writeString(out.resolve("com/acme/service/Custom.java"), "class Custom {}");
    Files.writeString(out.resolve("README.md"), "mine");
    write(file("com/acme/service/PetsService.java", "x"), file("com/acme/model/Pet.java", "y"));

    OutputWriter.Report report = write();

    assertThat(report.removed())
        .containsExactly("com/acme/model/Pet.java", "com/acme/service/PetsService.java");
    assertThat(out.resolve("com/acme/service/Custom.java")).hasContent("class Custom {}");
    assertThat(out.resolve("README.md")).hasContent("mine");
    assertThat(out.resolve("com/acme/model")).doesNotExist();
  }

  @Test
  void aFileNotOwnedByPaygenIsNeverOverwrittenUnlessForced() throws IOException {
    Files.createDirectories(out.resolve("a"));
    Files.writeString(out.resolve("a/Pet.java"), "hand-written");

    OutputWriter.Report refused =
        write(file("a/Pet.java", "generated"), file("a/Owner.java", "generated"));

    assertThat(refused.conflicts()).containsExactly("a/Pet.java");
    assertThat(refused.written()).isEmpty();
    assertThat(out.resolve("a/Pet.java")).hasContent("hand-written");
    assertThat(out.resolve("a/Owner.java")).doesNotExist();
    assertThat(out.resolve(Manifest.FILE_NAME)).doesNotExist();

    OutputWriter.Report forced = OutputWriter.write(
        out,
        List.of(file("a/Pet.java", "generated")),
        manifest(file("a/Pet.java", "generated")),
        true);
    assertThat(forced.written()).containsExactly("a/Pet.java");
    assertThat(out.resolve("a/Pet.java")).hasContent("generated");
  }

  @Test
  void anIdenticalFileNotYetOwnedIsAdoptedWithoutWriting() throws IOException {
    Files.createDirectories(out.resolve("a"));
    Files.writeString(out.resolve("a/Pet.java"), "same");
    Files.setLastModifiedTime(out.resolve("a/Pet.java"), LONG_AGO);

    OutputWriter.Report report = write(file("a/Pet.java", "same"));

    assertThat(report.unchanged()).containsExactly("a/Pet.java");
    assertThat(Files.getLastModifiedTime(out.resolve("a/Pet.java"))).isEqualTo(LONG_AGO);
    assertThat(Manifest.read(out).orElseThrow().files()).containsExactly("a/Pet.java");
  }

  @Test
  void checkReportsChangedMissingAndStaleAndWritesNothing() throws IOException {
    write(
        file("a/Changed.java", "old"), file("a/Same.java", "same"), file("a/Stale.java", "stale"));
    Files.writeString(out.resolve("a/Custom.java"), "hand-written");
    Map<String, String> before = snapshot();

    OutputWriter.Report report = OutputWriter.check(
        out,
        List.of(
            file("a/Changed.java", "new"),
            file("a/Missing.java", "m"),
            file("a/Same.java", "same")));

    assertThat(report.drifted())
        .containsExactly(
            new Drift("a/Changed.java", Drift.Kind.CHANGED),
            new Drift("a/Missing.java", Drift.Kind.MISSING),
            new Drift("a/Stale.java", Drift.Kind.STALE));
    // The CLI and the Maven plugin print each drift as this text; users and scripts read it.
    assertThat(report.drifted())
        .extracting(Drift::toString)
        .containsExactly(
            "a/Changed.java (changed)", "a/Missing.java (missing)", "a/Stale.java (stale)");
    assertThat(report.unchanged()).containsExactly("a/Same.java");
    assertThat(report.written()).isEmpty();
    assertThat(report.removed()).isEmpty();
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void checkPassesWhenTheFolderMatches() throws IOException {
    write(file("a/Same.java", "same"));

    OutputWriter.Report report = OutputWriter.check(out, List.of(file("a/Same.java", "same")));

    assertThat(report.drifted()).isEmpty();
  }

  @Test
  void checkOfAFolderThatDoesNotExistReportsEveryFileMissingAndCreatesNothing() throws IOException {
    Path absent = out.resolve("absent");

    OutputWriter.Report report = OutputWriter.check(absent, List.of(file("a/B.java", "b")));

    assertThat(report.drifted()).containsExactly(new Drift("a/B.java", Drift.Kind.MISSING));
    assertThat(absent).doesNotExist();
  }

  @Test
  void aTamperedManifestCannotDeleteAnythingOutsideTheFolder() throws IOException {
    Path victim = out.resolveSibling(out.getFileName() + "-victim.txt");
    Files.writeString(victim, "keep");
    try {
      Files.writeString(
          out.resolve(Manifest.FILE_NAME),
          "fingerprint x\nfile ../" + victim.getFileName() + "\nfile " + victim
              + "\nfile a/../../x\n");

      OutputWriter.Report report = write(file("a/B.java", "b"));

      assertThat(report.removed()).isEmpty();
      assertThat(victim).hasContent("keep");
    } finally {
      Files.deleteIfExists(victim);
    }
  }

  @Test
  void aGeneratedPathOutsideTheFolderIsRefused() {
    assertThatThrownBy(() -> write(file("../Evil.java", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("../Evil.java");
  }

  @Test
  void anIoFailureNamesTheFileAndTheReason() throws IOException {
    Files.writeString(out.resolve("a"), "a file where a folder must go");

    assertThatThrownBy(() -> write(file("a/B.java", "b")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(out.resolve("a").toString())
        .hasMessageStartingWith("cannot ");
  }

  private OutputWriter.Report write(GeneratedFile... files) throws IOException {
    return OutputWriter.write(out, List.of(files), manifest(files), false);
  }

  private Manifest manifest(GeneratedFile... files) {
    return Manifest.of("f", spec, List.of(), List.of(files));
  }

  private static GeneratedFile file(String path, String content) {
    String name = path.substring(path.lastIndexOf('/') + 1).replace(".java", "");
    return new GeneratedFile(path, name, content);
  }

  /** Every file's path, content and modification time. */
  private Map<String, String> snapshot() throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(out)) {
      for (Path path : walk.filter(Files::isRegularFile).toList()) {
        files.put(
            out.relativize(path).toString(),
            Files.readString(path, StandardCharsets.UTF_8) + "@" + Files.getLastModifiedTime(path));
      }
    }
    return files;
  }

  private List<String> listing() throws IOException {
    try (Stream<Path> walk = Files.walk(out)) {
      return walk.map(path -> out.relativize(path).toString()).toList();
    }
  }
}
