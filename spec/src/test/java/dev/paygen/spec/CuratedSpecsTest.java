package dev.paygen.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.tags.Tag;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CuratedSpecsTest {

  private static SwaggerParseResult parse(String spec) {
    return parse(spec, false);
  }

  private static SwaggerParseResult parse(String spec, boolean resolveFully) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(resolveFully);
    return new OpenAPIV3Parser().readContents(SpecExamples.read(spec), null, options);
  }

  private static Map<String, Operation> operations(OpenAPI api) {
    Map<String, Operation> operations = new LinkedHashMap<>();
    api.getPaths()
        .forEach((path, item) -> item.readOperationsMap()
            .forEach((method, op) -> operations.put(method + " " + path, op)));
    return operations;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"dodo-payments.yaml", "dots.yaml"})
  @DisplayName("parses as OpenAPI 3.1 without a single parser message")
  void parsesAsOpenApi31WithoutMessages(String spec) {
    SwaggerParseResult result = parse(spec);

    assertThat(result.getMessages()).as("parser messages for %s", spec).isEmpty();
    assertThat(result.getOpenAPI()).isNotNull();
    assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.1.");
    assertThat(result.getOpenAPI().getSpecVersion())
        .isEqualTo(io.swagger.v3.oas.models.SpecVersion.V31);
    assertThat(parse(spec, true).getMessages())
        .as("parser messages for %s, resolved fully", spec)
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"dodo-payments.yaml", "dots.yaml"})
  @DisplayName("every operation has a declared tag, a unique operationId and an x-paygen-name")
  void everyOperationIsTaggedAndNamed(String spec) {
    OpenAPI api = parse(spec).getOpenAPI();
    Set<String> declaredTags = api.getTags().stream().map(Tag::getName).collect(Collectors.toSet());
    Map<String, Operation> operations = operations(api);

    assertThat(operations).isNotEmpty();
    operations.forEach((route, op) -> {
      assertThat(op.getTags()).as("tags of %s", route).isNotEmpty();
      assertThat(declaredTags).as("tags of %s are declared", route).containsAll(op.getTags());
      assertThat(op.getOperationId()).as("operationId of %s", route).isNotBlank();
      assertThat(op.getExtensions()).as("extensions of %s", route).containsKey("x-paygen-name");
      assertThat(op.getExtensions().get("x-paygen-name"))
          .as("x-paygen-name of %s", route)
          .isInstanceOf(String.class)
          .asString()
          .matches("[a-z][A-Za-z0-9]*");
    });
    assertThat(operations.values().stream().map(Operation::getOperationId))
        .as("operationIds")
        .doesNotHaveDuplicates();
  }

  @Test
  @DisplayName("the Dodo spec has the curated routes, method names, servers and env conventions")
  void dodoSpecDeclaresCuratedSurface() {
    OpenAPI api = parse("dodo-payments.yaml").getOpenAPI();
    Map<String, String> names = new LinkedHashMap<>();
    operations(api)
        .forEach((route, op) ->
            names.put(route, op.getTags().get(0) + "." + op.getExtensions().get("x-paygen-name")));

    assertThat(names)
        .containsExactlyInAnyOrderEntriesOf(Map.of(
            "POST /checkouts", "Checkout Sessions.create",
            "POST /checkouts/preview", "Checkout Sessions.preview",
            "GET /checkouts/{id}", "Checkout Sessions.retrieve",
            "POST /payments", "Payments.create",
            "GET /payments", "Payments.list",
            "GET /payments/{payment_id}", "Payments.retrieve",
            "GET /payments/{payment_id}/line-items", "Payments.listLineItems"));
    assertThat(api.getPaths().get("/payments").getPost().getDeprecated()).isTrue();
    assertThat(api.getServers())
        .extracting(s -> s.getUrl() + " " + s.getExtensions().get("x-paygen-environment"))
        .containsExactly(
            "https://test.dodopayments.com TEST_MODE", "https://live.dodopayments.com LIVE_MODE");
    assertThat(api.getInfo().getExtensions())
        .containsEntry("x-paygen-client-name", "DodoPayments")
        .containsEntry("x-paygen-env-base-url", "DODO_PAYMENTS_BASE_URL")
        .containsEntry("x-paygen-webhook-secret-env", "DODO_PAYMENTS_WEBHOOK_KEY");
    assertThat(api.getComponents().getSecuritySchemes().get("API_KEY").getExtensions())
        .containsEntry("x-paygen-env", "DODO_PAYMENTS_API_KEY");
    assertThat(api.getWebhooks())
        .containsOnlyKeys(
            "payment.succeeded", "payment.failed", "payment.processing", "payment.cancelled");
    assertThat(api.getComponents().getSchemas().get("IntentStatus").getEnum()).hasSize(11);
    assertThat(api.getComponents().getSchemas().get("Currency").getEnum()).hasSize(145);
    assertThat(api.getComponents().getSchemas().get("CountryCodeAlpha2").getEnum())
        .hasSize(249);
  }

  @Test
  @DisplayName(
      "the Dots spec has list, create and retrieve, Basic auth with env names, and both environments")
  void dotsSpecDeclaresCuratedSurface() {
    OpenAPI api = parse("dots.yaml").getOpenAPI();
    Map<String, String> names = new LinkedHashMap<>();
    operations(api)
        .forEach((route, op) ->
            names.put(route, op.getTags().get(0) + "." + op.getExtensions().get("x-paygen-name")));

    assertThat(names)
        .containsExactlyInAnyOrderEntriesOf(Map.of(
            "GET /v2/checkout-sessions", "Checkout Sessions.list",
            "POST /v2/checkout-sessions", "Checkout Sessions.create",
            "GET /v2/checkout-sessions/{checkout_session_id}", "Checkout Sessions.retrieve"));
    assertThat(api.getServers())
        .extracting(s -> s.getUrl() + " " + s.getExtensions().get("x-paygen-environment"))
        .containsExactly(
            "https://pls.senddotssandbox.com/api SANDBOX", "https://api.dots.dev/api PRODUCTION");
    assertThat(api.getComponents().getSecuritySchemes().get("api_key").getScheme())
        .isEqualTo("basic");
    assertThat(api.getComponents()
            .getSecuritySchemes()
            .get("api_key")
            .getExtensions()
            .get("x-paygen-env"))
        .isEqualTo(Map.of("username", "DOTS_CLIENT_ID", "password", "DOTS_API_KEY"));
    assertThat(api.getInfo().getExtensions())
        .containsEntry("x-paygen-client-name", "Dots")
        .containsEntry("x-paygen-env-base-url", "DOTS_BASE_URL");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"dodo-payments.yaml", "dots.yaml"})
  @DisplayName("every request body and every response with content carries an example")
  void everyBodyHasAnExample(String spec) {
    SpecExamples.Collected collected = SpecExamples.collect(SpecExamples.tree(spec));

    assertThat(collected.missing()).as("bodies without an example in %s", spec).isEmpty();
    assertThat(collected.examples()).as("examples in %s", spec).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"dodo-payments.yaml", "dots.yaml"})
  @DisplayName("every example validates against its schema")
  void everyExampleValidatesAgainstItsSchema(String spec) {
    JsonNode tree = SpecExamples.tree(spec);
    List<SpecExamples.Example> examples = SpecExamples.collect(tree).examples();
    Map<String, Set<String>> failures = new LinkedHashMap<>();
    for (SpecExamples.Example example : examples) {
      Set<String> messages = SpecExamples.validate(tree, example.schema(), example.value());
      if (!messages.isEmpty()) {
        failures.put(example.pointer(), messages);
      }
    }
    System.out.printf("%s: %d examples validated against their schemas%n", spec, examples.size());

    assertThat(failures)
        .as("examples that do not match their schema in %s", spec)
        .isEmpty();
  }

  @Test
  @DisplayName("an example missing a required field is rejected")
  void exampleMissingRequiredFieldIsRejected() {
    JsonNode tree = SpecExamples.tree("dodo-payments.yaml");
    SpecExamples.Example payment =
        exampleAt(tree, "/paths/~1payments~1{payment_id}/get/responses/200");
    ObjectNode broken = payment.value().deepCopy();
    broken.remove("payment_id");

    assertThat(SpecExamples.validate(tree, payment.schema(), payment.value())).isEmpty();
    assertThat(SpecExamples.validate(tree, payment.schema(), broken))
        .anySatisfy(message -> assertThat(message).contains("payment_id"));
  }

  @Test
  @DisplayName("an example with an illegal enum value deep inside a referenced schema is rejected")
  void exampleWithIllegalNestedEnumValueIsRejected() {
    JsonNode tree = SpecExamples.tree("dodo-payments.yaml");
    SpecExamples.Example list = exampleAt(tree, "/paths/~1payments/get/responses/200");
    ObjectNode broken = list.value().deepCopy();
    ((ObjectNode) broken.get("items").get(0)).set("currency", TextNode.valueOf("usd"));

    assertThat(SpecExamples.validate(tree, list.schema(), broken))
        .anySatisfy(message -> assertThat(message).contains("currency"));
  }

  @Test
  @DisplayName("an example with a malformed date-time or uuid is rejected")
  void exampleWithMalformedFormatIsRejected() {
    JsonNode tree = SpecExamples.tree("dots.yaml");
    SpecExamples.Example session =
        exampleAt(tree, "/paths/~1v2~1checkout-sessions~1{checkout_session_id}/get/responses/200");
    ObjectNode badDate = session.value().deepCopy();
    badDate.put("created", "14/05/2026 09:18");
    ObjectNode badUuid = session.value().deepCopy();
    badUuid.put("id", "cks_Gi6KGJ2zFJo9rq9Ukifwa");

    assertThat(SpecExamples.validate(tree, session.schema(), badDate))
        .anySatisfy(message -> assertThat(message).contains("created"));
    assertThat(SpecExamples.validate(tree, session.schema(), badUuid))
        .anySatisfy(message -> assertThat(message).contains("id"));
  }

  @Test
  @DisplayName("a webhook event whose type does not match its schema is rejected")
  void webhookEventWithWrongTypeIsRejected() {
    JsonNode tree = SpecExamples.tree("dodo-payments.yaml");
    SpecExamples.Example succeeded =
        exampleAt(tree, "/webhooks/payment.succeeded/post/requestBody");
    ObjectNode broken = succeeded.value().deepCopy();
    broken.put("type", "payment.failed");

    assertThat(SpecExamples.validate(tree, succeeded.schema(), broken))
        .anySatisfy(message -> assertThat(message).contains("type"));
  }

  private static SpecExamples.Example exampleAt(JsonNode tree, String pointerPrefix) {
    List<SpecExamples.Example> found = new ArrayList<>();
    for (SpecExamples.Example e : SpecExamples.collect(tree).examples()) {
      if (e.pointer().startsWith("#" + pointerPrefix + "/")) {
        found.add(e);
      }
    }
    assertThat(found).as("examples under %s", pointerPrefix).hasSize(1);
    return found.get(0);
  }
}
