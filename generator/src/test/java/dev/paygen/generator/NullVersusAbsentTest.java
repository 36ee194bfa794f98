package dev.paygen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paygen.generator.support.CompiledSpecs;
import dev.paygen.runtime.ObjectMappers;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Null versus absent in request bodies, through compiled generated builders and the runtime's
 * mapper: a builder's setter given {@code null} for an optional property whose schema admits null
 * sends {@code "field": null} (so a PATCH can clear it); a property never set is left out; and
 * null is never sent where the spec forbids it. The schemas are Dodo 1.86.0's {@code
 * PatchCustomerRequest} (3.1 {@code type: [string, 'null']}, a {@code oneOf} with a null branch)
 * with a non-nullable optional and a 3.0-style {@code nullable: true} beside.
 */
class NullVersusAbsentTest {
  private static final ObjectMapper MAPPER = ObjectMappers.create();

  private static Class<?> patchCustomer;
  private static Class<?> patchPrice;

  @BeforeAll
  static void compile(@TempDir Path dir) throws IOException {
    Path spec = dir.resolve("spec.yaml");
    Files.writeString(spec, """
        openapi: 3.1.0
        info: {title: Shop, version: "1"}
        paths: {}
        components:
          schemas:
            Metadata:
              type: object
              additionalProperties: {type: string}
            PatchCustomerRequest:
              type: object
              properties:
                email: {type: [string, 'null']}
                metadata:
                  oneOf:
                    - type: 'null'
                    - $ref: '#/components/schemas/Metadata'
                name: {type: [string, 'null']}
                phone_number: {type: [string, 'null']}
                tax_id: {type: string}
            PatchPriceRequest:
              type: object
              additionalProperties: {type: integer}
              properties:
                discount: {type: integer, nullable: true}
                price: {type: integer}
        """);
    CompiledSpecs.Compiled compiled =
        CompiledSpecs.compile("null versus absent", CompiledSpecs.generate(spec, "com.acme.shop"));
    patchCustomer = compiled.load("com.acme.shop.model.PatchCustomerRequest");
    patchPrice = compiled.load("com.acme.shop.model.PatchPriceRequest");
  }

  /** Calls {@code builder()}, then each setter with its value (name, value, name, value...). */
  private static Object build(Class<?> type, Object... setters) throws Exception {
    Object builder = type.getMethod("builder").invoke(null);
    return set(builder, setters);
  }

  private static Object set(Object builder, Object... setters) throws Exception {
    for (int i = 0; i < setters.length; i += 2) {
      String name = (String) setters[i];
      Method setter = null;
      for (Method m : builder.getClass().getMethods()) {
        // The boxed setter, not its primitive overload (x(long) beside x(Long)): javac picks it
        // for null, and so must this.
        if (m.getName().equals(name)
            && m.getParameterCount() == 1
            && !m.getParameterTypes()[0].isPrimitive()) {
          setter = m;
        }
      }
      assertThat(setter).as("setter %s", name).isNotNull();
      setter.invoke(builder, setters[i + 1]);
    }
    return builder.getClass().getMethod("build").invoke(builder);
  }

  private static String json(Object value) {
    return MAPPER.valueToTree(value).toString();
  }

  @Test
  void patchCanClearANullableField() throws Exception {
    Object patch = build(patchCustomer, "name", "Ada", "email", null, "metadata", null);

    assertThat(json(patch)).isEqualTo("{\"name\":\"Ada\",\"email\":null,\"metadata\":null}");
  }

  @Test
  void patchCanClearANullableFieldOfARecordWithTypedAdditionalProperties() throws Exception {
    Object patch = build(patchPrice, "discount", null, "price", 100L);

    assertThat(json(patch)).isEqualTo("{\"price\":100,\"discount\":null}");
  }

  @Test
  void settingAValueAfterNullSendsTheValueOnce() throws Exception {
    Object patch = build(patchCustomer, "email", null, "email", "a@b.c");

    assertThat(json(patch)).isEqualTo("{\"email\":\"a@b.c\"}");
  }

  @Test
  void unsetOptionalFieldIsAbsent() throws Exception {
    Object patch = build(patchCustomer, "name", "Ada");

    assertThat(json(patch)).isEqualTo("{\"name\":\"Ada\"}");
    // and a constructor's null stays absent: (email, metadata, name, phoneNumber, taxId)
    java.lang.reflect.Constructor<?> withoutAdditional = null;
    for (java.lang.reflect.Constructor<?> c : patchCustomer.getConstructors()) {
      if (c.getParameterCount() == 5) {
        withoutAdditional = c;
      }
    }
    Object constructed = withoutAdditional.newInstance(null, null, "Ada", null, null);
    assertThat(json(constructed)).isEqualTo("{\"name\":\"Ada\"}");
  }

  @Test
  void nullForNonNullableOptionalIsAbsent() throws Exception {
    Object patch = build(patchCustomer, "name", "Ada", "taxId", null);
    Object price = build(patchPrice, "price", null);

    assertThat(json(patch)).isEqualTo("{\"name\":\"Ada\"}");
    assertThat(json(price)).isEqualTo("{}");
  }

  @Test
  void toBuilderOfAReadRecordClearsNothing() throws Exception {
    Object read = MAPPER.readValue(
        "{\"email\":null,\"name\":\"Ada\",\"phone_number\":null,\"tax_id\":\"T1\"}", patchCustomer);
    Object builder = patchCustomer.getMethod("toBuilder").invoke(read);

    Object changed = set(builder, "name", "Grace");
    Object unchanged = set(patchCustomer.getMethod("toBuilder").invoke(read));

    // only what the caller set goes out: the JSON nulls read are not re-sent
    assertThat(json(changed)).isEqualTo("{\"name\":\"Grace\",\"tax_id\":\"T1\"}");
    assertThat(unchanged).isEqualTo(read);
    // and a cleared field is not the same record as an untouched one
    Object cleared = set(patchCustomer.getMethod("toBuilder").invoke(read), "name", null);
    assertThat(cleared).isNotEqualTo(build(patchCustomer, "taxId", "T1"));
    assertThat(json(cleared)).isEqualTo("{\"tax_id\":\"T1\",\"name\":null}");
  }
}
