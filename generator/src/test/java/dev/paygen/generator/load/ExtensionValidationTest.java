package dev.paygen.generator.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paygen.generator.Diagnostic;
import dev.paygen.generator.GenerationRequest;
import dev.paygen.generator.GenerationResult;
import dev.paygen.generator.Generator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code x-paygen-*} extension of the wrong type or with a bad value is a located, coded error
 * (file and JSON pointer of the extension), never an E900 "bug in paygen" and never silently ignored.
 * Small spec in, diagnostics out.
 */
class ExtensionValidationTest {
  /** A valid spec using every extension; each test breaks one. */
  private static final String SPEC = """
      openapi: 3.0.3
      info:
        title: Shop
        version: "1"
        x-paygen-client-name: Shop
        x-paygen-env-base-url: SHOP_BASE_URL
        x-paygen-webhook-secret-env: SHOP_WEBHOOK_KEY
      servers:
        - url: https://test.example.com
          x-paygen-environment: TEST_MODE
      paths:
        /payments:
          get:
            operationId: listPayments
            x-paygen-name: list
            x-paygen-pagination: {kind: page-number, page-param: page, size-param: size, first-page: 1, items: items}
            parameters:
              - {name: page, in: query, schema: {type: integer}}
              - {name: size, in: query, schema: {type: integer}}
            responses:
              "200":
                description: ok
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/PaymentPage'}
      components:
        securitySchemes:
          bearer: {type: http, scheme: bearer, x-paygen-env: SHOP_API_KEY}
          basic: {type: http, scheme: basic, x-paygen-env: {username: SHOP_USER, password: SHOP_PASSWORD}}
        schemas:
          PaymentPage:
            type: object
            properties:
              items: {type: array, items: {$ref: '#/components/schemas/Payment'}}
          Payment:
            type: object
            properties:
              id: {type: string}
      """;

  private static final String OPERATION = "spec.yaml#/paths/~1payments/get/";

  @TempDir
  Path dir;

  @Test
  void theSpecUsingEveryExtensionCorrectlyGenerates() throws IOException {
    GenerationResult result = generate(SPEC);

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.success()).isTrue();
  }

  @Test
  void paginationItemsThatAreNotAStringAreLocatedNotACrash() throws IOException {
    // Before: a ClassCastException inside the detector, reported as PAYGEN-E900 "a bug in paygen".
    assertSingleError(
        SPEC.replace("items: items}", "items: 5}"),
        OPERATION
            + "x-paygen-pagination/items: error [PAYGEN-E081] x-paygen-pagination 'items' must be a"
            + " property name (a non-empty string), but is 5");
  }

  @Test
  void paginationSizeParamThatIsNotAStringIsLocated() throws IOException {
    assertSingleError(
        SPEC.replace("size-param: size", "size-param: [size]"),
        OPERATION + "x-paygen-pagination/size-param: error [PAYGEN-E081]");
  }

  @Test
  void paginationThatIsNotAnObjectIsLocated() throws IOException {
    assertSingleError(
        SPEC.replaceFirst("x-paygen-pagination: \\{.*}", "x-paygen-pagination: cursor"),
        OPERATION
            + "x-paygen-pagination: error [PAYGEN-E081] x-paygen-pagination must be an object");
  }

  @Test
  void paginationOfAnUnknownKindIsLocated() throws IOException {
    assertSingleError(
        SPEC.replace("kind: page-number", "kind: offset"),
        OPERATION
            + "x-paygen-pagination/kind: error [PAYGEN-E081] x-paygen-pagination 'kind' must be page-number"
            + " or cursor, but is \"offset\"");
  }

  @Test
  void paginationWithAMisspelledKeyIsLocated() throws IOException {
    assertSingleError(
        SPEC.replace("page-param: page", "page_param: page"),
        OPERATION
            + "x-paygen-pagination/page_param: error [PAYGEN-E081] x-paygen-pagination has no key"
            + " 'page_param'");
  }

  @Test
  void paginationFirstPageThatIsNotAnIntegerIsLocated() throws IOException {
    assertSingleError(
        SPEC.replace("first-page: 1", "first-page: one"),
        OPERATION + "x-paygen-pagination/first-page: error [PAYGEN-E081]");
  }

  @Test
  void paginationKeysOfTheOtherKindAreLocated() throws IOException {
    assertSingleError(
        SPEC.replace("first-page: 1", "first-page: 1, has-more: more"),
        OPERATION
            + "x-paygen-pagination/has-more: error [PAYGEN-E081] x-paygen-pagination 'has-more' applies to"
            + " kind cursor only");
  }

  @Test
  void aMethodNameThatIsNotAStringIsLocated() throws IOException {
    assertSingleError(
        SPEC.replace("x-paygen-name: list", "x-paygen-name: 5"),
        OPERATION
            + "x-paygen-name: error [PAYGEN-E080] x-paygen-name must be a name (a string with a"
            + " letter or digit), but is 5");
  }

  @Test
  void anEnvironmentNameThatIsNotAStringIsLocated() throws IOException {
    assertSingleError(
        SPEC.replace("x-paygen-environment: TEST_MODE", "x-paygen-environment: [TEST]"),
        "spec.yaml#/servers/0/x-paygen-environment: error [PAYGEN-E082]");
  }

  @Test
  void aCredentialVariableOfTheWrongShapeIsLocated() throws IOException {
    assertSingleError(
        SPEC.replace("x-paygen-env: SHOP_API_KEY", "x-paygen-env: {username: A, password: B}"),
        "spec.yaml#/components/securitySchemes/bearer/x-paygen-env: error [PAYGEN-E083] x-paygen-env of a bearer"
            + " scheme must be an environment variable name");
    assertSingleError(
        SPEC.replace("password: SHOP_PASSWORD", "secret: SHOP_PASSWORD"),
        "spec.yaml#/components/securitySchemes/basic/x-paygen-env: error [PAYGEN-E083] x-paygen-env of a basic"
            + " scheme must be {username: VARIABLE, password: VARIABLE}");
    assertSingleError(
        SPEC.replace("x-paygen-env: SHOP_API_KEY", "x-paygen-env: SHOP API KEY"),
        "spec.yaml#/components/securitySchemes/bearer/x-paygen-env: error [PAYGEN-E083]");
  }

  @Test
  void infoVariablesOfTheWrongTypeAreLocated() throws IOException {
    assertSingleError(
        SPEC.replace("x-paygen-env-base-url: SHOP_BASE_URL", "x-paygen-env-base-url: {a: b}"),
        "spec.yaml#/info/x-paygen-env-base-url: error [PAYGEN-E084]");
    assertSingleError(
        SPEC.replace(
            "x-paygen-webhook-secret-env: SHOP_WEBHOOK_KEY", "x-paygen-webhook-secret-env: 7"),
        "spec.yaml#/info/x-paygen-webhook-secret-env: error [PAYGEN-E085]");
  }

  @Test
  void aClientNameThatIsNotAStringIsLocated() throws IOException {
    assertSingleError(
        SPEC.replace("x-paygen-client-name: Shop", "x-paygen-client-name: 42"),
        "spec.yaml#/info/x-paygen-client-name: error [PAYGEN-E086]");
  }

  @Test
  void everyBadExtensionIsListedInOneRun() throws IOException {
    GenerationResult result = generate(SPEC.replace("items: items}", "items: 5}")
        .replace("x-paygen-name: list", "x-paygen-name: 5")
        .replace("x-paygen-client-name: Shop", "x-paygen-client-name: 42"));

    assertThat(result.errors())
        .extracting(Diagnostic::code)
        .containsExactlyInAnyOrder("PAYGEN-E081", "PAYGEN-E080", "PAYGEN-E086");
  }

  private void assertSingleError(String spec, String expected) throws IOException {
    GenerationResult result = generate(spec);

    assertThat(result.outcome()).isEqualTo(GenerationResult.Outcome.FAILED);
    assertThat(result.errors())
        .as(result.diagnostics().toString())
        .singleElement()
        .satisfies(error -> assertThat(error.toString()).startsWith(expected).contains(". Fix: "));
  }

  private GenerationResult generate(String spec) throws IOException {
    Path file = Files.writeString(dir.resolve("spec.yaml"), spec);
    return Generator.generate(GenerationRequest.builder(file, "com.acme.shop").build());
  }
}
