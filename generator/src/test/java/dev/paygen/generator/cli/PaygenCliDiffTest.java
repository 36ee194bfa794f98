package dev.paygen.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paygen.generator.diff.ApiSurface;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code paygen diff}: its report and its exit codes; and the API line of {@code generate}. */
class PaygenCliDiffTest {
  static final String V1 = """
      openapi: 3.0.3
      info: {title: Shop, version: "1"}
      paths:
        /orders/{id}:
          get:
            tags: [orders]
            operationId: retrieve
            parameters:
              - {name: id, in: path, required: true, schema: {type: string}}
            responses:
              "200": {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Order'}}}}
      components:
        schemas:
          Order:
            type: object
            required: [id]
            properties:
              id: {type: string}
              note: {type: string}
      """;
  static final String V2 =
      V1.replace("        note: {type: string}\n", "        total: {type: integer}\n");

  @TempDir
  Path dir;

  Path v1;
  Path v2;

  @BeforeEach
  void writeSpecs() throws IOException {
    v1 = Files.writeString(dir.resolve("v1.yaml"), V1);
    v2 = Files.writeString(dir.resolve("v2.yaml"), V2);
  }

  private static CliRun generate(Path spec, Path out, String... more) {
    String[] args = {
      "generate",
      "--spec",
      spec.toString(),
      "--package",
      "com.acme.shop",
      "--output",
      out.toString()
    };
    return run(args, more);
  }

  private static CliRun diff(Path old, Path now, String... more) {
    String[] args = {
      "diff", "--old", old.toString(), "--new", now.toString(), "--package", "com.acme.shop"
    };
    return run(args, more);
  }

  private static CliRun run(String[] args, String... more) {
    String[] all = Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return CliRun.of(all);
  }

  @Test
  void printsTheVerdictThenBreakingChangesFirstAndExitsZero() {
    CliRun run = diff(v1, v2);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).isEqualTo("""
            API: major (1 breaking; 1 added, 1 removed, 0 changed)
            BREAKING removed component Order.note (String, optional)
            compatible added component Order.total (Long, optional)
            """);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void failOnBreakingExitsOneOnlyWhenSomethingBreaks() {
    assertThat(diff(v1, v2, "--fail-on-breaking").exitCode()).isEqualTo(PaygenCli.PROBLEMS);
    CliRun compatible = diff(v2, v2, "--fail-on-breaking");
    assertThat(compatible.exitCode()).as(compatible.toString()).isZero();
    assertThat(compatible.out())
        .isEqualTo("API: patch (0 breaking; 0 added, 0 removed, 0 changed)\n");
  }

  @Test
  void jsonFormatForTools() {
    CliRun run = diff(v1, v2, "--format", "json");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .startsWith("{\n  \"verdict\" : \"major\",\n  \"breaking\" : 1,")
        .contains("\"element\" : \"component model.Order.note\"")
        .contains("\"compatibility\" : \"breaking\"");
  }

  @Test
  void aBadSpecExitsOneWithItsErrorsAndBadUsageExitsTwo() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.yaml"), "openapi: 3.0.3\npaths: [\n");
    CliRun run = diff(v1, bad);
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(PaygenCli.PROBLEMS);
    assertThat(run.err()).contains("error [PAYGEN-E");
    assertThat(run.out()).isEmpty();

    assertThat(CliRun.of("diff", "--old", v1.toString()).exitCode()).isEqualTo(PaygenCli.USAGE);
    assertThat(diff(v1, v2, "--format", "xml").exitCode()).isEqualTo(PaygenCli.USAGE);
  }

  @Test
  void generateRecordsTheSurfaceSoAFolderCanBeTheOldSideAndReportsTheApiChange() {
    Path out = dir.resolve("out");
    CliRun first = generate(v1, out);
    assertThat(first.exitCode()).as(first.toString()).isZero();
    assertThat(first.out().lines()).hasSize(1);
    assertThat(out.resolve(ApiSurface.FILE_NAME)).exists();

    CliRun fromFolder = diff(out, v2, "--fail-on-breaking");
    assertThat(fromFolder.exitCode()).isEqualTo(PaygenCli.PROBLEMS);
    assertThat(fromFolder.out())
        .startsWith("API: major (1 breaking; 1 added, 1 removed, 0 changed)\n");

    CliRun check = generate(v2, out, "--check");
    assertThat(check.exitCode()).isEqualTo(PaygenCli.PROBLEMS);
    assertThat(check.err())
        .contains(
            "paygen: 1 breaking change(s): removed component Order.note (String, optional)\n");

    CliRun second = generate(v2, out);
    assertThat(second.exitCode()).as(second.toString()).isZero();
    assertThat(second.out().lines())
        .hasSize(2)
        .last()
        .isEqualTo("paygen: API: major (1 breaking; 1 added, 1 removed, 0 changed)");
  }

  @Test
  void namingOptionsAreGeneratesSoAClientGeneratedWithThemShowsNoChange() {
    Path out = dir.resolve("out");
    CliRun generated =
        generate(v1, out, "--type-name", "Order=Purchase", "--operation-name", "retrieve=fetch");

    CliRun sameNames =
        diff(out, v1, "--type-name", "Order=Purchase", "--operation-name", "retrieve=fetch");
    CliRun withoutNames = diff(out, v1);

    assertThat(generated.exitCode()).as(generated.toString()).isZero();
    assertThat(sameNames.exitCode()).as(sameNames.toString()).isZero();
    assertThat(sameNames.out())
        .isEqualTo("API: patch (0 breaking; 0 added, 0 removed, 0 changed)\n");
    // What the options are for: without them the same spec reads as a rename.
    assertThat(withoutNames.out())
        .startsWith("API: major (")
        .contains("BREAKING removed type Purchase");
  }

  @Test
  void aFolderWithoutARecordedSurfaceExitsOne() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    CliRun run = diff(empty, v2);
    assertThat(run.exitCode()).isEqualTo(PaygenCli.PROBLEMS);
    assertThat(run.err()).contains("has no " + ApiSurface.FILE_NAME);
  }
}
