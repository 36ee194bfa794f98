package dev.paygen.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paygen.generator.GeneratedFile;
import dev.paygen.generator.GenerationRequest;
import dev.paygen.generator.GenerationResult;
import dev.paygen.generator.GenerationResult.Outcome;
import dev.paygen.generator.Generator;
import dev.paygen.generator.JsonLibrary;
import dev.paygen.generator.write.Fingerprint;
import dev.paygen.generator.write.Manifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast path: a manifest whose fingerprint matches makes a run up to date without reading the
 * spec. The spec here is not valid OpenAPI, so any run that parses it cannot come back up to date.
 */
class GeneratorUpToDateTest {
  @TempDir
  Path dir;

  private Path spec;
  private Path referenced;
  private Path out;
  private GenerationRequest request;

  @BeforeEach
  void folderWrittenByAnEarlierRun() throws IOException {
    spec = Files.writeString(dir.resolve("api.yaml"), "not: [an openapi document\n");
    referenced = Files.writeString(dir.resolve("pet.yaml"), "Pet: {}\n");
    out = dir.resolve("out");
    request = GenerationRequest.builder(spec, "com.acme").outputDirectory(out).build();
    Files.createDirectories(out.resolve("com/acme"));
    Files.writeString(out.resolve("com/acme/AcmeClient.java"), "class AcmeClient {}");
    writeManifest(Generator.identity());
  }

  private void writeManifest(String generatorIdentity) throws IOException {
    String fingerprint = Fingerprint.compute(
        spec, List.of(referenced), request.optionsFingerprintText(), generatorIdentity);
    Manifest manifest = Manifest.of(
        fingerprint,
        spec,
        List.of(referenced),
        List.of(new GeneratedFile(
            "com/acme/AcmeClient.java", "com.acme.AcmeClient", "class AcmeClient {}")));
    Files.writeString(out.resolve(Manifest.FILE_NAME), manifest.render());
  }

  @Test
  void outputOfAnotherBuildOfTheSameSnapshotIsNotUpToDate() throws IOException {
    assertThat(Generator.version()).endsWith("-SNAPSHOT");
    assertThat(Generator.identity())
        .startsWith(Generator.version() + "+")
        .hasSizeGreaterThan(Generator.version().length() + 8);
    writeManifest(Generator.version() + "+0000000000000000");

    assertThat(Generator.generate(request).outcome()).isNotEqualTo(Outcome.UP_TO_DATE);
  }

  @Test
  void unchangedInputsAreUpToDateWithoutParsing() {
    GenerationResult result = Generator.generate(request);

    assertThat(result.outcome()).as(result.diagnostics().toString()).isEqualTo(Outcome.UP_TO_DATE);
    assertThat(result.summary()).startsWith("paygen: up to date");
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void aChangedReferencedFileIsNotUpToDate() throws IOException {
    Files.writeString(referenced, "Pet: {type: object}\n");

    assertThat(Generator.generate(request).outcome()).isNotEqualTo(Outcome.UP_TO_DATE);
  }

  @Test
  void aHandEditedGeneratedFileIsNotUpToDate() throws IOException {
    Files.writeString(out.resolve("com/acme/AcmeClient.java"), "class AcmeClient { int edited; }");

    assertThat(Generator.generate(request).outcome()).isNotEqualTo(Outcome.UP_TO_DATE);
  }

  @Test
  void jsonOptionIsPartOfTheFingerprint() {
    GenerationRequest jackson3 = request.toBuilder().json(JsonLibrary.JACKSON3).build();

    assertThat(jackson3.optionsFingerprintText()).isNotEqualTo(request.optionsFingerprintText());
    assertThat(Generator.generate(jackson3).outcome()).isNotEqualTo(Outcome.UP_TO_DATE);
    // Jackson 2 is the default: naming it changes nothing, so no earlier output is regenerated.
    GenerationRequest jackson2 = request.toBuilder().json(JsonLibrary.JACKSON2).build();
    assertThat(Generator.generate(jackson2).outcome()).isEqualTo(Outcome.UP_TO_DATE);
  }

  @Test
  void changedOptionsAreNotUpToDate() {
    GenerationRequest renamed = GenerationRequest.builder(spec, "com.acme")
        .outputDirectory(out)
        .clientName("Pets")
        .build();

    assertThat(Generator.generate(renamed).outcome()).isNotEqualTo(Outcome.UP_TO_DATE);
  }

  @Test
  void forceCheckAndADeletedOutputFileAreNeverUpToDate() throws IOException {
    GenerationRequest forced = GenerationRequest.builder(spec, "com.acme")
        .outputDirectory(out)
        .force(true)
        .build();
    GenerationRequest check = GenerationRequest.builder(spec, "com.acme")
        .outputDirectory(out)
        .mode(GenerationRequest.Mode.CHECK)
        .build();
    assertThat(Generator.generate(forced).outcome()).isNotEqualTo(Outcome.UP_TO_DATE);
    assertThat(Generator.generate(check).outcome()).isNotEqualTo(Outcome.UP_TO_DATE);

    Files.delete(out.resolve("com/acme/AcmeClient.java"));

    assertThat(Generator.generate(request).outcome()).isNotEqualTo(Outcome.UP_TO_DATE);
  }

  @Test
  void aSpecThatCannotBeReadFailsWithADiagnosticNotAnException() throws IOException {
    GenerationResult result =
        Generator.generate(GenerationRequest.builder(spec, "com.acme").build());

    assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(result.errors())
        .isNotEmpty()
        .allSatisfy(error -> assertThat(error.file()).contains("api.yaml"));
    assertThat(result.files()).isEmpty();
  }
}
