package dev.paygen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every option is checked by the request itself, so the CLI, the Maven plugin and the processor
 * report the same coded error; a bad name never reaches JavaPoet to come back as PAYGEN-E900.
 */
class GenerationRequestValidationTest {
  private static final String SPEC = """
      openapi: 3.0.3
      info: {title: Pets, version: "1"}
      paths:
        /pets:
          get:
            operationId: listPets
            responses:
              "200":
                description: ok
                content:
                  application/json:
                    schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}
      components:
        schemas:
          Pet:
            type: object
            properties:
              name: {type: string}
      """;

  @TempDir
  Path dir;

  private Path spec;

  @BeforeEach
  void writeSpec() throws IOException {
    spec = Files.writeString(dir.resolve("pets.yaml"), SPEC);
  }

  @Test
  void anIllegalTypeNameOverrideIsACodedErrorNotACrash() {
    // Before: accepted by the request, rejected by JavaPoet, reported as PAYGEN-E900 "a bug in
    // paygen".
    assertSingleError(
        request().typeNames(Map.of("Pet", "1Pet")),
        "error [PAYGEN-E052] the type name '1Pet' given for schema 'Pet' is not a legal Java type name. Fix: use a"
            + " letter or _ first, then letters, digits and _, and not a Java keyword, e.g. Payment");
  }

  @Test
  void aTypeNameJavaReservesForItselfIsRefused() {
    assertSingleError(
        request().typeNames(Map.of("Pet", "var")),
        "error [PAYGEN-E052] the type name 'var' given for schema 'Pet' is not a legal Java type name");
  }

  @Test
  void anOverrideWithoutASchemaNameIsRefused() {
    assertSingleError(
        request().typeNames(Map.of("", "Pet")),
        "error [PAYGEN-E052] the type-name override =Pet names no schema");
  }

  @Test
  void aKeywordAsOperationNameIsRefused() {
    // Before: silently turned into the method class_() by the naming rules, unlike the CLI, which
    // refused it.
    assertSingleError(
        request().operationNames(Map.of("listPets", "class")),
        "error [PAYGEN-E053] the operation name 'class' given for operationId 'listPets' is not a legal Java method"
            + " name. Fix: ");
  }

  @Test
  void anIllegalClientNameIsRefused() {
    assertSingleError(
        request().clientName("Pet Store"),
        "error [PAYGEN-E051] the client name 'Pet Store' is not a legal Java identifier. Fix: ");
  }

  @Test
  void anIllegalOrEmptyPackageIsRefused() {
    assertSingleError(
        GenerationRequest.builder(spec, "com.acme.class"),
        "error [PAYGEN-E050] 'com.acme.class' is not a valid Java package name. Fix: ");
    assertSingleError(
        GenerationRequest.builder(spec, " "), "error [PAYGEN-E050] the package name is empty");
    assertSingleError(
        GenerationRequest.builder(spec, null), "error [PAYGEN-E050] the package name is empty");
  }

  @Test
  void specAndOutputPathsOfTheWrongKindAreRefused() throws IOException {
    assertSingleError(
        GenerationRequest.builder(dir.resolve("nope.yaml"), "com.acme.pets"),
        "error [PAYGEN-E001] spec file not found: " + dir.resolve("nope.yaml"));
    assertSingleError(
        GenerationRequest.builder(dir, "com.acme.pets"),
        "error [PAYGEN-E054] the spec must be a file, but " + dir + " is a folder");
    Path file = Files.writeString(dir.resolve("out.txt"), "x");
    assertSingleError(
        request().outputDirectory(file),
        "error [PAYGEN-E055] the output must be a folder, but " + file + " is a file");
  }

  @Test
  void everyBadOptionIsListedAtOnce() {
    GenerationResult result = Generator.generate(GenerationRequest.builder(spec, "1acme")
        .clientName("1Pets")
        .typeNames(Map.of("Pet", "int"))
        .operationNames(Map.of("listPets", "a-b"))
        .build());

    assertThat(result.errors())
        .extracting(Diagnostic::code)
        .containsExactly("PAYGEN-E050", "PAYGEN-E051", "PAYGEN-E052", "PAYGEN-E053");
  }

  @Test
  void anOverrideNamingNothingInTheSpecIsAWarningAndGenerationGoesOn() {
    GenerationResult result = Generator.generate(request()
        .typeNames(Map.of("Pett", "Animal"))
        .operationNames(Map.of("listPet", "all"))
        .build());

    assertThat(result.success()).as(result.diagnostics().toString()).isTrue();
    assertThat(result.warnings())
        .extracting(Diagnostic::toString)
        .containsExactly(
            "pets.yaml#/components/schemas: warning [PAYGEN-W052] the type-name override Pett=Animal names no schema"
                + " under components/schemas; it is not used. Fix: spell the schema's name as the spec does (names are"
                + " case-sensitive), or drop the override",
            "pets.yaml#/paths: warning [PAYGEN-W053] the operation-name override listPet=all names no operationId in"
                + " the spec; it is not used. Fix: spell the operationId as the spec does (it is case-sensitive), or drop"
                + " the override");
  }

  @Test
  void legalOverridesAreApplied() {
    GenerationResult result = Generator.generate(request()
        .clientName("PetStore")
        .typeNames(Map.of("Pet", "Animal"))
        .operationNames(Map.of("listPets", "all"))
        .build());

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.files())
        .extracting(GeneratedFile::qualifiedName)
        .contains("com.acme.pets.PetStoreClient", "com.acme.pets.model.Animal");
    assertThat(result.files())
        .filteredOn(f -> f.qualifiedName().endsWith("Service"))
        .anySatisfy(f -> assertThat(f.content()).contains(" all("));
  }

  private GenerationRequest.Builder request() {
    return GenerationRequest.builder(spec, "com.acme.pets");
  }

  private static void assertSingleError(GenerationRequest.Builder request, String expected) {
    GenerationResult result = Generator.generate(request.build());

    assertThat(result.outcome()).isEqualTo(GenerationResult.Outcome.FAILED);
    assertThat(result.errors())
        .singleElement()
        .satisfies(error -> assertThat(error.toString()).startsWith(expected));
    assertThat(request.build().validate()).containsExactlyElementsOf(result.errors());
  }
}
