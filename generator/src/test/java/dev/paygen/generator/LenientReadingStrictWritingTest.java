package dev.paygen.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import dev.paygen.generator.support.CompiledSpecs;
import dev.paygen.runtime.ObjectMappers;
import dev.paygen.runtime.Validatable;
import dev.paygen.runtime.Validator;
import dev.paygen.runtime.Violation;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, items 5 and 7 and readOnly/writeOnly, on compiled generated records: responses read
 * leniently and {@code validate()} names exact JSON paths; required numbers are never 0; the
 * builder and requests are strict; nothing the server sends is dropped.
 */
class LenientReadingStrictWritingTest {
  private static final ObjectMapper MAPPER = ObjectMappers.create();

  private static Class<?> payment;
  private static Class<?> page;
  private static Class<?> balance;

  @BeforeAll
  static void compile(@TempDir Path dir) throws IOException {
    Path spec = dir.resolve("spec.yaml");
    Files.writeString(spec, """
        openapi: 3.1.0
        info: {title: Shop, version: "1"}
        paths: {}
        components:
          schemas:
            Payment:
              type: object
              required: [payment_id, brand_id, total_amount, paid, card_number]
              properties:
                payment_id: {type: string, readOnly: true}
                brand_id: {type: string}
                total_amount: {type: integer}
                paid: {type: boolean}
                card_number: {type: string, writeOnly: true}
                note: {type: string}
            PaymentPage:
              type: object
              required: [items]
              properties:
                items:
                  type: array
                  items: {$ref: '#/components/schemas/Payment'}
            Balance:
              type: object
              required: [currency]
              properties:
                currency: {type: string}
              additionalProperties: {type: integer}
        """);
    CompiledSpecs.Compiled compiled =
        CompiledSpecs.compile("lenient spec", CompiledSpecs.generate(spec, "com.acme.shop"));
    payment = compiled.load("com.acme.shop.model.Payment");
    page = compiled.load("com.acme.shop.model.PaymentPage");
    balance = compiled.load("com.acme.shop.model.Balance");
  }

  private static final String ITEM =
      "{\"payment_id\":\"p_1\",\"brand_id\":\"b_1\",\"total_amount\":1500,\"paid\":true}";

  @Test
  void aResponseMissingARequiredFieldStillReadsAndValidateNamesIt() throws Exception {
    Object read =
        MAPPER.readValue("{\"payment_id\":\"p_1\",\"total_amount\":1500,\"paid\":true}", payment);

    assertThat(call(read, "paymentId")).isEqualTo("p_1");
    assertThat(((Validatable) read).validate())
        .containsExactly(new Violation("$.brand_id", "is required, but is missing"));
  }

  @Test
  void aPageWhereOneItemLacksARequiredFieldReadsAndValidateNamesItsPath() throws Exception {
    Object read = MAPPER.readValue(
        "{\"items\":[" + ITEM + ",{\"payment_id\":\"p_2\",\"total_amount\":1,\"paid\":false}]}",
        page);

    assertThat((List<?>) call(read, "items")).hasSize(2);
    assertThat(((Validatable) read).validate())
        .extracting(Violation::path)
        .containsExactly("$.items[1].brand_id");
  }

  @Test
  void aMissingRequiredIntegerReadsAsNullNeverZero() throws Exception {
    Object read = MAPPER.readValue("{\"payment_id\":\"p_1\",\"brand_id\":\"b\"}", payment);

    assertThat(call(read, "totalAmount")).isNull();
    assertThat(call(read, "paid")).isNull();
    assertThat(((Validatable) read).validate())
        .extracting(Violation::path)
        .containsExactly("$.total_amount", "$.paid");
  }

  @Test
  void aWrongTypedFieldReadsAsNullInsteadOfFailingTheDocument() throws Exception {
    Object read = MAPPER.readValue(
        "{\"payment_id\":\"p_1\",\"brand_id\":{\"id\":1},\"total_amount\":\"lots\",\"paid\":true}",
        payment);

    assertThat(call(read, "brandId")).isNull();
    assertThat(call(read, "totalAmount")).isNull();
    assertThat(((Validatable) read).validate())
        .extracting(Violation::path)
        .containsExactly("$.brand_id", "$.total_amount");
  }

  @Test
  void buildRefusesAMissingRequiredFieldNamingTheRecordAndWireName() throws Exception {
    Object builder = payment.getMethod("builder").invoke(null);
    set(builder, "brandId", "b_1");
    set(builder, "paid", true);
    set(builder, "cardNumber", "4242");

    assertThatThrownBy(() -> call(builder, "build"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Payment cannot be built: $.total_amount is required, but is missing");
  }

  @Test
  void buildDoesNotDemandAReadOnlyRequiredField() throws Exception {
    Object builder = payment.getMethod("builder").invoke(null);
    set(builder, "brandId", "b_1");
    set(builder, "totalAmount", 1500L);
    set(builder, "paid", true);
    set(builder, "cardNumber", "4242");

    Object built = call(builder, "build");

    assertThat(MAPPER.writeValueAsString(built))
        .isEqualTo("{\"brand_id\":\"b_1\",\"total_amount\":1500,\"paid\":true,"
            + "\"card_number\":\"4242\"}");
  }

  @Test
  void aRequiredWriteOnlyFieldIsNotDemandedInResponsesButIsInRequests() throws Exception {
    Object read = MAPPER.readValue(ITEM, payment);

    assertThat(((Validatable) read).validate()).isEmpty();
    assertThat(Validator.request(read))
        .extracting(Violation::path)
        .containsExactly("$.card_number");
  }

  @Test
  void unknownFieldsAreKeptAndWrittenBackOnARoundTrip() throws Exception {
    String json = "{\"payment_id\":\"p_1\",\"brand_id\":\"b_1\",\"total_amount\":1500,"
        + "\"paid\":true,\"payment_provider\":{\"name\":\"stripe\",\"fee\":1.5},\"seen\":null}";

    Object read = MAPPER.readValue(json, payment);

    assertThat(List.copyOf(((Map<?, ?>) call(read, "additionalProperties")).keySet()))
        .isEqualTo(List.of("payment_provider", "seen"));
    assertThat(MAPPER.writeValueAsString(read)).isEqualTo(json);
  }

  @Test
  void typedAdditionalPropertiesBesideDeclaredPropertiesAreKept() throws Exception {
    String json = "{\"currency\":\"EUR\",\"available\":120,\"pending\":7}";

    Object read = MAPPER.readValue(json, balance);

    assertThat(call(read, "additionalProperties"))
        .isEqualTo(Map.of("available", 120L, "pending", 7L));
    // Equal as JSON: Jackson's creator any-setter may hand the fields over in another order.
    assertThat((Object) MAPPER.readTree(MAPPER.writeValueAsString(read)))
        .isEqualTo(MAPPER.readTree(json));
  }

  @Test
  void additionalPropertiesAreEmptyNotNullWhenAbsentAndTheShortConstructorStays() throws Exception {
    Object made = balance.getConstructor(String.class).newInstance("EUR");

    assertThat(call(made, "additionalProperties")).isEqualTo(Map.of());
    assertThat(call(MAPPER.readValue("{\"currency\":\"EUR\"}", balance), "additionalProperties"))
        .isEqualTo(Map.of());
  }

  @Test
  void theBuilderPutsAdditionalProperties() throws Exception {
    Object builder = payment.getMethod("builder").invoke(null);
    set(builder, "brandId", "b_1");
    set(builder, "totalAmount", 1L);
    set(builder, "paid", false);
    set(builder, "cardNumber", "4242");
    // Inherited from the runtime's RecordBuilder<Builder, JsonNode>: erased to (String, Object).
    builder
        .getClass()
        .getMethod("putAdditionalProperty", String.class, Object.class)
        .invoke(builder, "risk_score", IntNode.valueOf(3));

    assertThat(MAPPER.writeValueAsString(call(builder, "build"))).endsWith(",\"risk_score\":3}");
  }

  private static Object call(Object target, String method) throws Exception {
    try {
      return target.getClass().getMethod(method).invoke(target);
    } catch (InvocationTargetException e) {
      throw (Exception) e.getCause();
    }
  }

  private static void set(Object builder, String name, Object value) throws Exception {
    for (Method m : builder.getClass().getMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == 1) {
        m.invoke(builder, value);
        return;
      }
    }
    throw new AssertionError("no setter " + name);
  }
}
