package dev.paygen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The names file: Java names pinned per operationId and schema, for every front-end. */
class NamesFileTest {
  @TempDir
  Path dir;

  private Path spec;

  @BeforeEach
  void spec() throws IOException {
    spec = Files.writeString(dir.resolve("pets.yaml"), """
        openapi: 3.0.3
        info: {title: Pets, version: "1"}
        paths:
          /pets:
            get:
              tags: [pets]
              operationId: list_pets_handler
              responses:
                "200":
                  description: the pets
                  content: {application/json: {schema: {$ref: '#/components/schemas/pet_response'}}}
        components:
          schemas:
            pet_response: {type: object, properties: {name: {type: string}}}
        """);
  }

  private GenerationResult generate(String names, Map<String, String> operationNames)
      throws IOException {
    Path file = Files.writeString(dir.resolve("names.yaml"), names);
    return Generator.generate(GenerationRequest.builder(spec, "com.acme.pets")
        .namesFile(file)
        .operationNames(operationNames)
        .build());
  }

  private static String source(GenerationResult result, String relativePath) {
    return result.files().stream()
        .filter(f -> f.relativePath().equals(relativePath))
        .map(f -> new String(f.bytes(), java.nio.charset.StandardCharsets.UTF_8))
        .findFirst()
        .orElseThrow(() -> new AssertionError(relativePath + " not generated: " + result.files()));
  }

  private static List<String> codes(GenerationResult result) {
    return result.diagnostics().stream().map(Diagnostic::code).toList();
  }

  @Test
  void namesFilePinsOperationAndSchemaNames() throws IOException {
    GenerationResult result = generate("""
        operations:
          list_pets_handler: all
        schemas:
          pet_response: Pet
        """, Map.of());

    assertThat(result.diagnostics()).noneMatch(Diagnostic::isError);
    assertThat(source(result, "com/acme/pets/service/PetsService.java")).contains("Pet all(");
    assertThat(source(result, "com/acme/pets/model/Pet.java")).contains("record Pet(");
  }

  @Test
  void perEntryOptionWinsOverTheNamesFile() throws IOException {
    GenerationResult result = generate(
        "operations: {list_pets_handler: all}\n", Map.of("list_pets_handler", "everything"));

    assertThat(source(result, "com/acme/pets/service/PetsService.java"))
        .contains(" everything(")
        .doesNotContain(" all(");
  }

  @Test
  void badNamesFileIsAnErrorWithFilePointerAndFix() throws IOException {
    GenerationResult result = generate("""
        operations:
          list_pets_handler: class
        typos: {a: b}
        """, Map.of());

    assertThat(result.outcome()).isEqualTo(GenerationResult.Outcome.FAILED);
    assertThat(result.diagnostics())
        .extracting(Diagnostic::toString)
        .anySatisfy(d -> assertThat(d)
            .contains("names.yaml#/operations/list_pets_handler")
            .contains("PAYGEN-E053")
            .contains("'class' is not a legal Java method name")
            .contains("Fix:"))
        .anySatisfy(d -> assertThat(d).contains("names.yaml#/typos").contains("PAYGEN-E056"));
  }

  @Test
  void namesFileThatIsNotYamlIsAnError() throws IOException {
    GenerationResult result = generate("operations: [unclosed\n", Map.of());

    assertThat(codes(result)).containsExactly("PAYGEN-E056");
    assertThat(result.diagnostics().get(0).toString()).contains("names.yaml").contains("line ");
  }

  @Test
  void unknownOperationIdInTheNamesFileIsAWarning() throws IOException {
    GenerationResult result = generate("operations: {listPets: all}\n", Map.of());

    assertThat(result.diagnostics()).noneMatch(Diagnostic::isError);
    assertThat(codes(result)).contains("PAYGEN-W053");
  }

  @Test
  void changedNamesFileRegenerates() throws IOException {
    Path out = dir.resolve("out");
    Path file =
        Files.writeString(dir.resolve("names.yaml"), "operations: {list_pets_handler: all}\n");
    GenerationRequest request = GenerationRequest.builder(spec, "com.acme.pets")
        .outputDirectory(out)
        .namesFile(file)
        .build();
    assertThat(Generator.generate(request).outcome()).isEqualTo(GenerationResult.Outcome.GENERATED);
    assertThat(Generator.generate(request).outcome())
        .isEqualTo(GenerationResult.Outcome.UP_TO_DATE);

    Files.writeString(file, "operations: {list_pets_handler: everything}\n");

    assertThat(Generator.generate(request).outcome()).isEqualTo(GenerationResult.Outcome.GENERATED);
    assertThat(out.resolve("com/acme/pets/service/PetsService.java"))
        .content()
        .contains(" everything(");
  }
}
