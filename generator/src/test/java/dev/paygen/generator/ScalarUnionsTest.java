package dev.paygen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paygen.generator.support.CompiledSpecs;
import dev.paygen.runtime.ObjectMappers;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, unions that never guess wrong, for scalar variants: an integral number is the integer
 * variant and a float never is, a listed enum value is the enum and an unlisted one the plain
 * string, a formatted string is the formatted variant. The fixture ({@code
 * unions/scalar-unions.yaml}) copies Dodo's EventMetadata and the open-enum pattern.
 */
class ScalarUnionsTest {
  private static final ObjectMapper MAPPER = ObjectMappers.create();
  private static final String MODEL = "com.acme.scalars.model.";

  private static CompiledSpecs.Compiled compiled;

  @BeforeAll
  static void compile() {
    compiled = CompiledSpecs.compiled(
        Path.of("src/test/resources/unions/scalar-unions.yaml"), "com.acme.scalars");
  }

  @Test
  void dodoEventMetadataValueReadsEachJsonKindAsItsOwnVariant() throws Exception {
    assertReads("MetadataValue", "5", "IntegerValue", 5L);
    assertReads("MetadataValue", "1.5", "NumberValue", 1.5);
    assertReads("MetadataValue", "\"x\"", "StringValue", "x");
    assertReads("MetadataValue", "true", "BooleanValue", true);
  }

  @Test
  void dodoEventMetadataKeepsEveryValueAndWritesItBackEqual() throws Exception {
    String json = "{\"metadata\":{\"count\":5,\"ratio\":1.5,\"plan\":\"pro\",\"trial\":false}}";

    Object event = MAPPER.readValue(json, type("Event"));
    Map<?, ?> metadata = (Map<?, ?>) call(event, "metadata");

    assertThat(call(metadata.get("count"), "value")).isEqualTo(5L);
    assertThat(call(metadata.get("ratio"), "value")).isEqualTo(1.5);
    assertThat(call(metadata.get("plan"), "value")).isEqualTo("pro");
    assertThat(call(metadata.get("trial"), "value")).isEqualTo(false);
    assertThat(MAPPER.readTree(MAPPER.writeValueAsString(event))).isEqualTo(MAPPER.readTree(json));
  }

  @Test
  void aListedEnumValueIsTheEnumAnUnlistedOneBesideAStringIsTheString() throws Exception {
    Object listed = MAPPER.readValue("\"frozen\"", type("CardStatus"));
    assertThat(listed).isInstanceOf(type("CardStatus$CardStatusCodeValue"));
    assertThat(call(call(listed, "value"), "isKnown")).isEqualTo(true);
    assertReads("CardStatus", "\"lost\"", "StringValue", "lost");
  }

  @Test
  void aFormattedStringIsTheFormattedVariantAnyOtherStringThePlainString() throws Exception {
    assertReads(
        "Expiry",
        "\"2026-11-30T14:27:24Z\"",
        "DateTimeValue",
        OffsetDateTime.parse("2026-11-30T14:27:24Z"));
    assertReads("Expiry", "\"never\"", "StringValue", "never");
  }

  /** Reads {@code json} as the union, checks the variant and its value, and that it writes back. */
  private static void assertReads(String union, String json, String variant, Object value)
      throws Exception {
    Object read = MAPPER.readValue(json, type(union));

    assertThat(read.getClass().getName()).isEqualTo(MODEL + union + "$" + variant);
    Object held = call(read, "value");
    if (held instanceof OffsetDateTime time) {
      assertThat(time).isEqualTo((OffsetDateTime) value);
    } else {
      assertThat(held).isEqualTo(value);
    }
    JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(read));
    assertThat(written).isEqualTo(MAPPER.readTree(json));
  }

  private static Class<?> type(String name) {
    return compiled.load(MODEL + name);
  }

  private static Object call(Object target, String accessor) throws ReflectiveOperationException {
    return target.getClass().getMethod(accessor).invoke(target);
  }
}
