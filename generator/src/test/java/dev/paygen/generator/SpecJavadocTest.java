package dev.paygen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paygen.generator.support.CompiledSpecs;
import dev.paygen.generator.support.Golden;
import dev.paygen.generator.support.Javadoc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Javadoc from the spec (issue 11 item 6): the text a spec gives a property, parameter or
 * operation reaches the generated Javadoc where a user reads it (record, builder setter, params
 * setter, service method), deprecations say what to use instead, and no spec text can break the
 * comment: {@code javadoc -Xdoclint} passes over every generated client.
 */
class SpecJavadocTest {
  private static final String SPEC = """
      openapi: 3.1.0
      info: {title: Shop, version: "1"}
      paths:
        /orders:
          get:
            operationId: listOrders
            x-paygen-name: listOrders
            tags: [Orders]
            parameters:
              - name: created_at_gte
                in: query
                description: Only orders created on or after this instant
                schema: {type: string, format: date-time}
            responses:
              '200':
                description: The order
                content: {application/json: {schema: {$ref: '#/components/schemas/Order'}}}
          post:
            operationId: createOrderOld
            x-paygen-name: createOrderOld
            tags: [Orders]
            deprecated: true
            description: 'Creates an order. Deprecated: use `createOrderV2` instead.'
            requestBody:
              content: {application/json: {schema: {$ref: '#/components/schemas/Order'}}}
            responses: {'204': {description: Created}}
        /orders/legacy:
          delete:
            operationId: purgeOrders
            x-paygen-name: purgeOrders
            tags: [Orders]
            deprecated: true
            responses: {'204': {description: Purged}}
          put:
            operationId: replaceOrders
            x-paygen-name: replaceOrders
            tags: [Orders]
            deprecated: true
            x-deprecatedMessage: Use the batch endpoint.
            responses: {'204': {description: Replaced}}
      components:
        schemas:
          Address:
            type: object
            description: A postal address
            properties:
              line1: {type: string}
          Order:
            type: object
            properties:
              billing_address:
                oneOf:
                  - type: 'null'
                  - $ref: '#/components/schemas/Address'
                    description: Where the invoice goes
              shipping_address:
                $ref: '#/components/schemas/Address'
                description: Where the parcel goes
              note:
                type: string
                description: 'Staff only */ <b>bold</b> & @admins {@code x} a < b'
              old_code:
                type: string
                deprecated: true
                description: 'The code. Deprecated: use `codes`.'
      """;

  @TempDir
  Path dir;

  private List<GeneratedFile> generate(String yaml) throws IOException {
    Path spec = dir.resolve("spec.yaml");
    Files.writeString(spec, yaml);
    List<GeneratedFile> files = CompiledSpecs.generate(spec, "com.acme.shop");
    CompiledSpecs.compile("spec", files);
    return files;
  }

  private static String source(List<GeneratedFile> files, String path) {
    return files.stream()
        .filter(f -> f.relativePath().equals(path))
        .findFirst()
        .orElseThrow(() -> new AssertionError(path + " not generated"))
        .content();
  }

  private String order() throws IOException {
    return source(generate(SPEC), "com/acme/shop/model/Order.java");
  }

  private String service() throws IOException {
    return source(generate(SPEC), "com/acme/shop/service/OrdersService.java");
  }

  @Test
  void descriptionBesideRefReachesJavadoc() throws IOException {
    assertThat(order())
        .contains("@param shippingAddress Where the parcel goes (optional)")
        .contains("Sets {@code shipping_address}: Where the parcel goes. */\n");
    // OpenAPI 3.0: Swagger Parser drops a $ref's siblings; paygen reads them from the raw tree.
    String order30 = source(generate("""
            openapi: 3.0.3
            info: {title: Shop, version: "1"}
            paths: {}
            components:
              schemas:
                Address: {type: object, description: A postal address, properties: {line1: {type: string}}}
                Order:
                  type: object
                  properties:
                    shipping_address:
                      $ref: '#/components/schemas/Address'
                      description: Where the parcel goes
                    lines:
                      type: array
                      items:
                        $ref: '#/components/schemas/Address'
            """), "com/acme/shop/model/Order.java");

    assertThat(order30)
        .contains("@param shippingAddress Where the parcel goes (optional)")
        .contains("Sets {@code shipping_address}: Where the parcel goes. */\n");
  }

  @Test
  void nullableWrapperKeepsDescription() throws IOException {
    String order = order();

    assertThat(order)
        .contains("@param billingAddress Where the invoice goes (optional)")
        .contains(
            "Sets {@code billing_address}: Where the invoice goes. {@code null} clears it. */\n");
  }

  @Test
  void recordSetterDocIsOneLine() throws IOException {
    // The record's @param has the whole description; the setter one line (issue 12, item 3).
    assertThat(order())
        .contains("        /** Sets {@code shipping_address}: Where the parcel goes. */\n"
            + "        public Builder shippingAddress(@Nullable Address shippingAddress) {\n");
  }

  @Test
  void paramsSetterCarriesDescription() throws IOException {
    String params = source(generate(SPEC), "com/acme/shop/service/OrdersListOrdersParams.java");

    assertThat(params)
        .contains(
            "/** Sets {@code created_at_gte}: Only orders created on or after this instant. */\n");
  }

  @Test
  void deprecatedOperationNamesReplacement() throws IOException {
    String service = service();

    assertThat(service)
        .contains("@deprecated Use `createOrderV2` instead.\n")
        .contains("@deprecated Use the batch endpoint.\n")
        .doesNotContain("deprecated by the API");
  }

  @Test
  void deprecatedPropertyNamesReplacement() throws IOException {
    assertThat(order())
        .contains("@deprecated Use `codes`.\n")
        .doesNotContain("@deprecated deprecated in the API");
  }

  @Test
  void deprecatedWithoutDescriptionSaysDeprecated() throws IOException {
    String service = service();
    String purge = service.substring(
        service.indexOf("{@code DELETE /orders/legacy}"),
        service.indexOf("void purgeOrders(RequestOptions"));

    assertThat(purge).contains("@deprecated Deprecated.\n");
    assertThat(service).doesNotContain("see the description above");
  }

  @Test
  void specTextIsEscapedForJavadoc() throws IOException {
    List<GeneratedFile> files = generate(SPEC);

    assertThat(source(files, "com/acme/shop/model/Order.java"))
        .contains("@param note Staff only *&#47; &lt;b&gt;bold&lt;/b&gt; &amp; &#64;admins"
            + " {&#64;code x} a &lt; b (optional)");
    Javadoc.check("spec", files, dir.resolve("javadoc"));
  }

  static List<Golden> goldens() {
    return Golden.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void curatedClientPassesDoclint(Golden golden) {
    Javadoc.check(
        golden.name(),
        CompiledSpecs.generate(golden.spec(), golden.packageName()),
        dir.resolve(golden.name()));
  }
}
