package dev.paygen.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad specs through the command line: exit 1 with a located, coded message and no stack trace,
 * and an existing output folder left byte for byte as it was.
 */
class PaygenCliBadInputTest {
  private static final String HEADER = """
      openapi: 3.0.3
      info: {title: Shop, version: "1"}
      paths: {}
      components:
        schemas:
      """;

  @TempDir
  Path dir;

  private Path out;

  private Map<String, String> before;

  @BeforeEach
  void existingOutputFolder() throws IOException {
    out = dir.resolve("out");
    write(
        out.resolve("com/acme/shop/model/Payment.java"),
        "// written by hand, must survive\nclass Payment {}\n");
    write(out.resolve("notes.txt"), "keep me\n");
    before = snapshot(out);
  }

  @Test
  void malformedYamlIsReportedWithItsLine() throws IOException {
    CliRun run =
        generate("spec.yaml", "openapi: 3.0.3\ninfo: {title: Shop, version: \"1\"\npaths: {}\n");

    assertFailed(run, "spec.yaml#: error [PAYGEN-E002] malformed YAML or JSON at line ");
  }

  @Test
  void anEmptyFileIsReported() throws IOException {
    CliRun run = generate("spec.yaml", "");

    assertFailed(run, "spec.yaml#: error [PAYGEN-E003] the spec file is empty");
  }

  @Test
  void aDocumentThatIsNotOpenApiIsReported() throws IOException {
    CliRun run = generate("spec.yaml", "name: my-app\nversion: 1.0.0\ndependencies: [a, b]\n");

    assertFailed(run, "spec.yaml#: error [PAYGEN-E004] not an OpenAPI document");
  }

  @Test
  void aDanglingRefIsReportedWhereItIs() throws IOException {
    CliRun run = generate("spec.yaml", HEADER + """
            Payment:
              type: object
              properties:
                status: {$ref: '#/components/schemas/Missing'}
        """);

    assertFailed(
        run,
        "spec.yaml#/components/schemas/Payment/properties/status/$ref: error [PAYGEN-E010]"
            + " dangling $ref '#/components/schemas/Missing'");
  }

  @Test
  void aRefCycleIsReported() throws IOException {
    CliRun run = generate("spec.yaml", HEADER + """
            A: {$ref: '#/components/schemas/B'}
            B: {$ref: '#/components/schemas/A'}
        """);

    assertFailed(run, "spec.yaml#/components/schemas/A/$ref: error [PAYGEN-E014] $ref cycle");
  }

  @Test
  void aRemoteRefIsRefusedWithoutTouchingTheNetwork() throws IOException {
    CliRun run = generate("spec.yaml", HEADER + """
            Payment:
              type: object
              properties:
                x: {$ref: 'https://example.com/x.yaml#/X'}
        """);

    assertFailed(
        run,
        "spec.yaml#/components/schemas/Payment/properties/x/$ref: error [PAYGEN-E011]"
            + " remote $ref 'https://example.com/x.yaml#/X' refused");
  }

  @Test
  void aRefEscapingTheSpecFolderIsRefused() throws IOException {
    write(dir.resolve("outside.yaml"), "X: {type: string}\n");
    CliRun run = generate("api/spec.yaml", HEADER + """
            Payment:
              type: object
              properties:
                x: {$ref: '../outside.yaml#/X'}
        """);

    assertFailed(
        run,
        "spec.yaml#/components/schemas/Payment/properties/x/$ref: error [PAYGEN-E012]"
            + " $ref '../outside.yaml#/X' reaches " + dir.resolve("outside.yaml")
            + ", outside the ref root " + dir.resolve("api")
            + " (default: the spec's folder (no .git above it))");
  }

  @Test
  void enumValuesOfTheWrongTypeAreReported() throws IOException {
    CliRun run = generate("spec.yaml", HEADER + """
            Level:
              type: integer
              enum: ["a"]
        """);

    assertFailed(
        run,
        "spec.yaml#/components/schemas/Level/enum/0: error [PAYGEN-E030] enum value \"a\" is not an integer");
  }

  @Test
  void aBadExtensionIsReportedWhereItIsNotAsACrash() throws IOException {
    CliRun run = generate("spec.yaml", """
        openapi: 3.0.3
        info: {title: Shop, version: "1"}
        paths:
          /payments:
            get:
              x-paygen-pagination: {items: 5}
              responses:
                "200": {description: ok}
        """);

    assertFailed(
        run,
        "spec.yaml#/paths/~1payments/get/x-paygen-pagination/items: error [PAYGEN-E081]"
            + " x-paygen-pagination 'items' must be a property name (a non-empty string), but is 5. Fix: ");
  }

  @Test
  void namesCollidingAfterNormalizationAreRenamedWithWarningsAndGenerated() throws IOException {
    out = dir.resolve("fresh");
    CliRun run = generate("spec.yaml", HEADER + """
            payment_status: {type: string, enum: [paid]}
            PaymentStatus: {type: string, enum: [open]}
            Payment:
              type: object
              properties:
                paidAt: {type: string}
                paid_at: {type: string}
        """);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out() + run.err())
        .contains("spec.yaml#/components/schemas/PaymentStatus: warning [PAYGEN-W040]")
        .contains("PaymentStatus2")
        .contains("spec.yaml#/components/schemas/Payment/properties/paid_at: warning [PAYGEN-W041]")
        .contains("paidAt2");
    assertNoStackTrace(run);
    assertThat(out.resolve("com/acme/shop/model/PaymentStatus2.java")).exists();
  }

  private CliRun generate(String name, String spec) throws IOException {
    Path file = dir.resolve(name);
    write(file, spec);
    return CliRun.of(
        "generate",
        "--spec",
        file.toString(),
        "--package",
        "com.acme.shop",
        "--output",
        out.toString());
  }

  private void assertFailed(CliRun run, String located) throws IOException {
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err().lines())
        .as(run.toString())
        .anySatisfy(line -> assertThat(line).contains(located));
    assertThat(run.out()).contains("nothing written");
    assertNoStackTrace(run);
    assertThat(snapshot(out)).as("the output folder after a failed run").isEqualTo(before);
  }

  private static void assertNoStackTrace(CliRun run) {
    assertThat((run.out() + run.err()).lines())
        .as(run.toString())
        .noneMatch(line -> line.startsWith("\tat ")
            || line.contains("Exception")
            || line.contains("internal error"));
  }

  private static void write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  private static Map<String, String> snapshot(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(path).toString(), Files.readString(path));
      }
    }
    return files;
  }
}
