package dev.paygen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paygen.generator.support.CompiledSpecs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names the generator used to get wrong, now that one allocator per scope decides them before
 * emission; each spec must generate and compile with {@code -Xlint:all -Werror}.
 */
class NamingFixesTest {
  @TempDir
  Path dir;

  private CompiledSpecs.Compiled compile(String yaml) throws IOException {
    Path spec = dir.resolve("spec.yaml");
    Files.writeString(spec, yaml);
    return CompiledSpecs.compile("spec", CompiledSpecs.generate(spec, "com.acme.shop"));
  }

  private static String source(CompiledSpecs.Compiled compiled, String path) {
    return compiled.files().stream()
        .filter(f -> f.relativePath().equals(path))
        .findFirst()
        .orElseThrow(() -> new AssertionError(path + " not generated"))
        .content();
  }

  /**
   * Fix: {@code JsonRecord}, {@code Auth} and {@code ClientOptions} were missing from the hand list of
   * names generated code imports, so a schema of that name shadowed the runtime type (the record
   * {@code JsonRecord} was annotated {@code @dev.paygen.runtime.JsonRecord}); like {@code List} or
   * {@code Map}, they now get the {@code Model} suffix.
   */
  @Test
  void schemasNamedLikeRuntimeTypesDoNotShadowThem() throws IOException {
    CompiledSpecs.Compiled compiled = compile("""
        openapi: 3.0.3
        info: {title: Shop, version: "1"}
        paths: {}
        components:
          schemas:
            JsonRecord: {type: object, properties: {auth: {$ref: '#/components/schemas/Auth'}}}
            Auth: {type: object, properties: {options: {$ref: '#/components/schemas/ClientOptions'}}}
            ClientOptions: {type: object, properties: {a: {type: string}}}
        """);

    assertThat(source(compiled, "com/acme/shop/model/JsonRecordModel.java"))
        .contains(
            "import dev.paygen.runtime.JsonRecord;",
            "@JsonRecord\n",
            "public record JsonRecordModel(")
        .contains("AuthModel auth")
        .doesNotContain("@dev.paygen.runtime.JsonRecord");
    assertThat(compiled.files())
        .map(GeneratedFile::relativePath)
        .contains(
            "com/acme/shop/model/AuthModel.java", "com/acme/shop/model/ClientOptionsModel.java");
  }

  /**
   * Fix: constant names were derived in the emitter from each method name alone, so {@code getURl}
   * and {@code getUrl} both declared {@code GET_URL_TYPE} and the implementation did not compile; the
   * model now numbers the second one.
   */
  @Test
  void operationsWhoseConstantsCollideGetNumberedConstants() throws IOException {
    CompiledSpecs.Compiled compiled = compile("""
        openapi: 3.0.3
        info: {title: Shop, version: "1"}
        paths:
          /a:
            get:
              tags: [Links]
              x-paygen-name: getURl
              responses: {"200": {description: ok, content: {application/json: {schema: {type: string}}}}}
          /b:
            get:
              tags: [Links]
              x-paygen-name: getUrl
              responses: {"200": {description: ok, content: {application/json: {schema: {type: integer}}}}}
        """);

    assertThat(source(compiled, "com/acme/shop/service/LinksServiceImpl.java"))
        .contains("TypeReference<String> GET_URL_TYPE", "TypeReference<Long> GET_URL_2_TYPE");
  }

  /**
   * Fix: params record names were not checked against each other, so {@code Payments} +
   * {@code listItems} and {@code PaymentsList} + {@code items} both made {@code PaymentsListItemsParams};
   * the service package's allocator numbers the second one.
   */
  @Test
  void paramsRecordsOfDifferentServicesDoNotCollide() throws IOException {
    CompiledSpecs.Compiled compiled = compile("""
        openapi: 3.0.3
        info: {title: Shop, version: "1"}
        paths:
          /payments/items:
            get:
              tags: [Payments]
              x-paygen-name: listItems
              parameters: [{name: page, in: query, schema: {type: integer}}]
              responses: {"204": {description: none}}
          /payment-lists/items:
            get:
              tags: [Payments List]
              x-paygen-name: items
              parameters: [{name: cursor, in: query, schema: {type: string}}]
              responses: {"204": {description: none}}
        """);

    assertThat(source(compiled, "com/acme/shop/service/PaymentsListItemsParams.java"))
        .contains("Long page");
    assertThat(source(compiled, "com/acme/shop/service/PaymentsListItemsParams2.java"))
        .contains("String cursor");
    assertThat(source(compiled, "com/acme/shop/service/PaymentsListService.java"))
        .contains("items(PaymentsListItemsParams2 params)");
  }

  /**
   * Fix: the implementation's {@code <method>Request} helper was not reserved, so an operation named
   * {@code createRequest} beside one named {@code create} met the helper {@code createRequest(String)}
   * and did not compile; the second operation is now {@code createRequest2}, with a warning.
   */
  @Test
  void methodsDoNotMeetTheRequestHelpersOfOtherMethods() throws IOException {
    CompiledSpecs.Compiled compiled = compile("""
        openapi: 3.0.3
        info: {title: Shop, version: "1"}
        paths:
          /a:
            post:
              tags: [Carts]
              x-paygen-name: create
              requestBody: {content: {application/json: {schema: {type: string}}}}
              responses: {"204": {description: none}}
          /b:
            post:
              tags: [Carts]
              x-paygen-name: createRequest
              requestBody: {content: {application/json: {schema: {type: string}}}}
              responses: {"204": {description: none}}
        """);

    assertThat(source(compiled, "com/acme/shop/service/CartsService.java"))
        .contains("void create(String body)", "void createRequest2(String body)");
  }

  /**
   * Fix: the webhooks accessor yielded {@code webhooks()} to a tag but took {@code webhookEvents()}
   * without asking, so tags {@code webhooks} and {@code webhook events} made the client declare
   * {@code webhookEvents} twice; it is now claimed from the client's allocator like any accessor.
   */
  @Test
  void theWebhooksAccessorDoesNotMeetAServiceAccessor() throws IOException {
    CompiledSpecs.Compiled compiled = compile("""
        openapi: 3.1.0
        info: {title: Shop, version: "1"}
        servers: [{url: "https://api.example.com"}]
        paths:
          /webhooks:
            get:
              tags: [webhooks]
              operationId: list
              responses: {"204": {description: none}}
          /webhook-events:
            get:
              tags: [webhook events]
              operationId: list
              responses: {"204": {description: none}}
        webhooks:
          payment.succeeded: {post: {requestBody: {content: {application/json: {schema: {type: string}}}}}}
        """);

    assertThat(source(compiled, "com/acme/shop/ShopClient.java"))
        .contains(
            "public WebhooksService webhooks()",
            "public WebhookEventsService webhookEvents()",
            "public ShopWebhooks webhookEvents2()");
  }
}
