package dev.paygen.generator.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paygen.generator.Diagnostic;
import dev.paygen.generator.GenerationRequest;
import dev.paygen.generator.load.ComponentRefs.Section;
import dev.paygen.generator.model.OperationModel;
import dev.paygen.generator.model.TypeName;
import dev.paygen.generator.model.TypeRef;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every {@code $ref} to a component is read as an RFC 6901 pointer, and a miss is an error at the ref. */
// Swagger Parser's model is raw-typed (Schema); generics would only add casts here.
@SuppressWarnings("rawtypes")
class ComponentRefsTest {
  @TempDir
  Path dir;

  @Test
  void tildeEscapesAreDecodedSlashFirst() {
    assertThat(ComponentRefs.name("#/components/schemas/a~1b", Section.SCHEMAS)).isEqualTo("a/b");
    assertThat(ComponentRefs.name("#/components/schemas/a~0b", Section.SCHEMAS)).isEqualTo("a~b");
    // ~01 is an escaped ~ followed by 1, not an escaped /.
    assertThat(ComponentRefs.name("#/components/schemas/a~01", Section.SCHEMAS)).isEqualTo("a~1");
  }

  @Test
  void theFragmentIsPercentDecodedBeforeThePointerIsRead() {
    assertThat(ComponentRefs.name("#/components/schemas/Pay%20ment", Section.SCHEMAS))
        .isEqualTo("Pay ment");
    assertThat(ComponentRefs.name("#/components/schemas/caf%C3%A9", Section.SCHEMAS))
        .isEqualTo("café");
    assertThat(ComponentRefs.name("#/components/schemas/a%7E1b", Section.SCHEMAS))
        .isEqualTo("a/b");
    assertThat(ComponentRefs.name("#/components/schemas/a+b", Section.SCHEMAS)).isEqualTo("a+b");
    assertThat(ComponentRefs.name("#/components/requestBodies/New%20Pet", Section.REQUEST_BODIES))
        .isEqualTo("New Pet");
  }

  @Test
  void aRefIntoAnotherSectionOrDeeperThanAComponentNamesNone() {
    assertThat(ComponentRefs.name("#/components/parameters/Limit", Section.SCHEMAS))
        .isNull();
    assertThat(ComponentRefs.name("#/components/schemas/Pet/properties/id", Section.SCHEMAS))
        .isNull();
    assertThat(ComponentRefs.name("other.yaml#/components/schemas/Pet", Section.SCHEMAS))
        .isNull();
  }

  @Test
  void aMissIsReportedOnceAtTheRefAsE010() {
    Report report = new Report("api.yaml");
    ComponentRefs refs =
        new ComponentRefs(new Components().schemas(Map.of("a/b", new ObjectSchema())), report);

    Schema found = refs.schema("#/components/schemas/a~1b", "/components/schemas/C/properties/x");
    Schema missed = refs.schema("#/components/schemas/Nope", "/components/schemas/C/properties/y");
    refs.schema("#/components/schemas/Nope", "/components/schemas/C/properties/y");

    assertThat(found).isNotNull();
    assertThat(missed).isNull();
    assertThat(report.diagnostics())
        .extracting(Diagnostic::toString)
        .containsExactly(
            "api.yaml#/components/schemas/C/properties/y/$ref: error [PAYGEN-E010] dangling $ref"
                + " '#/components/schemas/Nope': no schema named 'Nope' under #/components/schemas."
                + " Fix: point the $ref at an existing definition, #/components/schemas/<Name>");
  }

  @Test
  void escapedComponentNamesResolveForSchemasAndRequestBodies() throws IOException {
    ModelResult result = build("""
        openapi: 3.0.3
        info: {title: Shop, version: "1"}
        paths:
          /pets:
            post:
              operationId: create
              requestBody: {$ref: '#/components/requestBodies/New%20Pet'}
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/pets~1Pet'}
        components:
          requestBodies:
            New Pet:
              required: true
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/pets~1Pet'}
          schemas:
            pets/Pet:
              type: object
              properties:
                name: {type: string}
        """);

    assertThat(result.diagnostics()).noneMatch(Diagnostic::isError);
    OperationModel op = result.model().services().get(0).operations().get(0);
    assertThat(op.body().type()).isEqualTo(new TypeRef.Named(TypeName.of("PetsPet")));
    assertThat(op.body().required()).isTrue();
    assertThat(op.response().type()).isEqualTo(new TypeRef.Named(TypeName.of("PetsPet")));
  }

  // Before: the parameter was dropped and the request body kept as if it had no $ref, both
  // silently.
  @Test
  void aParameterOrBodyRefThatNamesNoComponentIsAnErrorNotSilentlyDropped() throws IOException {
    ModelResult result = build("""
        openapi: 3.1.0
        info: {title: Shop, version: "1"}
        paths:
          /pets:
            parameters:
              - {name: limit, in: query, schema: {type: integer}}
            get:
              operationId: list
              parameters:
                - {$ref: '#/paths/~1pets/parameters/0'}
              responses:
                "204": {description: none}
        webhooks:
          pet:
            post:
              requestBody: {$ref: '#/paths/~1pets/get/responses/204'}
              responses:
                "200": {description: ok}
        """);

    assertThat(result.diagnostics())
        .filteredOn(Diagnostic::isError)
        .extracting(Diagnostic::toString)
        .containsExactly(
            "api.yaml#/paths/~1pets/get/parameters/0/$ref: error [PAYGEN-E015] $ref"
                + " '#/paths/~1pets/parameters/0' does not name a parameter under #/components/parameters; paygen reads"
                + " parameter refs only from there. Fix: move the definition under #/components/parameters/<Name> and"
                + " point the $ref at it",
            "api.yaml#/webhooks/pet/post/requestBody/$ref: error [PAYGEN-E015] $ref"
                + " '#/paths/~1pets/get/responses/204' does not name a request body under #/components/requestBodies;"
                + " paygen reads request body refs only from there. Fix: move the definition under"
                + " #/components/requestBodies/<Name> and point the $ref at it");
  }

  // A schema $ref into another schema is valid JSON Reference: it stays a warning and an Object, as
  // before the one resolver, so specs that generated keep generating.
  @Test
  void aSchemaRefIntoAnotherSchemaIsAWarningAndTypedAsObject() throws IOException {
    ModelResult result = build("""
        openapi: 3.0.3
        info: {title: Shop, version: "1"}
        paths: {}
        components:
          schemas:
            Pet:
              type: object
              properties:
                name: {type: string}
            Tag:
              type: object
              properties:
                petName: {$ref: '#/components/schemas/Pet/properties/name'}
        """);

    assertThat(result.diagnostics()).noneMatch(Diagnostic::isError);
    assertThat(result.diagnostics())
        .extracting(Diagnostic::toString)
        .containsExactly(
            "api.yaml#/components/schemas/Tag/properties/petName: warning [PAYGEN-W042] $ref"
                + " '#/components/schemas/Pet/properties/name' does not name a schema under #/components/schemas;"
                + " it is typed as Object. Fix: point the $ref at #/components/schemas/<Name>");
  }

  private ModelResult build(String yaml) throws IOException {
    Path spec = Files.writeString(dir.resolve("api.yaml"), yaml);
    LoadedSpec loaded = SpecLoader.load(spec, false);
    // Swagger Parser warns about names outside [a-zA-Z0-9._-]; they are legal OpenAPI all the same.
    assertThat(loaded.hasErrors()).isFalse();
    return ModelBuilder.build(
        loaded, GenerationRequest.builder(spec, "com.acme.shop").build());
  }
}
