package dev.paygen.generator.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paygen.generator.Diagnostic;
import dev.paygen.generator.DiagnosticCode;
import dev.paygen.generator.GenerationRequest;
import dev.paygen.generator.model.ApiModel;
import dev.paygen.generator.model.EnumModel;
import dev.paygen.generator.model.PropertyModel;
import dev.paygen.generator.model.RecordModel;
import dev.paygen.generator.model.TypeModel;
import dev.paygen.generator.model.TypeName;
import dev.paygen.generator.model.TypeRef;
import dev.paygen.generator.model.UnionModel;
import dev.paygen.generator.model.UnionModel.UnionVariant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spec split over files the way spec authors' tools split it is bundled into one document with
 * named components: a schema defined once in a file is one Java type however many files refer to
 * it.
 */
class BundlerTest {
  @TempDir
  Path dir;

  @Test
  void lagoShapedLayoutGeneratesOneCustomerAndOneCountryEnum() {
    Path spec = Path.of("src/test/resources/multifile/lago-shaped/openapi.yaml");

    LoadedSpec loaded = SpecLoader.load(spec, false);
    ApiModel model = model(loaded, spec);

    assertThat(loaded.diagnostics())
        .extracting(Diagnostic::code)
        .doesNotContain(DiagnosticCode.W006_PARSER_WARNING.code());
    List<TypeModel> types = allTypes(model);
    assertThat(types).filteredOn(t -> t.name().simpleName().equals("Customer")).hasSize(1);
    assertThat(types)
        .filteredOn(RecordModel.class::isInstance)
        .extracting(t -> t.name().simpleName())
        .containsExactlyInAnyOrder(
            "ApiError",
            "Customer",
            "CustomersPaginated",
            "CustomersCreateRequest",
            "CustomerCreatedWebhookEvent");
    assertThat(types)
        .filteredOn(EnumModel.class::isInstance)
        .extracting(t -> t.name().simpleName())
        .containsExactly("Country");
    RecordModel customer = (RecordModel) type(model, "Customer");
    assertThat(customer.properties())
        .filteredOn(p -> p.wireName().endsWith("country"))
        .extracting(PropertyModel::type)
        .containsOnly(new TypeRef.Named(TypeName.of("Country")));
    // The description beside the $ref, in another file, still documents the property.
    assertThat(property(customer, "country").description())
        .isEqualTo("The customer's country, if known.");
    // Path items and webhooks in files, parameters and responses through _index.yaml maps.
    assertThat(model.services()).hasSize(1);
    assertThat(model.services().get(0).operations()).hasSize(2);
    assertThat(model.webhooks()).hasSize(1);
  }

  @Test
  void identicalSchemaThroughTwoPointersIsOneType() throws IOException {
    Files.writeString(dir.resolve("Money.yaml"), MONEY);
    Files.writeString(dir.resolve("common.yaml"), "Amount:\n" + MONEY.indent(2));
    Path spec = write("""
        components:
          schemas:
            Order:
              type: object
              properties:
                total: {$ref: './Money.yaml'}
            Refund:
              type: object
              properties:
                amount: {$ref: './common.yaml#/Amount'}
        """);

    ApiModel model = model(SpecLoader.load(spec, false), spec);

    assertThat(allTypes(model))
        .extracting(t -> t.name().simpleName())
        .containsExactlyInAnyOrder("Order", "Refund", "Money");
    assertThat(property((RecordModel) type(model, "Refund"), "amount").type())
        .isEqualTo(new TypeRef.Named(TypeName.of("Money")));
  }

  @Test
  void nameClashWithDifferentContentGetsTwoStableTypes() throws IOException {
    Files.createDirectories(dir.resolve("v1"));
    Files.createDirectories(dir.resolve("v2"));
    Files.writeString(dir.resolve("v1/Problem.yaml"), """
        type: object
        properties:
          message: {type: string}
        """);
    Files.writeString(dir.resolve("v2/Problem.yaml"), """
        type: object
        properties:
          code: {type: integer}
          detail: {type: string}
        """);
    Path spec = write("""
        components:
          schemas:
            Old:
              type: object
              properties:
                error: {$ref: './v1/Problem.yaml'}
            New:
              type: object
              properties:
                error: {$ref: './v2/Problem.yaml'}
        """);

    for (int run = 0; run < 2; run++) {
      ApiModel model = model(SpecLoader.load(spec, false), spec);

      assertThat(property((RecordModel) type(model, "Old"), "error").type())
          .isEqualTo(new TypeRef.Named(TypeName.of("Problem")));
      assertThat(property((RecordModel) type(model, "New"), "error").type())
          .isEqualTo(new TypeRef.Named(TypeName.of("Problem2")));
      assertThat(((RecordModel) type(model, "Problem2")).properties())
          .extracting(PropertyModel::wireName)
          .containsExactly("code", "detail");
    }
  }

  @Test
  void discriminatorMappingToAFileNamesTheBundledComponent() throws IOException {
    Files.writeString(dir.resolve("animals.yaml"), """
        Cat:
          type: object
          required: [kind]
          properties:
            kind: {type: string}
            meows: {type: boolean}
        Dog:
          type: object
          required: [kind]
          properties:
            kind: {type: string}
            barks: {type: boolean}
        """);
    // The variants are named only by the mapping: no oneOf lists them.
    Path spec = write("""
        components:
          schemas:
            Pet:
              type: object
              required: [kind]
              properties:
                kind: {type: string}
              discriminator:
                propertyName: kind
                mapping:
                  cat: './animals.yaml#/Cat'
                  dog: './animals.yaml#/Dog'
        """);

    ApiModel model = model(SpecLoader.load(spec, false), spec);

    UnionModel pet = (UnionModel) type(model, "Pet");
    assertThat(pet.variants())
        .extracting(v -> v.type().simpleName(), UnionVariant::discriminatorValues)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Cat", List.of("cat")),
            org.assertj.core.groups.Tuple.tuple("Dog", List.of("dog")));
    assertThat(property((RecordModel) type(model, "Cat"), "meows")).isNotNull();
  }

  @Test
  void swagger2SplitSpecGenerates() throws IOException {
    Files.createDirectories(dir.resolve("common"));
    Files.writeString(dir.resolve("common/Error.yaml"), """
        type: object
        required: [code, message]
        properties:
          code: {type: integer, format: int32}
          message: {type: string}
        """);
    Files.writeString(dir.resolve("parameters.yaml"), """
        tagsParam:
          name: tags
          in: query
          type: array
          collectionFormat: csv
          items: {type: string}
        limitsParam:
          name: limit
          in: query
          type: integer
          format: int32
        """);
    // The definitions map is a file of its own, listed by a $ref.
    Files.writeString(dir.resolve("definitions.yaml"), """
        Pet:
          type: object
          required: [name]
          properties:
            name: {type: string}
            tag: {type: string}
        NewPet:
          allOf:
            - $ref: '#/Pet'
            - type: object
              properties:
                owner: {type: string}
        """);
    Path spec = Files.writeString(dir.resolve("swagger.yaml"), """
        swagger: "2.0"
        info: {title: Petstore, version: "1"}
        paths:
          /pets:
            get:
              tags: [pets]
              operationId: findPets
              parameters:
                - $ref: 'parameters.yaml#/tagsParam'
                - $ref: 'parameters.yaml#/limitsParam'
              responses:
                "200":
                  description: pets
                  schema:
                    type: array
                    items: {$ref: 'definitions.yaml#/Pet'}
                default:
                  description: error
                  schema: {$ref: 'common/Error.yaml'}
            post:
              tags: [pets]
              operationId: addPet
              parameters:
                - name: pet
                  in: body
                  required: true
                  schema: {$ref: 'definitions.yaml#/NewPet'}
              responses:
                "200":
                  description: pet
                  schema: {$ref: 'definitions.yaml#/Pet'}
        definitions:
          $ref: 'definitions.yaml'
        """);

    LoadedSpec loaded = SpecLoader.load(spec, false);
    ApiModel model = model(loaded, spec);

    assertThat(loaded.diagnostics()).isEmpty();
    assertThat(allTypes(model))
        .extracting(t -> t.name().simpleName())
        .contains("Pet", "NewPet", "ErrorModel"); // Error would hide java.lang.Error
    assertThat(model.services().get(0).operations().get(0).queryParams())
        .extracting(p -> p.wireName())
        .containsExactly("tags", "limit");
  }

  @Test
  void aParserMessageAboutAComponentFromAFileNamesThatFile() throws IOException {
    Files.writeString(dir.resolve("Thing.yaml"), """
        type: object
        colour: red
        properties:
          size: {type: integer}
        """);
    Path spec = write("""
        components:
          schemas:
            Box:
              type: object
              properties:
                thing: {$ref: './Thing.yaml'}
        """);

    LoadedSpec loaded = SpecLoader.load(spec, false);

    assertThat(loaded.diagnostics())
        .filteredOn(d -> d.code().equals(DiagnosticCode.W006_PARSER_WARNING.code()))
        .extracting(Diagnostic::file, Diagnostic::pointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Thing.yaml", "/colour"));
  }

  private static final String MONEY = """
      type: object
      required: [amount, currency]
      properties:
        amount: {type: integer}
        currency: {type: string}
      """;

  private Path write(String components) throws IOException {
    return Files.writeString(dir.resolve("api.yaml"), """
        openapi: 3.0.3
        info: {title: Shop, version: "1"}
        paths: {}
        """ + components);
  }

  private static ApiModel model(LoadedSpec loaded, Path spec) {
    assertThat(loaded.hasErrors()).as("%s", loaded.diagnostics()).isFalse();
    ModelResult result = ModelBuilder.build(
        loaded, GenerationRequest.builder(spec, "com.acme.shop").build());
    assertThat(result.model()).as("%s", result.diagnostics()).isNotNull();
    return result.model();
  }

  private static List<TypeModel> allTypes(ApiModel model) {
    List<TypeModel> all = new ArrayList<>();
    model.types().forEach(type -> collect(type, all));
    return all;
  }

  private static void collect(TypeModel type, List<TypeModel> into) {
    into.add(type);
    type.nested().forEach(nested -> collect(nested, into));
  }

  private static TypeModel type(ApiModel model, String name) {
    return allTypes(model).stream()
        .filter(t -> t.name().simpleName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not in " + Map.of("types", model.types())));
  }

  private static PropertyModel property(RecordModel record, String wireName) {
    return record.properties().stream()
        .filter(p -> p.wireName().equals(wireName))
        .findFirst()
        .orElseThrow(() -> new AssertionError(wireName + " not in " + record.properties()));
  }
}
