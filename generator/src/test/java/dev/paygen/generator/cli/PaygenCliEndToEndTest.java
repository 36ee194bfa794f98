package dev.paygen.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paygen.generator.GenerationRequest;
import dev.paygen.generator.GenerationResult;
import dev.paygen.generator.Generator;
import dev.paygen.generator.write.Manifest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline through the command line, on the small specs in {@code src/test/resources/cli}. */
class PaygenCliEndToEndTest {
  @TempDir
  Path dir;

  private Path out;

  @BeforeEach
  void copySpecs() throws IOException {
    for (String name :
        List.of("petstore.yaml", "malformed.yaml", "with-ref/api.yaml", "with-ref/pet.yaml")) {
      Path target = dir.resolve(name);
      Files.createDirectories(target.getParent());
      try (InputStream in =
          Objects.requireNonNull(getClass().getResourceAsStream("/cli/" + name), name)) {
        Files.copy(in, target);
      }
    }
    out = dir.resolve("out");
  }

  @Test
  void aGoodSpecExitsZeroAndARerunIsUpToDate() throws IOException {
    CliRun first = generate("petstore.yaml");

    assertThat(first.exitCode()).as(first.toString()).isZero();
    assertThat(first.out()).startsWith("paygen: ").contains("written").contains("1 records");
    assertThat(first.out().lines()).hasSize(1);
    assertThat(out.resolve(Manifest.FILE_NAME)).exists();
    assertThat(javaFiles()).isNotEmpty().allMatch(path -> path.startsWith("com/acme/pets/"));

    Map<String, String> before = snapshot();
    CliRun second = generate("petstore.yaml");

    assertThat(second.exitCode()).as(second.toString()).isZero();
    assertThat(second.out()).startsWith("paygen: up to date");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aChangedReferencedFileRegeneratesOnlyWhatChanged() throws IOException {
    CliRun first = generate("with-ref/api.yaml");
    assertThat(first.exitCode()).as(first.toString()).isZero();
    assertThat(generate("with-ref/api.yaml").out()).startsWith("paygen: up to date");

    Files.writeString(
        dir.resolve("with-ref/pet.yaml"),
        Files.readString(dir.resolve("with-ref/pet.yaml")) + "    name:\n      type: string\n");
    CliRun third = generate("with-ref/api.yaml");

    assertThat(third.exitCode()).as(third.toString()).isZero();
    assertThat(third.out()).doesNotContain("up to date").doesNotContain("(0 written");
  }

  @Test
  void aBadSpecExitsOneWithALocatedMessageAndLeavesTheOutputFolderUntouched() throws IOException {
    Files.createDirectories(out.resolve("com/acme/pets/model"));
    Files.writeString(out.resolve("com/acme/pets/model/Pet.java"), "record Pet() {}\n");
    Files.writeString(out.resolve("com/acme/pets/Custom.java"), "class Custom {}\n");
    Files.writeString(
        out.resolve(Manifest.FILE_NAME), "fingerprint old\nfile com/acme/pets/model/Pet.java\n");
    for (Path file :
        List.of(out.resolve("com/acme/pets/model/Pet.java"), out.resolve(Manifest.FILE_NAME))) {
      Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
    }
    Map<String, String> before = snapshot();

    CliRun run = generate("malformed.yaml");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err())
        .as(run.toString())
        .containsPattern("(?m)^\\S*malformed\\.yaml#\\S*: error \\[PAYGEN-E\\d{3}\\] .+")
        .doesNotContain("PAYGEN-E900")
        .doesNotContain("\tat ");
    assertThat(run.out()).startsWith("paygen: failed");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void checkOnAModifiedOutputExitsOneAndNamesTheFix() throws IOException {
    CliRun first = generate("petstore.yaml");
    assertThat(first.exitCode()).as(first.toString()).isZero();
    assertThat(generate("petstore.yaml", "--check").exitCode()).isZero();

    Path edited = out.resolve(javaFiles().get(0));
    Files.writeString(edited, "// edited by hand\n", java.nio.file.StandardOpenOption.APPEND);
    Map<String, String> before = snapshot();
    CliRun check = generate("petstore.yaml", "--check");

    assertThat(check.exitCode()).as(check.toString()).isEqualTo(1);
    assertThat(check.err())
        .contains(javaFiles().get(0) + " (changed)")
        .contains("bin/paygen generate --spec ");
    assertThat(check.out()).startsWith("paygen: check failed, 1 file(s)");
    assertThat(snapshot()).isEqualTo(before);

    assertThat(generate("petstore.yaml").exitCode()).isZero();
    assertThat(generate("petstore.yaml", "--check").exitCode()).isZero();
  }

  @Test
  void aHandWrittenFileWhereASourceWouldGoIsKeptUnlessForced() throws IOException {
    assertThat(generate("petstore.yaml").exitCode()).isZero();
    String taken = javaFiles().get(0);
    deleteRecursively(out);
    Files.createDirectories(out.resolve(taken).getParent());
    Files.writeString(out.resolve(taken), "// mine\n");

    CliRun refused = generate("petstore.yaml");

    assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
    assertThat(refused.err()).contains("[PAYGEN-E902]").contains("--force");
    assertThat(out.resolve(taken)).hasContent("// mine");
    assertThat(out.resolve(Manifest.FILE_NAME)).doesNotExist();

    CliRun forced = generate("petstore.yaml", "--force");

    assertThat(forced.exitCode()).as(forced.toString()).isZero();
    assertThat(Files.readString(out.resolve(taken))).doesNotContain("// mine");
  }

  @Test
  void quietPrintsNothingOnSuccess() {
    CliRun run = generate("petstore.yaml", "--quiet");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void namesOptionReadsTheNamesFile() throws IOException {
    Path names = Files.writeString(
        dir.resolve("names.yaml"), "operations: {get_pet: fetch}\nschemas: {Pet: Animal}\n");

    CliRun run = generate("petstore.yaml", "--names", names.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(out.resolve("com/acme/pets/model/Animal.java")).exists();
    assertThat(out.resolve("com/acme/pets/service/PetsService.java"))
        .content()
        .contains("Animal fetch(");
  }

  @Test
  void withoutAnOutputFolderSourcesAreRenderedInMemory() {
    GenerationResult result = Generator.generate(
        GenerationRequest.builder(dir.resolve("petstore.yaml"), "com.acme.pets").build());

    assertThat(result.outcome())
        .as(result.diagnostics().toString())
        .isEqualTo(GenerationResult.Outcome.GENERATED);
    assertThat(result.files()).isNotEmpty();
    assertThat(result.written()).isEmpty();
    assertThat(result.typeCounts()).containsEntry("records", 1).containsEntry("services", 1);
    assertThat(out).doesNotExist();
  }

  private CliRun generate(String spec, String... more) {
    List<String> args = new ArrayList<>(List.of(
        "generate",
        "--spec",
        dir.resolve(spec).toString(),
        "--package",
        "com.acme.pets",
        "--output",
        out.toString()));
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  private List<String> javaFiles() throws IOException {
    try (Stream<Path> walk = Files.walk(out)) {
      return walk.filter(path -> path.toString().endsWith(".java"))
          .map(path -> out.relativize(path).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  private static void deleteRecursively(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /** Every file's path, bytes and modification time. */
  private Map<String, String> snapshot() throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(out)) {
      for (Path path : walk.toList()) {
        String content = Files.isRegularFile(path) ? Files.readString(path) : "<folder>";
        files.put(out.relativize(path).toString(), content + "@" + Files.getLastModifiedTime(path));
      }
    }
    return files;
  }
}
