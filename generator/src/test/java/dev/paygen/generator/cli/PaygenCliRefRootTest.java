package dev.paygen.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paygen.generator.support.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code $ref} boundary is a root folder, not the spec's own folder: the OAI's split petstore
 * ({@code spec/swagger.yaml} referring to {@code ../common/Error.yaml}) generates inside a git work
 * tree or with {@code --ref-root}, and a {@code $ref} leaving the root is still refused.
 */
class PaygenCliRefRootTest {
  private static final Path PETSTORE =
      Workspace.repositoryRoot().resolve("specs/multi-file/oai-petstore-separate");

  @TempDir
  Path dir;

  private Path copy;

  @BeforeEach
  void copyPetstore() throws IOException {
    copy = dir.resolve("petstore");
    try (Stream<Path> files = Files.walk(PETSTORE)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = copy.resolve(PETSTORE.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    }
  }

  @Test
  void petstoreSeparateGeneratesInsideItsGitWorkTree() throws IOException {
    // Error is named ErrorModel: java.lang.Error is taken.
    assertThat(Workspace.repositoryRoot().resolve(".git")).as("a git work tree").exists();

    CliRun run = generate(PETSTORE.resolve("spec/swagger.yaml"), dir.resolve("out"));

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(Files.readString(dir.resolve("out/com/acme/petstore/model/ErrorModel.java")))
        .contains("public record ErrorModel(");
  }

  @Test
  void aCopyWithoutGitIsRefusedWithE012NamingRefRoot() {
    CliRun run = generate(copy.resolve("spec/swagger.yaml"), dir.resolve("out"));

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err())
        .contains(
            "swagger.yaml#/paths/~1pets/get/responses/default/schema/$ref: error [PAYGEN-E012]"
                + " $ref '../common/Error.yaml' reaches " + copy.resolve("common/Error.yaml")
                + ", outside the ref root " + copy.resolve("spec")
                + " (default: the spec's folder (no .git above it))")
        .contains("Fix: move ../common/Error.yaml under " + copy.resolve("spec"))
        .contains("--ref-root DIR (CLI), <refRoot> / -Dpaygen.refRoot (Maven plugin),"
            + " -Apaygen.refRoot=DIR (processor)");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void aCopyGeneratesWithRefRootTempDir() throws IOException {
    CliRun run = generate(
        copy.resolve("spec/swagger.yaml"), dir.resolve("out"), "--ref-root", copy.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(Files.readString(dir.resolve("out/com/acme/petstore/model/ErrorModel.java")))
        .contains("public record ErrorModel(");
  }

  @Test
  void aRefEscapingAnExplicitRootIsStillE012() {
    Path root = copy.resolve("spec");

    CliRun run = generate(
        copy.resolve("spec/swagger.yaml"), dir.resolve("out"), "--ref-root", root.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err())
        .contains("[PAYGEN-E012] $ref '../common/Error.yaml' reaches")
        .contains("outside the ref root " + root + " (set by --ref-root)");
  }

  @Test
  void aSpecOutsideAnExplicitRootIsE057() {
    Path root = copy.resolve("common");

    CliRun run = generate(
        copy.resolve("spec/swagger.yaml"), dir.resolve("out"), "--ref-root", root.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.err())
        .contains("[PAYGEN-E057] the spec " + copy.resolve("spec/swagger.yaml")
            + " is not under the ref root " + root + " (set by --ref-root)");
  }

  @Test
  void aChangedFileAboveTheSpecFolderRegenerates() throws IOException {
    Path spec = copy.resolve("spec/swagger.yaml");
    Path out = dir.resolve("out");
    assertThat(generate(spec, out, "--ref-root", copy.toString()).exitCode()).isZero();
    assertThat(generate(spec, out, "--ref-root", copy.toString()).out())
        .startsWith("paygen: up to date");
    assertThat(Files.readString(out.resolve(".paygen-manifest")))
        .contains("input ../common/Error.yaml")
        .doesNotContain(dir.toString());

    Path error = copy.resolve("common/Error.yaml");
    Files.writeString(error, Files.readString(error) + "  detail:\n    type: string\n");
    CliRun third = generate(spec, out, "--ref-root", copy.toString());

    assertThat(third.exitCode()).as(third.toString()).isZero();
    assertThat(third.out()).doesNotContain("up to date");
    assertThat(Files.readString(out.resolve("com/acme/petstore/model/ErrorModel.java")))
        .contains("detail");
  }

  @Test
  void aFileAboveTheSpecFolderIsNamedFromTheSpecFolderInDiagnostics() throws IOException {
    Files.writeString(copy.resolve("common/Error.yaml"), "type: object\nrequired: [code\n");

    CliRun run = generate(
        copy.resolve("spec/swagger.yaml"), dir.resolve("out"), "--ref-root", copy.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    // Once, though four $refs reach the file.
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .startsWith("../common/Error.yaml#: error [PAYGEN-E002] cannot read file reached by $ref"
            + " '../common/Error.yaml': line 3, column 1");
  }

  @Test
  void diffReadsTheCopyWithRefRootAsGenerateDoes() {
    String spec = copy.resolve("spec/swagger.yaml").toString();
    String[] diff = {"diff", "--old", spec, "--new", spec, "--package", "com.acme.petstore"};

    CliRun refused = CliRun.of(diff);
    CliRun widened =
        CliRun.of(Stream.concat(Stream.of(diff), Stream.of("--ref-root", copy.toString()))
            .toArray(String[]::new));

    assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
    assertThat(refused.err()).contains("[PAYGEN-E012]").contains("--ref-root DIR (CLI)");
    assertThat(widened.exitCode()).as(widened.toString()).isZero();
    assertThat(widened.out()).isEqualTo("API: patch (0 breaking; 0 added, 0 removed, 0 changed)\n");
  }

  private static CliRun generate(Path spec, Path out, String... more) {
    String[] args = Stream.concat(
            Stream.of(
                "generate",
                "--spec",
                spec.toString(),
                "--package",
                "com.acme.petstore",
                "--output",
                out.toString()),
            Stream.of(more))
        .toArray(String[]::new);
    return CliRun.of(args);
  }
}
