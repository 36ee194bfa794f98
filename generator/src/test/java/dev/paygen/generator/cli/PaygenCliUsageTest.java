package dev.paygen.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaygenCliUsageTest {
  @TempDir
  Path dir;

  @Test
  void helpExitsZeroAndDocumentsTheContract() {
    CliRun run = CliRun.of("generate", "--help");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains(
            "--spec=FILE",
            "--package=PKG",
            "--output=DIR",
            "--client-name=NAME",
            "--check",
            "--force",
            "--allow-remote-refs",
            "--operation-name=opId=name",
            "--type-name=Schema=Name",
            "--json=LIB",
            "--quiet",
            "--version",
            "Exit codes:");
    assertThat(CliRun.of("--help").exitCode()).isZero();
  }

  @Test
  void versionExitsZero() {
    CliRun run = CliRun.of("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("paygen ").doesNotContain("${");
  }

  @Test
  void unknownJsonLibraryIsAUsageError() throws IOException {
    CliRun run =
        generate(spec().toString(), "a.b", dir.resolve("out").toString(), "--json", "gson");

    assertUsageError(run, "--json must be one of jackson2, jackson3, but was 'gson'");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void anUnknownOptionExitsTwo() throws IOException {
    assertUsageError(
        generate(spec().toString(), "a.b", "out", "--colour"), "Unknown option: '--colour'");
  }

  @Test
  void aMissingRequiredOptionExitsTwo() throws IOException {
    assertUsageError(
        CliRun.of("generate", "--spec", spec().toString(), "--package", "a.b"), "--output");
  }

  @Test
  void aMissingSpecFileExitsTwo() {
    assertUsageError(
        generate(dir.resolve("nope.yaml").toString(), "a.b", dir.resolve("out").toString()),
        "spec file not found");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void anInvalidPackageNameExitsTwo() throws IOException {
    assertUsageError(
        generate(spec().toString(), "com.acme.class", dir.resolve("out").toString()),
        "error [PAYGEN-E050] 'com.acme.class' is not a valid Java package name. Fix: ");
  }

  @Test
  void aMalformedOverrideExitsTwo() throws IOException {
    assertUsageError(
        generate(
            spec().toString(), "a.b", dir.resolve("out").toString(), "--operation-name", "get_pet"),
        "KEY=VALUE");
    assertUsageError(
        generate(
            spec().toString(),
            "a.b",
            dir.resolve("out").toString(),
            "--operation-name",
            "get_pet=class"),
        "error [PAYGEN-E053] the operation name 'class' given for operationId 'get_pet' is not a legal Java method"
            + " name");
  }

  @Test
  void anIllegalTypeNameExitsTwoWithTheMessageEveryFrontEndGives() throws IOException {
    // The same text as GenerationRequestValidationTest, the Maven plugin's and the processor's
    // tests.
    assertUsageError(
        generate(
            spec().toString(), "a.b", dir.resolve("out").toString(), "--type-name", "Pet=1Pet"),
        "paygen: error [PAYGEN-E052] the type name '1Pet' given for schema 'Pet' is not a legal Java type name."
            + " Fix: use a letter or _ first, then letters, digits and _, and not a Java keyword, e.g. Payment");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void aSpecFolderOrAnOutputFileExitsTwo() throws IOException {
    assertUsageError(
        generate(dir.toString(), "a.b", dir.resolve("out").toString()),
        "error [PAYGEN-E054] the spec must be a file, but " + dir);
    Path file = Files.writeString(dir.resolve("out.txt"), "x");
    assertUsageError(
        generate(spec().toString(), "a.b", file.toString()),
        "error [PAYGEN-E055] the output must be a folder, but " + file + " is a file");
  }

  @Test
  void noCommandExitsTwo() {
    assertUsageError(CliRun.of(), "missing command");
  }

  /** {@code paygen generate --spec SPEC --package PKG --output OUT} followed by {@code extra}. */
  private static CliRun generate(String spec, String pkg, String out, String... extra) {
    List<String> args =
        new ArrayList<>(List.of("generate", "--spec", spec, "--package", pkg, "--output", out));
    args.addAll(List.of(extra));
    return CliRun.of(args.toArray(String[]::new));
  }

  private void assertUsageError(CliRun run, String message) {
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.err().lines()).as(run.toString()).hasSize(2);
    assertThat(run.err())
        .startsWith("paygen: ")
        .contains(message)
        .contains("--help' for more information");
    assertThat(run.err()).doesNotContain("Exception", "\tat ");
    assertThat(run.out()).isEmpty();
  }

  private Path spec() throws IOException {
    return Files.writeString(dir.resolve("api.yaml"), "openapi: 3.0.3\n");
  }
}
