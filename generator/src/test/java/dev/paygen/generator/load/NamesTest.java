package dev.paygen.generator.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paygen.generator.Diagnostic;
import dev.paygen.generator.GeneratedFile;
import dev.paygen.generator.GenerationRequest;
import dev.paygen.generator.GenerationResult;
import dev.paygen.generator.Generator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The naming rules: spec names to legal, predictable Java names, and what happens when two collide. */
class NamesTest {
  @TempDir
  Path dir;

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "payment_status, PaymentStatus",
    "paymentStatus, PaymentStatus",
    "Payment-Status, PaymentStatus",
    "checkout-session, CheckoutSession",
    "checkout.session.completed, CheckoutSessionCompleted",
    "HTTPStatus, HttpStatus",
    "URL, Url",
    "v2_payment, V2Payment",
    "3ds, _3ds",
    "3d_secure, _3dSecure",
  })
  void typeNamesAreUpperCamelCase(String spec, String java) {
    assertThat(Names.upperCamel(spec)).isEqualTo(java);
  }

  @Test
  void typeNamesDoNotShadowJavaLangTypes() {
    assertThat(Names.typeName("object")).isEqualTo("ObjectModel");
    assertThat(Names.typeName("string")).isEqualTo("StringModel");
    assertThat(Names.typeName("error")).isEqualTo("ErrorModel");
    assertThat(Names.typeName("payment")).isEqualTo("Payment");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "product_cart, productCart",
    "ProductCart, productCart",
    "x-request-id, xRequestId",
    "customerID, customerId",
    "address_line_2, addressLine2",
    "default, default_",
    "class, class_",
    "enum, enum_",
    "3ds, _3ds",
  })
  void propertyNamesAreLowerCamelCaseAndLegal(String spec, String java) {
    assertThat(Names.lowerCamel(spec)).isEqualTo(java);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "succeeded, SUCCEEDED",
    "requires_capture, REQUIRES_CAPTURE",
    "requiresCapture, REQUIRES_CAPTURE",
    "Family-Mart, FAMILY_MART",
    "in progress, IN_PROGRESS",
    "7eleven, _7ELEVEN",
    "10.50, _10_50",
  })
  void enumConstantsAreUpperSnakeCase(String spec, String java) {
    assertThat(Names.upperSnake(spec)).isEqualTo(java);
  }

  @Test
  void namesWithNoLetterOrDigitGetAPlaceholder() {
    assertThat(Names.upperCamel("--")).isEqualTo("Type");
    assertThat(Names.lowerCamel("_")).isEqualTo("value");
    assertThat(Names.upperSnake("")).isEqualTo("EMPTY");
  }

  @Test
  void snakeCamelAndKebabSpellingsSplitAtTheSameWordBoundaries() {
    assertThat(Names.words("payment_status")).containsExactly("payment", "status");
    assertThat(Names.words("paymentStatus")).containsExactly("payment", "Status");
    assertThat(Names.words("Payment-Status")).containsExactly("Payment", "Status");
    assertThat(Names.upperCamel("payment_status"))
        .isEqualTo(Names.upperCamel("paymentStatus"))
        .isEqualTo(Names.upperCamel("Payment-Status"));
  }

  @Test
  void schemasThatCollideAfterNormalizationAreRenamedWithAWarning() throws IOException {
    GenerationResult result = generate("""
        openapi: 3.0.3
        info: {title: Shop, version: "1"}
        paths: {}
        components:
          schemas:
            payment_status: {type: string, enum: [paid, unpaid]}
            PaymentStatus: {type: string, enum: [open, closed]}
        """);

    assertThat(result.errors()).isEmpty();
    assertThat(result.warnings()).singleElement().satisfies(warning -> {
      assertThat(warning.code()).isEqualTo("PAYGEN-W040");
      assertThat(warning.location()).endsWith("spec.yaml#/components/schemas/PaymentStatus");
      assertThat(warning.message()).contains("payment_status", "PaymentStatus2");
    });
    assertThat(source(result, "PaymentStatus")).contains("new PaymentStatus(\"paid\", Known.PAID)");
    assertThat(source(result, "PaymentStatus2"))
        .contains("new PaymentStatus2(\"open\", Known.OPEN)");
  }

  @Test
  void propertiesThatCollideAfterNormalizationAreRenamedWithAWarningAndKeepTheirWireNames()
      throws IOException {
    GenerationResult result = generate("""
        openapi: 3.0.3
        info: {title: Shop, version: "1"}
        paths: {}
        components:
          schemas:
            payment:
              type: object
              properties:
                paidAt: {type: string}
                paid_at: {type: string}
        """);

    assertThat(result.errors()).isEmpty();
    assertThat(result.warnings()).singleElement().satisfies(warning -> {
      assertThat(warning.code()).isEqualTo("PAYGEN-W041");
      assertThat(warning.location())
          .endsWith("spec.yaml#/components/schemas/payment/properties/paid_at");
      assertThat(warning.message()).contains("paidAt2");
    });
    assertThat(source(result, "Payment"))
        .contains("@JsonProperty(\"paidAt\") @Nullable String paidAt,")
        .contains("@JsonProperty(\"paid_at\") @Nullable String paidAt2");
  }

  @Test
  void collisionRenamesAreTheSameOnEveryRun() throws IOException {
    String spec = """
        openapi: 3.0.3
        info: {title: Shop, version: "1"}
        paths: {}
        components:
          schemas:
            payment_status: {type: string, enum: [paid]}
            PaymentStatus: {type: string, enum: [open]}
            payment-status: {type: string, enum: [void]}
        """;
    GenerationResult first = generate(spec);
    GenerationResult second = generate(spec);

    assertThat(paths(first))
        .containsExactlyElementsOf(paths(second))
        .contains(
            "com/acme/shop/model/PaymentStatus.java",
            "com/acme/shop/model/PaymentStatus2.java",
            "com/acme/shop/model/PaymentStatus3.java");
    assertThat(first.warnings())
        .map(Diagnostic::toString)
        .containsExactlyElementsOf(
            second.warnings().stream().map(Diagnostic::toString).toList());
    assertThat(source(first, "PaymentStatus3"))
        .contains("new PaymentStatus3(\"void\", Known.VOID)");
  }

  private GenerationResult generate(String yaml) throws IOException {
    Path spec = dir.resolve("spec.yaml");
    Files.writeString(spec, yaml);
    return Generator.generate(GenerationRequest.builder(spec, "com.acme.shop").build());
  }

  private static List<String> paths(GenerationResult result) {
    return result.files().stream().map(GeneratedFile::relativePath).toList();
  }

  private static String source(GenerationResult result, String type) {
    String path = "com/acme/shop/model/" + type + ".java";
    return result.files().stream()
        .filter(file -> file.relativePath().equals(path))
        .map(GeneratedFile::content)
        .findFirst()
        .orElseThrow(() -> new AssertionError(path + " not generated: " + paths(result)));
  }
}
