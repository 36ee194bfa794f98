package dev.paygen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paygen.generator.support.CompiledSpecs;
import dev.paygen.runtime.ObjectMappers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON read through the compiled generated types, with the runtime's mapper: {@code null} is read
 * (and written back) wherever the referenced schema admits it, and an {@code allOf} of scalars reads
 * the scalar. Each of these payloads failed to read before.
 */
class NullabilityJsonTest {
  private static final ObjectMapper MAPPER = ObjectMappers.create();

  private static Class<?> links;
  private static Class<?> payment;
  private static Class<?> issue;

  @BeforeAll
  static void compile(@TempDir Path dir) throws IOException {
    Path spec = dir.resolve("spec.yaml");
    // Mollie's list responses: `_links.previous` refers to a `type: [object, "null"]` link.
    Files.writeString(spec, """
        openapi: 3.1.0
        info: {title: Shop, version: "1"}
        paths: {}
        components:
          schemas:
            url:
              type: [object, "null"]
              required: [href]
              properties: {href: {type: string}}
            url-nullable: {$ref: '#/components/schemas/url'}
            links:
              type: object
              required: [self, previous, next]
              properties:
                self: {$ref: '#/components/schemas/url'}
                previous: {$ref: '#/components/schemas/url'}
                next: {$ref: '#/components/schemas/url-nullable'}
                pages: {type: array, items: {$ref: '#/components/schemas/url'}}
            status:
              type: [string, "null"]
              enum: [open, paid, null]
            card: {type: object, properties: {number: {type: string}}}
            bank: {type: object, properties: {iban: {type: string}}}
            source:
              oneOf:
                - {$ref: '#/components/schemas/card'}
                - {$ref: '#/components/schemas/bank'}
                - {type: 'null'}
            payment:
              type: object
              required: [status, source, card]
              properties:
                status: {$ref: '#/components/schemas/status'}
                source: {$ref: '#/components/schemas/source'}
                card: {$ref: '#/components/schemas/card', nullable: true}
            institution-error: {type: string, enum: [INSTITUTION_DOWN, TIMEOUT]}
            api-error: {type: string, enum: [BAD_REQUEST, UNAUTHORIZED]}
            code:
              allOf:
                - {type: string}
                - anyOf:
                    - {$ref: '#/components/schemas/institution-error'}
                    - {$ref: '#/components/schemas/api-error'}
            issue:
              type: object
              required: [code]
              properties:
                code: {$ref: '#/components/schemas/code'}
        """);
    CompiledSpecs.Compiled compiled =
        CompiledSpecs.compile("nullability spec", CompiledSpecs.generate(spec, "com.acme.shop"));
    links = compiled.load("com.acme.shop.model.Links");
    payment = compiled.load("com.acme.shop.model.Payment");
    issue = compiled.load("com.acme.shop.model.Issue");
  }

  private static String roundTrip(String json, Class<?> type) throws IOException {
    return MAPPER.valueToTree(MAPPER.readValue(json, type)).toString();
  }

  @Test
  void aRequiredRefToANullableComponentReadsNullAndWritesItBack() throws IOException {
    String json = "{\"self\":{\"href\":\"/p?from=2\"},\"previous\":null,\"next\":null}";

    assertThat(roundTrip(json, links)).isEqualTo(json);
  }

  @Test
  void aRefChainThroughAnAliasToANullableComponentReadsNull() throws IOException {
    String json = "{\"self\":{\"href\":\"/p\"},\"previous\":{\"href\":\"/p0\"},\"next\":null}";

    assertThat(roundTrip(json, links)).isEqualTo(json);
  }

  @Test
  void listItemsReferringToANullableComponentReadNull() throws IOException {
    String json =
        "{\"self\":{\"href\":\"/p\"},\"previous\":{\"href\":\"/p0\"},\"next\":{\"href\":\"/p2\"},"
            + "\"pages\":[null,{\"href\":\"/p1\"}]}";

    assertThat(roundTrip(json, links)).isEqualTo(json);
  }

  @Test
  void aRefToAnEnumListingNullAndToAUnionWithANullBranchReadNull() throws IOException {
    String json = "{\"status\":null,\"source\":null,\"card\":{\"number\":\"4242\"}}";

    assertThat(roundTrip(json, payment)).isEqualTo(json);
  }

  @Test
  void a31RefWithANullableSiblingReadsNull() throws IOException {
    String json = "{\"status\":\"open\",\"source\":{\"number\":\"4242\"},\"card\":null}";

    assertThat(roundTrip(json, payment)).isEqualTo(json);
  }

  @Test
  void anAllOfOfAStringAndEnumRefsReadsTheString() throws Exception {
    Object read = MAPPER.readValue("{\"code\":\"TIMEOUT\"}", issue);

    assertThat(read.getClass().getMethod("code").invoke(read)).isEqualTo("TIMEOUT");
    assertThat(MAPPER.valueToTree(read).toString()).isEqualTo("{\"code\":\"TIMEOUT\"}");
  }
}
