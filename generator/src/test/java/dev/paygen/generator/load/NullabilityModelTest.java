package dev.paygen.generator.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paygen.generator.GenerationRequest;
import dev.paygen.generator.model.ApiModel;
import dev.paygen.generator.model.PropertyModel;
import dev.paygen.generator.model.RecordModel;
import dev.paygen.generator.model.TypeModel;
import dev.paygen.generator.model.TypeName;
import dev.paygen.generator.model.TypeRef;
import dev.paygen.generator.model.TypeRef.ScalarKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Load → model: a property, list item, map value or union is nullable exactly when the schema it
 * stands for admits {@code null}, wherever that is said (the referenced component, an alias chain, a
 * 3.1 type array, {@code null} in an enum, a null union branch); an {@code allOf} of scalars is that
 * scalar, never an empty record.
 */
class NullabilityModelTest {
  private static final String COMPONENTS_31 = """
      openapi: 3.1.0
      info: {title: Shop, version: "1"}
      paths: {}
      components:
        schemas:
          url:
            type: [object, "null"]
            properties: {href: {type: string}}
          url-alias: {$ref: '#/components/schemas/url'}
          status:
            type: [string, "null"]
            enum: [open, closed, null]
          card: {type: object, properties: {number: {type: string}}}
          bank: {type: object, properties: {iban: {type: string}}}
          source:
            oneOf:
              - {$ref: '#/components/schemas/card'}
              - {$ref: '#/components/schemas/bank'}
              - {type: 'null'}
          maybe-card:
            oneOf:
              - {$ref: '#/components/schemas/card'}
              - {enum: [null]}
          amount: {type: [integer, "null"]}
          holder:
            type: object
            required: [previous]
            properties:
              previous: {$ref: '#/components/schemas/url'}
              next: {$ref: '#/components/schemas/url-alias'}
              status: {$ref: '#/components/schemas/status'}
              source: {$ref: '#/components/schemas/source'}
              backup: {$ref: '#/components/schemas/maybe-card'}
              card: {$ref: '#/components/schemas/card'}
              pages: {type: array, items: {$ref: '#/components/schemas/url'}}
              cards: {type: array, items: {$ref: '#/components/schemas/card'}}
              totals: {type: object, additionalProperties: {$ref: '#/components/schemas/amount'}}
              links: {type: object, additionalProperties: {$ref: '#/components/schemas/url'}}
              sibling: {$ref: '#/components/schemas/card', nullable: true, description: Backup card}
              either:
                oneOf:
                  - {$ref: '#/components/schemas/card'}
                  - {$ref: '#/components/schemas/url'}
      """;

  @TempDir
  Path dir;

  private ApiModel build(String yaml) throws IOException {
    Path spec = dir.resolve("spec.yaml");
    Files.writeString(spec, yaml);
    LoadedSpec loaded = SpecLoader.load(spec, false);
    assertThat(loaded.hasErrors()).as("%s", loaded.diagnostics()).isFalse();
    ModelResult result = ModelBuilder.build(
        loaded, GenerationRequest.builder(spec, "com.acme.shop").build());
    assertThat(result.diagnostics()).noneMatch(d -> d.isError());
    return result.model();
  }

  private static RecordModel record(ApiModel model, String name) {
    return model.types().stream()
        .filter(type -> type.name().equals(TypeName.of(name)))
        .map(RecordModel.class::cast)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no record " + name + " in " + model.types()));
  }

  private static PropertyModel property(RecordModel record, String wireName) {
    return record.properties().stream()
        .filter(p -> p.wireName().equals(wireName))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no property " + wireName));
  }

  @Test
  void aRefToA31NullableComponentIsNullableAndStaysRequired() throws IOException {
    PropertyModel previous = property(record(build(COMPONENTS_31), "Holder"), "previous");

    assertThat(previous.type()).isEqualTo(new TypeRef.Named(TypeName.of("Url")));
    assertThat(previous.nullable()).isTrue();
    assertThat(previous.required()).isTrue();
    assertThat(previous.checkedNonNull()).isFalse();
  }

  @Test
  void aRefChainThroughAnAliasSchemaIsAsNullableAsItsTarget() throws IOException {
    assertThat(property(record(build(COMPONENTS_31), "Holder"), "next").nullable())
        .isTrue();
  }

  @Test
  void aRefToAnEnumListingNullIsNullable() throws IOException {
    assertThat(property(record(build(COMPONENTS_31), "Holder"), "status").nullable())
        .isTrue();
  }

  @Test
  void aRefToAUnionWithANullBranchIsNullable() throws IOException {
    PropertyModel source = property(record(build(COMPONENTS_31), "Holder"), "source");

    assertThat(source.type()).isEqualTo(new TypeRef.Named(TypeName.of("Source")));
    assertThat(source.nullable()).isTrue();
  }

  @Test
  void anEnumOfOnlyNullIsANullBranchLikeTypeNull() throws IOException {
    PropertyModel backup = property(record(build(COMPONENTS_31), "Holder"), "backup");

    assertThat(backup.type()).isEqualTo(new TypeRef.Named(TypeName.of("Card")));
    assertThat(backup.nullable()).isTrue();
  }

  @Test
  void aRefToANonNullableComponentStaysNonNull() throws IOException {
    RecordModel holder = record(build(COMPONENTS_31), "Holder");

    assertThat(property(holder, "card").nullable()).isFalse();
    assertThat(property(holder, "cards").type())
        .isEqualTo(new TypeRef.ListOf(new TypeRef.Named(TypeName.of("Card")), false));
  }

  @Test
  void listItemsReferringToANullableComponentMayBeNull() throws IOException {
    assertThat(property(record(build(COMPONENTS_31), "Holder"), "pages").type())
        .isEqualTo(new TypeRef.ListOf(new TypeRef.Named(TypeName.of("Url")), true));
  }

  @Test
  void mapValuesReferringToANullableComponentMayBeNull() throws IOException {
    RecordModel holder = record(build(COMPONENTS_31), "Holder");

    assertThat(property(holder, "links").type())
        .isEqualTo(new TypeRef.MapOf(new TypeRef.Named(TypeName.of("Url")), true));
    assertThat(property(holder, "totals").type())
        .isEqualTo(new TypeRef.MapOf(TypeRef.scalar(ScalarKind.INT64), true));
  }

  @Test
  void aUnionWithANullableBranchIsNullable() throws IOException {
    assertThat(property(record(build(COMPONENTS_31), "Holder"), "either").nullable())
        .isTrue();
  }

  @Test
  void a31RefWithANullableSiblingIsNullableAndKeepsItsDescription() throws IOException {
    PropertyModel sibling = property(record(build(COMPONENTS_31), "Holder"), "sibling");

    assertThat(sibling.type()).isEqualTo(new TypeRef.Named(TypeName.of("Card")));
    assertThat(sibling.nullable()).isTrue();
    assertThat(sibling.description()).isEqualTo("Backup card");
  }

  @Test
  void aRefToA30NullableComponentIsNullable() throws IOException {
    ApiModel model = build("""
        openapi: 3.0.3
        info: {title: Shop, version: "1"}
        paths: {}
        components:
          schemas:
            url:
              type: object
              nullable: true
              properties: {href: {type: string}}
            status: {type: string, nullable: true, enum: [open, closed]}
            links:
              type: object
              required: [previous]
              properties:
                previous: {$ref: '#/components/schemas/url'}
                status: {$ref: '#/components/schemas/status'}
                wrapped:
                  nullable: true
                  allOf: [{$ref: '#/components/schemas/links'}]
        """);
    RecordModel links = record(model, "Links");

    assertThat(property(links, "previous").nullable()).isTrue();
    assertThat(property(links, "status").nullable()).isTrue();
    assertThat(property(links, "wrapped").type())
        .isEqualTo(new TypeRef.Named(TypeName.of("Links")));
    assertThat(property(links, "wrapped").nullable()).isTrue();
  }

  /**
   * The shape issue 9 reports (a Yapily-style error code): a string that must also be one of two
   * enums' values; it used to become an empty record {@code Code()}.
   */
  private static final String ALL_OF_SCALARS = """
      openapi: 3.0.3
      info: {title: Shop, version: "1"}
      paths: {}
      components:
        schemas:
          institution-error: {type: string, enum: [INSTITUTION_DOWN, TIMEOUT]}
          api-error: {type: string, enum: [BAD_REQUEST, UNAUTHORIZED]}
          currency: {type: string, enum: [EUR, USD]}
          code:
            allOf:
              - {type: string}
              - anyOf:
                  - {$ref: '#/components/schemas/institution-error'}
                  - {$ref: '#/components/schemas/api-error'}
          money-currency:
            allOf:
              - {type: string, minLength: 3, maxLength: 3}
              - {$ref: '#/components/schemas/currency'}
          issue:
            type: object
            properties:
              code: {$ref: '#/components/schemas/code'}
              currency: {$ref: '#/components/schemas/money-currency'}
              amount:
                allOf: [{type: integer, format: int32}, {minimum: 0}, {maximum: 100}]
              nullable-code:
                nullable: true
                allOf: [{type: string}, {maxLength: 10}]
      """;

  @Test
  void anAllOfOfScalarsIsThatScalarNotAnEmptyRecord() throws IOException {
    ApiModel model = build(ALL_OF_SCALARS);
    RecordModel issue = record(model, "Issue");

    assertThat(model.types()).map(TypeModel::name).doesNotContain(TypeName.of("Code"));
    assertThat(property(issue, "code").type()).isEqualTo(TypeRef.scalar(ScalarKind.STRING));
    assertThat(property(issue, "amount").type()).isEqualTo(TypeRef.scalar(ScalarKind.INT32));
  }

  @Test
  void anAllOfOfAScalarAndOneEnumIsThatEnum() throws IOException {
    ApiModel model = build(ALL_OF_SCALARS);

    assertThat(property(record(model, "Issue"), "currency").type())
        .isEqualTo(new TypeRef.Named(TypeName.of("Currency")));
    assertThat(model.types()).map(TypeModel::name).doesNotContain(TypeName.of("MoneyCurrency"));
  }

  @Test
  void aNullableAllOfOfScalarsIsNullable() throws IOException {
    PropertyModel code = property(record(build(ALL_OF_SCALARS), "Issue"), "nullable-code");

    assertThat(code.type()).isEqualTo(TypeRef.scalar(ScalarKind.STRING));
    assertThat(code.nullable()).isTrue();
  }
}
