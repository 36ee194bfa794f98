package dev.paygen.generator.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paygen.generator.Diagnostic;
import dev.paygen.generator.GenerationRequest;
import dev.paygen.generator.model.RecordModel;
import dev.paygen.generator.support.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new version of a spec that adds endpoints or schemas keeps every Java name the previous version
 * had: each type, record component, enum constant, service method and params record is compared by
 * its origin in the spec ({@link JavaNamesByOrigin}), over Dodo Payments 1.53.2 → 1.86.0 and over
 * small spec pairs that add exactly one colliding thing.
 */
class StableNamesTest {
  @TempDir
  Path dir;

  private static ModelResult build(Path spec) {
    LoadedSpec loaded = SpecLoader.load(spec, false);
    assertThat(loaded.hasErrors()).as("%s", loaded.diagnostics()).isFalse();
    ModelResult result = ModelBuilder.build(
        loaded, GenerationRequest.builder(spec, "com.acme.shop").build());
    assertThat(result.diagnostics()).noneMatch(Diagnostic::isError);
    return result;
  }

  private static Map<String, String> names(Path spec) {
    return JavaNamesByOrigin.of(build(spec).model());
  }

  private ModelResult build(String yaml) throws IOException {
    Path spec = Files.createTempFile(dir, "spec", ".yaml");
    Files.writeString(spec, yaml);
    return build(spec);
  }

  private Map<String, String> names(String yaml) throws IOException {
    return JavaNamesByOrigin.of(build(yaml).model());
  }

  private static List<String> warnings(ModelResult result, String code) {
    return result.diagnostics().stream()
        .filter(d -> d.code().equals(code))
        .map(Diagnostic::message)
        .toList();
  }

  /** The origins of {@code before} whose Java name differs in {@code after}: origin → "old → new". */
  private static Map<String, String> renamed(
      Map<String, String> before, Map<String, String> after) {
    Map<String, String> renamed = new TreeMap<>();
    before.forEach((origin, name) -> {
      String now = after.get(origin);
      if (now != null && !now.equals(name)) {
        renamed.put(origin, name + " → " + now);
      }
    });
    return renamed;
  }

  @Test
  void dodoPayments1532To1860KeepsTheNameOfEveryTypeAndMethodPresentInBoth() {
    Map<String, String> before =
        names(Workspace.specsFile("upstream/dodopayments-openapi-v1.53.2.documented.yml"));
    Map<String, String> after =
        names(Workspace.specsFile("upstream/dodopayments-openapi-v1.86.0.documented.yml"));

    // No documented exception: no origin present in both was renamed by the spec itself.
    assertThat(renamed(before, after)).isEmpty();
    // Only CheckoutTheme (an enum and its three constants) is gone: 1.86.0 dropped the schema.
    assertThat(before.keySet().stream().filter(origin -> !after.containsKey(origin)))
        .allMatch(origin -> origin.contains("/components/schemas/CheckoutTheme"))
        .hasSize(4);
    assertThat(before).hasSizeGreaterThan(1600);
    assertThat(after).hasSizeGreaterThan(before.size());
    assertThat(before.keySet())
        .anyMatch(origin -> origin.startsWith("type ") && origin.contains("/properties/"))
        .anyMatch(origin -> origin.startsWith("method /paths/"))
        .anyMatch(origin -> origin.startsWith("params /paths/"));
  }

  private static final String ORDERS = """
      openapi: 3.0.3
      info: {title: Shop, version: "1"}
      paths:
        /orders:
          post:
            tags: [orders]
            operationId: create
            requestBody:
              content:
                application/json:
                  schema:
                    type: object
                    properties: {note: {type: string}}
            responses:
              "200":
                description: the order
                content: {application/json: {schema: {$ref: '#/components/schemas/Order'}}}
          get:
            tags: [orders]
            operationId: list
            parameters:
              - {name: status, in: query, schema: {type: string, enum: [open, closed]}}
            responses: {"204": {description: none}}
      %s
      components:
        schemas:
          Order:
            type: object
            properties:
              order_id: {type: string}
              billing_address:
                type: object
                properties: {line1: {type: string}}
      %s
      """;

  private static String orders(String morePaths, String moreSchemas) {
    return ORDERS.formatted(morePaths.indent(2), moreSchemas.indent(4));
  }

  @Test
  void aSchemaNamedLikeANestedInlineTypePrefixesItWithItsOwner() throws IOException {
    Map<String, String> before = names(orders("", ""));
    Map<String, String> after = names(orders("", """
        BillingAddress: {type: object, properties: {city: {type: string}}}
        """));

    assertThat(before)
        .containsEntry(
            "type /components/schemas/Order/properties/billing_address", "Order.BillingAddress");
    // One type per shape (docs/ARCHITECTURE.md, "Stable names"): no nested type shares a top-level
    // type's simple name, so the one documented rename this addition causes is this prefix.
    assertThat(renamed(before, after))
        .containsOnlyKeys("type /components/schemas/Order/properties/billing_address");
    assertThat(after)
        .containsEntry(
            "type /components/schemas/Order/properties/billing_address",
            "Order.OrderBillingAddress");
    assertThat(after).containsEntry("type /components/schemas/BillingAddress", "BillingAddress");
  }

  @Test
  void anOperationAddedToATagWithAMethodNameItAlreadyHasTakesTheSuffix() throws IOException {
    Map<String, String> before = names(orders("", ""));
    // GET /v2/orders is a collection too: REST conventions name it list, like GET /orders.
    Map<String, String> after = names(orders("""
        /v2/orders:
          get:
            tags: [orders]
            operationId: list
            parameters:
              - {name: status, in: query, schema: {type: string}}
            responses: {"204": {description: none}}
        """, ""));

    assertThat(renamed(before, after)).isEmpty();
    assertThat(after)
        .containsEntry("method /paths/~1orders/get", "OrdersService.list")
        .containsEntry("method /paths/~1v2~1orders/get", "OrdersService.list2")
        .containsEntry("params /paths/~1orders/get", "OrdersListParams")
        .containsEntry("params /paths/~1v2~1orders/get", "OrdersList2Params");
  }

  @Test
  void aPropertyAddedWithAJavaNameItsObjectAlreadyHasTakesTheSuffix() throws IOException {
    Map<String, String> before = names(orders("", ""));
    Map<String, String> after = names(orders("", "")
        .replace(
            "order_id: {type: string}",
            "order_id: {type: string}\n        orderId: {type: integer}"));

    assertThat(renamed(before, after)).isEmpty();
    assertThat(after)
        .containsEntry("component /components/schemas/Order order_id", "orderId")
        .containsEntry("component /components/schemas/Order orderId", "orderId2");
  }

  private static final String BODY =
      "/paths/~1orders/post/requestBody/content/application~1json/schema";

  @Test
  void anOperationAddedWhoseInlineTypeIsNamedLikeASchemaLeavesTheSchemaAlone() throws IOException {
    String schema = """
        OrdersPayRequest: {type: object, properties: {amount: {type: integer}}}
        """;
    Map<String, String> before = names(orders("", schema));
    ModelResult after = build(orders("""
        /orders/{id}/pay:
          post:
            tags: [orders]
            operationId: pay
            parameters: [{name: id, in: path, required: true, schema: {type: string}}]
            requestBody:
              content:
                application/json:
                  schema: {type: object, properties: {card: {type: string}}}
            responses: {"204": {description: none}}
        """, schema));

    assertThat(renamed(before, JavaNamesByOrigin.of(after.model()))).isEmpty();
    assertThat(JavaNamesByOrigin.of(after.model()))
        .containsEntry("type /components/schemas/OrdersPayRequest", "OrdersPayRequest")
        .containsEntry(
            "type /paths/~1orders~1{id}~1pay/post/requestBody/content/application~1json/schema",
            "OrdersPayRequest2");
    assertThat(warnings(after, "PAYGEN-W040"))
        .singleElement()
        .asString()
        .contains("OrdersPayRequest", "schema 'OrdersPayRequest' already has", "OrdersPayRequest2");
  }

  /**
   * The one rename paygen cannot avoid, documented in README and ARCHITECTURE: a new component
   * schema named exactly like an existing inline type of an operation takes the name (schemas claim
   * first, so that no endpoint can rename a schema type); the inline type gets the counter, and
   * the warning says so.
   */
  @Test
  void aSchemaAddedUnderTheNameOfAnOperationsInlineTypeTakesItWithAWarning() throws IOException {
    Map<String, String> before = names(orders("", ""));
    ModelResult after = build(orders("", """
        OrdersCreateRequest: {type: object, properties: {amount: {type: integer}}}
        """));

    assertThat(before).containsEntry("type " + BODY, "OrdersCreateRequest");
    assertThat(renamed(before, JavaNamesByOrigin.of(after.model())))
        .containsExactly(Map.entry("type " + BODY, "OrdersCreateRequest → OrdersCreateRequest2"));
    assertThat(warnings(after, "PAYGEN-W040"))
        .singleElement()
        .asString()
        .contains(BODY, "schema 'OrdersCreateRequest' already has", "OrdersCreateRequest2");
  }

  private static final String LINES = """
      openapi: 3.0.3
      info: {title: Shop, version: "1"}
      paths:
      %s
        /orders/{id}/lines:
          get:
            tags: [order]
            x-paygen-name: lines  # named so its inline type meets the alias's
            parameters:
              - {name: id, in: path, required: true, schema: {type: string}}
              - {name: item, in: query, schema: {type: string, enum: [sku, service]}}
            responses: {"204": {description: none}}
        /orders/{id}/all-lines:
          get:
            tags: [order]
            operationId: allLines
            parameters: [{name: id, in: path, required: true, schema: {type: string}}]
            responses:
              "200":
                description: the lines
                content: {application/json: {schema: {$ref: '#/components/schemas/OrderLines'}}}
      components:
        schemas:
          OrderLines:
            type: array
            items: {type: object, properties: {sku: {type: string}}}
      """;

  /**
   * An alias schema (here an array of inline objects) names its inline types when the components
   * are named, not when something first refers to it: before, an endpoint added at the top of the
   * document that returns the alias swapped the names of two existing types.
   */
  @Test
  void anEndpointAddedElsewhereDoesNotRenameAnAliasSchemasInlineTypes() throws IOException {
    Map<String, String> before = names(LINES.formatted(""));
    Map<String, String> after = names(LINES.formatted("""
        /a-first-endpoint:
          get:
            tags: [other]
            operationId: lines
            responses:
              "200":
                description: the lines
                content: {application/json: {schema: {$ref: '#/components/schemas/OrderLines'}}}
        """.indent(2)));

    assertThat(renamed(before, after)).isEmpty();
    assertThat(after)
        .containsEntry("type /components/schemas/OrderLines/items", "OrderLinesItem")
        .containsEntry("type /paths/~1orders~1{id}~1lines/get/parameters", "OrderLinesItem2");
  }

  /**
   * An alias nothing refers to claims its names (so a first reference in a later version renames
   * nothing) but emits no type, and the records its inline union lists implement no union.
   */
  @Test
  void anUnreferencedAliasSchemaEmitsNothingButKeepsItsNames() throws IOException {
    ModelResult result = build("""
        openapi: 3.0.3
        info: {title: Shop, version: "1"}
        paths:
          /pets/{id}/items:
            get:
              tags: [pets]
              x-paygen-name: items  # named so its inline type meets the alias's
              parameters:
                - {name: id, in: path, required: true, schema: {type: string}}
                - {name: item, in: query, schema: {type: string, enum: [cat, dog]}}
              responses: {"204": {description: none}}
        components:
          schemas:
            PetsItems:
              type: array
              items:
                oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]
            Cat: {type: object, properties: {meow: {type: string}}}
            Dog: {type: object, properties: {bark: {type: string}}}
        """);

    assertThat(result.model().types())
        .extracting(type -> type.name().toString())
        .containsExactlyInAnyOrder("Cat", "Dog", "PetsItemsItem2");
    assertThat(result.model().types())
        .filteredOn(type -> type instanceof RecordModel)
        .allSatisfy(type -> assertThat(((RecordModel) type).implementsUnions()).isEmpty());
  }
}
