package dev.paygen.generator.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paygen.generator.Diagnostic;
import dev.paygen.generator.GeneratedFile;
import dev.paygen.generator.GenerationRequest;
import dev.paygen.generator.GenerationResult;
import dev.paygen.generator.Generator;
import io.swagger.v3.oas.models.media.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Specs are YAML 1.2 (core schema): {@code NO}, {@code ON}, {@code yes}, {@code off}, {@code Y},
 * {@code N}, {@code 09:30} and {@code 1_000} are strings, for paygen's own checks and for what
 * Swagger Parser models, in the root file and in every file a {@code $ref} reaches.
 */
class Yaml12Test {
  @TempDir
  Path dir;

  private static final String COUNTRY_SPEC = """
      openapi: 3.0.3
      info: {title: Shop, version: "1"}
      paths: {}
      components:
        schemas:
          Country:
            type: string
            enum: [NO, ON, yes, off, Y, N, DE]
      """;

  @Test
  void unquotedCountryCodesNoOnYesOffYNGenerateTheirOwnConstants() throws IOException {
    String country = enumSource(write("spec.yaml", COUNTRY_SPEC), "Country");

    assertThat(country)
        .contains(
            "NO = new Country(\"NO\"",
            "ON = new Country(\"ON\"",
            "YES = new Country(\"yes\"",
            "OFF = new Country(\"off\"",
            "Y = new Country(\"Y\"")
        .contains("N = new Country(\"N\"", "DE = new Country(\"DE\"")
        .doesNotContain("FALSE", "TRUE");
  }

  @Test
  void timesUnderscoredNumbersOctalsAndInfinityReadByYaml12() throws IOException {
    Path file = write("values.yaml", """
        time: 09:30
        sexagesimal: 9:30
        underscored: 1_000
        octal: 0o17
        hex: 0x1F
        leadingZero: 012
        infinity: .inf
        notANumber: .NaN
        tilde: ~
        capitalTrue: True
        200: ok
        """);

    JsonNode tree = SpecFiles.read(file);

    assertThat(tree.get("time").textValue()).isEqualTo("09:30");
    assertThat(tree.get("sexagesimal").textValue()).isEqualTo("9:30");
    assertThat(tree.get("underscored").textValue()).isEqualTo("1_000");
    assertThat(tree.get("octal").isIntegralNumber()).isTrue();
    assertThat(tree.get("octal").intValue()).isEqualTo(15);
    assertThat(tree.get("hex").intValue()).isEqualTo(31);
    assertThat(tree.get("leadingZero").intValue()).isEqualTo(12);
    assertThat(tree.get("infinity").doubleValue()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(tree.get("notANumber").doubleValue()).isNaN();
    assertThat(tree.get("tilde").isNull()).isTrue();
    assertThat(tree.get("capitalTrue").booleanValue()).isTrue();
    assertThat(tree.get("200").textValue()).isEqualTo("ok");
  }

  @Test
  void timesAndUnderscoredNumbersInAStringEnumGenerateTheirOwnConstants() throws IOException {
    Path spec = write("spec.yaml", """
        openapi: 3.0.3
        info: {title: Shop, version: "1"}
        paths: {}
        components:
          schemas:
            Slot:
              type: string
              enum: [09:30, 9:30, 1_000]
        """);

    assertThat(enumSource(spec, "Slot")).contains("\"09:30\"", "\"9:30\"", "\"1_000\"");
  }

  @Test
  void aReferencedFileThatSaysNoKeepsNo() throws IOException {
    write("countries.yaml", """
        Country:
          type: string
          enum: [NO, ON, yes, SE]
        """);
    Path spec = write("spec.yaml", """
        openapi: 3.0.3
        info: {title: Shop, version: "1"}
        paths: {}
        components:
          schemas:
            Country: {$ref: 'countries.yaml#/Country'}
            Address:
              type: object
              properties:
                country: {$ref: 'countries.yaml#/Country'}
        """);

    assertThat(enumSource(spec, "Country"))
        .contains(
            "NO = new Country(\"NO\"",
            "ON = new Country(\"ON\"",
            "YES = new Country(\"yes\"",
            "SE = new Country(\"SE\"")
        .doesNotContain("FALSE", "TRUE");
  }

  @Test
  void aSwagger2DocumentThatSaysNoKeepsNo() throws IOException {
    Path spec = write("spec.yaml", """
        swagger: "2.0"
        info: {title: Shop, version: "1"}
        paths: {}
        definitions:
          Country:
            type: string
            enum: [NO, off, DE]
        """);

    assertThat(enumSource(spec, "Country"))
        .contains("NO = new Country(\"NO\"", "OFF = new Country(\"off\"", "DE = new Country(\"DE\"")
        .doesNotContain("FALSE");
  }

  @Test
  void aPropertyDefaultYesStaysTheString() throws IOException {
    Path spec = write("spec.yaml", """
        openapi: 3.0.3
        info: {title: Shop, version: "1"}
        paths: {}
        components:
          schemas:
            Consent:
              type: object
              properties:
                answer: {type: string, default: yes}
        """);

    LoadedSpec loaded = SpecLoader.load(spec, false);

    assertThat(loaded.hasErrors()).as("%s", loaded.diagnostics()).isFalse();
    Schema<?> consent = loaded.openApi().getComponents().getSchemas().get("Consent");
    assertThat(consent.getProperties().get("answer").getDefault()).isEqualTo("yes");
  }

  @Test
  void xPaygenExtensionChecksSeeOnAndYesAsStrings() throws IOException {
    Path spec = write("spec.yaml", """
        openapi: 3.0.3
        info: {title: Shop, version: "1", x-paygen-client-name: Yes}
        servers:
          - {url: 'https://on.example.com', x-paygen-environment: ON}
        paths: {}
        """);

    GenerationResult result =
        Generator.generate(GenerationRequest.builder(spec, "com.acme").build());

    assertThat(result.errors()).isEmpty();
    assertThat(result.files())
        .extracting(GeneratedFile::qualifiedName)
        .contains("com.acme.YesClient");
    assertThat(result.files())
        .filteredOn(f -> f.qualifiedName().equals("com.acme.YesClient"))
        .extracting(GeneratedFile::content)
        .singleElement()
        .asString()
        .contains("ON(\"https://on.example.com\")");
  }

  @Test
  void aBooleanEnumValueNoIsStillReportedInTheFileAndAtItsPointer() throws IOException {
    write("flags.yaml", """
        Flag:
          type: boolean
          enum: [true, NO]
        """);
    Path spec = write("spec.yaml", """
        openapi: 3.0.3
        info: {title: Shop, version: "1"}
        paths: {}
        components:
          schemas:
            Flag: {$ref: 'flags.yaml#/Flag'}
        """);

    LoadedSpec loaded = SpecLoader.load(spec, false);

    assertThat(loaded.diagnostics())
        .extracting(Diagnostic::toString)
        .containsExactly("flags.yaml#/Flag/enum/1: error [PAYGEN-E030] enum value \"NO\" is not a"
            + " boolean. Fix: make the value a boolean, or change the schema's type");
  }

  @Test
  void malformedYamlIsReportedWithItsLine() throws IOException {
    Path spec = write("spec.yaml", "openapi: 3.0.3\ninfo: {title: Shop\npaths: {}\n");

    LoadedSpec loaded = SpecLoader.load(spec, false);

    assertThat(loaded.diagnostics())
        .extracting(Diagnostic::toString)
        .singleElement()
        .asString()
        .startsWith("spec.yaml#: error [PAYGEN-E002] malformed YAML or JSON at line 3, column ");
  }

  @Test
  void aMalformedReferencedFileIsReportedWithItsLine() throws IOException {
    write("broken.yaml", "Country:\n  type: string\n  enum: [NO, SE\n");
    Path spec = write("spec.yaml", """
        openapi: 3.0.3
        info: {title: Shop, version: "1"}
        paths: {}
        components:
          schemas:
            Country: {$ref: 'broken.yaml#/Country'}
        """);

    LoadedSpec loaded = SpecLoader.load(spec, false);

    assertThat(loaded.diagnostics())
        .extracting(Diagnostic::toString)
        .singleElement()
        .asString()
        .startsWith("broken.yaml#: error [PAYGEN-E002] cannot read file reached by $ref"
            + " 'broken.yaml#/Country': line 4, column 1: ");
  }

  @Test
  void aDuplicateKeyIsMalformed() throws IOException {
    Path file = write("dup.yaml", "a: 1\nb: 2\na: 3\n");

    assertThatThrownBy(() -> SpecFiles.read(file))
        .isInstanceOf(IOException.class)
        .hasMessage("line 3, column 1: duplicate key 'a'");
  }

  @Test
  void anchorsAndMergeKeysAreApplied() throws IOException {
    Path file = write("anchors.yaml", """
        base: &base {type: string, enum: [NO]}
        copy: *base
        merged: {<<: *base, description: yes}
        """);

    JsonNode tree = SpecFiles.read(file);

    assertThat(tree.get("copy")).isEqualTo(tree.get("base"));
    assertThat(tree.at("/merged/enum/0").textValue()).isEqualTo("NO");
    assertThat(tree.at("/merged/description").textValue()).isEqualTo("yes");
  }

  @Test
  void aBillionLaughsDocumentIsRefused() throws IOException {
    StringBuilder yaml =
        new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int i = 1; i < 10; i++) {
      yaml.append("a").append(i).append(": &a").append(i).append(" [");
      yaml.append(String.join(", ", Collections.nCopies(9, "*a" + (i - 1))));
      yaml.append("]\n");
    }
    Path file = write("laughs.yaml", yaml.toString());

    assertThatThrownBy(() -> SpecFiles.read(file))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("aliases");
  }

  @Test
  void anAliasInsideItsOwnAnchorIsMalformed() throws IOException {
    Path file = write("loop.yaml", "a: &a [x, *a]\n");

    assertThatThrownBy(() -> SpecFiles.read(file))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("contains it");
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  private static String enumSource(Path spec, String simpleName) {
    GenerationResult result =
        Generator.generate(GenerationRequest.builder(spec, "com.acme").build());
    assertThat(result.errors()).as("%s", result.diagnostics()).isEmpty();
    return result.files().stream()
        .filter(f -> f.qualifiedName().endsWith("." + simpleName))
        .map(GeneratedFile::content)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no generated " + simpleName));
  }
}
