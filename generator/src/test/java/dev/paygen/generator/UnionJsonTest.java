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
 * Generated oneOf unions read the right variant from JSON, by the discriminator's mapped tag or by
 * deduction, keep a shape they do not know as {@code Unknown}, and write every variant back unchanged.
 */
class UnionJsonTest {
  private static final ObjectMapper MAPPER = ObjectMappers.create();

  private static CompiledSpecs.Compiled compiled;

  @BeforeAll
  static void compile(@TempDir Path dir) throws IOException {
    Path spec = dir.resolve("spec.yaml");
    Files.writeString(spec, """
        openapi: 3.0.3
        info: {title: Shop, version: "1"}
        paths: {}
        components:
          schemas:
            card:
              type: object
              required: [type, last4]
              properties:
                type: {type: string}
                last4: {type: string}
            bank:
              type: object
              required: [type, iban]
              properties:
                type: {type: string}
                iban: {type: string}
            payment_method:
              oneOf:
                - $ref: '#/components/schemas/card'
                - $ref: '#/components/schemas/bank'
              discriminator:
                propertyName: type
                mapping:
                  card: '#/components/schemas/card'
                  bank_account: '#/components/schemas/bank'
            wallet:
              type: object
              required: [wallet_id]
              properties:
                wallet_id: {type: string}
            voucher:
              type: object
              required: [code]
              properties:
                code: {type: string}
            payment_source:
              oneOf:
                - $ref: '#/components/schemas/wallet'
                - $ref: '#/components/schemas/voucher'
        """);
    compiled = CompiledSpecs.compile("union spec", CompiledSpecs.generate(spec, "com.acme.shop"));
  }

  @Test
  void theDiscriminatorsMappedTagSelectsTheVariant() throws IOException {
    String json = "{\"type\":\"bank_account\",\"iban\":\"DE89370400440532013000\"}";

    Object method = MAPPER.readValue(json, type("PaymentMethod"));

    assertThat(method).isInstanceOf(type("Bank"));
    assertThat(MAPPER.writeValueAsString(method)).isEqualTo(json);
  }

  @Test
  void withoutADiscriminatorTheVariantIsDeducedFromItsProperties() throws IOException {
    Object voucher = MAPPER.readValue("{\"code\":\"SPRING\"}", type("PaymentSource"));
    Object wallet = MAPPER.readValue("{\"wallet_id\":\"w_1\"}", type("PaymentSource"));

    assertThat(voucher).isInstanceOf(type("Voucher"));
    assertThat(wallet).isInstanceOf(type("Wallet"));
    assertThat(MAPPER.writeValueAsString(wallet)).isEqualTo("{\"wallet_id\":\"w_1\"}");
  }

  @Test
  void anUnknownTagIsKeptAsUnknownAndWrittenBackAsReceived() throws IOException {
    String json = "{\"type\":\"crypto\",\"address\":\"0xabc\"}";

    Object method = MAPPER.readValue(json, type("PaymentMethod"));

    assertThat(method.getClass().getName()).isEqualTo("com.acme.shop.model.PaymentMethod$Unknown");
    assertThat(MAPPER.writeValueAsString(method)).isEqualTo(json);
  }

  @Test
  void aVariantInsideAListIsReadByTheUnionsRules() throws IOException {
    Object[] methods = (Object[]) MAPPER.readValue(
        "[{\"type\":\"card\",\"last4\":\"4242\"},{\"type\":\"bank_account\",\"iban\":\"X\"}]",
        MAPPER.getTypeFactory().constructArrayType(type("PaymentMethod")));

    assertThat(methods[0]).isInstanceOf(type("Card"));
    assertThat(methods[1]).isInstanceOf(type("Bank"));
  }

  private static Class<?> type(String simpleName) {
    return compiled.load("com.acme.shop.model." + simpleName);
  }
}
