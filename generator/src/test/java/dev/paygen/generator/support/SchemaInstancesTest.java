package dev.paygen.generator.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paygen.generator.load.SpecLoader;
import dev.paygen.generator.support.SchemaInstances.Instance;
import dev.paygen.generator.support.SchemaInstances.Kind;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The round-trip proof is only as good as its instances: they follow the schema (required only,
 * every optional property, null where allowed, each variant with its discriminator value, an
 * unknown enum value, an undeclared field), and {@link JsonDiff} says where two trees differ.
 */
class SchemaInstancesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<Instance> instancesOf(String schema) throws URISyntaxException {
    Path spec = Path.of(
        SchemaInstancesTest.class.getResource("/roundtrip/instances.yaml").toURI());
    return new SchemaInstances(SpecLoader.load(spec, false).openApi()).of(schema);
  }

  private static JsonNode instance(List<Instance> instances, Kind kind, String label) {
    return instances.stream()
        .filter(instance -> instance.kind() == kind && instance.label().equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + label + " in " + instances))
        .json();
  }

  @Test
  void minimalInstanceHasRequiredPropertiesOnlyWithinTheirBounds() throws Exception {
    JsonNode minimal = instance(instancesOf("Payment"), Kind.MINIMAL, "");

    assertThat(minimal.toString())
        .isEqualTo("{\"id\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"amount\":100,"
            + "\"status\":\"paid\"}");
  }

  @Test
  void fullInstanceHasEveryOptionalPropertyAndTheFirstVariant() throws Exception {
    JsonNode full = instance(instancesOf("Payment"), Kind.FULL, "");

    assertThat(full.get("note").asText()).isEqualTo("textxx");
    assertThat(full.get("created").asText()).isEqualTo("2024-01-15T10:30:00Z");
    assertThat(full.get("method").toString()).isEqualTo("{\"kind\":\"card\",\"last4\":\"text\"}");
  }

  @Test
  void nullsInstanceIsNullWhereTheSchemaOrItsReferenceAllowsIt() throws Exception {
    JsonNode nulls = instance(instancesOf("Payment"), Kind.NULLS, "");

    assertThat(nulls.get("note").isNull()).isTrue();
    assertThat(nulls.get("customer").isNull()).isTrue();
    assertThat(nulls.get("amount").isNull()).isFalse();
  }

  @Test
  void variantInstancesCarryTheirDiscriminatorValue() throws Exception {
    List<Instance> instances = instancesOf("Method");

    assertThat(instance(instances, Kind.VARIANT, "#1").toString())
        .isEqualTo("{\"kind\":\"bank\",\"iban\":\"text\"}");
    assertThat(instance(instances, Kind.MINIMAL_VARIANT, "#1").toString())
        .isEqualTo("{\"kind\":\"bank\"}");
  }

  @Test
  void allOfSubtypesOfADiscriminatorParentAreItsVariants() throws Exception {
    JsonNode pet = instance(instancesOf("Pet"), Kind.FULL, "");

    assertThat(pet.toString()).isEqualTo("{\"petType\":\"Dog\",\"bark\":true}");
  }

  @Test
  void unknownEnumAndExtraFieldInstances() throws Exception {
    List<Instance> instances = instancesOf("Payment");

    assertThat(instance(instances, Kind.UNKNOWN_ENUM, "").get("status").asText())
        .isEqualTo(SchemaInstances.UNKNOWN_ENUM_VALUE);
    JsonNode extra = instance(instances, Kind.EXTRA_FIELD, "");
    assertThat(extra.has(SchemaInstances.EXTRA_FIELD)).isTrue();
    assertThat(extra.get("method").has(SchemaInstances.EXTRA_FIELD)).isTrue();
  }

  @Test
  void jsonDiffNamesThePathAndComparesNumbersByValueAndNullAsAbsent() throws Exception {
    JsonNode expected = JSON.readTree("{\"a\":[{\"b\":10,\"c\":null}],\"d\":\"x\"}");

    assertThat(JsonDiff.first(expected, JSON.readTree("{\"a\":[{\"b\":10.0}],\"d\":\"x\"}")))
        .isEmpty();
    assertThat(JsonDiff.first(expected, JSON.readTree("{\"a\":[{\"b\":10}]}")))
        .contains("$.d: dropped (expected \"x\")");
    assertThat(JsonDiff.first(expected, JSON.readTree("{\"a\":[{\"b\":11}],\"d\":\"x\"}")))
        .contains("$.a[0].b: expected 10, written 11");
  }
}
