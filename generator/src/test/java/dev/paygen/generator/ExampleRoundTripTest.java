package dev.paygen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.paygen.generator.load.LoadedSpec;
import dev.paygen.generator.load.ModelBuilder;
import dev.paygen.generator.load.ModelResult;
import dev.paygen.generator.load.SpecLoader;
import dev.paygen.generator.model.TypeModel;
import dev.paygen.generator.support.CompiledSpecs;
import dev.paygen.generator.support.Golden;
import dev.paygen.runtime.ObjectMappers;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every JSON example of the two curated specs (request bodies, responses, component schemas) reads
 * into its generated type with the runtime's mapper and writes back to the same JSON.
 *
 * <p>"The same JSON" is tree equality after normalizing both sides the same way: object members
 * whose value is {@code null} are dropped (an optional property the example sets to null is not
 * written back, as absent and null mean the same to the API); numbers compare by value
 * ({@code 10}, {@code 10.0} and a long 10 are equal); and a string that parses as an ISO-8601
 * date-time with offset compares as the instant it denotes ({@code 2026-05-14T12:18:42Z} and
 * {@code 2026-05-14T12:18:42.000Z} are equal). Member order and everything else must match exactly.
 */
class ExampleRoundTripTest {
  private static final ObjectMapper MAPPER = ObjectMappers.create();

  /** One example: where it is in the spec, its JSON and the schema it is an example of. */
  record Example(Golden golden, String pointer, JsonNode json, String schemaPointer) {
    @Override
    public String toString() {
      return golden.specFile() + "#" + pointer;
    }
  }

  static Stream<Arguments> examples() throws IOException {
    List<Arguments> all = new ArrayList<>();
    for (Golden golden : Golden.all()) {
      for (Example example : examplesOf(golden)) {
        all.add(Arguments.of(example));
      }
    }
    return all.stream();
  }

  @Test
  void bothCuratedSpecsHaveExamplesToCheck() throws IOException {
    assertThat(examplesOf(Golden.DODO)).hasSizeGreaterThanOrEqualTo(10);
    assertThat(examplesOf(Golden.DOTS)).hasSizeGreaterThanOrEqualTo(4);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void exampleReadsIntoItsGeneratedTypeAndWritesBackTheSameJson(Example example)
      throws IOException {
    Class<?> type = generatedClass(example.golden(), example.schemaPointer());

    Object value = MAPPER.treeToValue(example.json(), type);
    JsonNode written = MAPPER.valueToTree(value);

    assertThat(normalize(written))
        .as("%s written back as %s", type.getName(), written)
        .isEqualTo(normalize(example.json()));
  }

  @Test
  void unknownPropertiesAreKeptAndWrittenBack() throws Exception {
    Example example = dotsCheckoutSessionExample();
    ObjectNode json = example.json().deepCopy();
    json.put("added_in_a_later_api_version", "x");
    json.putObject("another_new_object").put("a", 1);

    Object session = MAPPER.treeToValue(json, generatedClass(Golden.DOTS, example.schemaPointer()));

    assertThat(normalize(MAPPER.valueToTree(session))).isEqualTo(normalize(json));
  }

  @Test
  void unknownEnumValueIsKeptAndWrittenBackUnchanged() throws Exception {
    Example example = dotsCheckoutSessionExample();
    ObjectNode json = example.json().deepCopy();
    json.put("status", "paused_by_a_later_api_version");

    Object session = MAPPER.treeToValue(json, generatedClass(Golden.DOTS, example.schemaPointer()));
    Object status = session.getClass().getMethod("status").invoke(session);

    assertThat(status.getClass().getMethod("value").invoke(status))
        .isEqualTo("paused_by_a_later_api_version");
    assertThat(status.getClass().getMethod("known").invoke(status)).hasToString("UNRECOGNIZED");
    assertThat(normalize(MAPPER.valueToTree(session))).isEqualTo(normalize(json));
  }

  private static Example dotsCheckoutSessionExample() throws IOException {
    return examplesOf(Golden.DOTS).stream()
        .filter(example -> example.schemaPointer().equals("/components/schemas/checkout-session"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("dots.yaml has no checkout-session example"));
  }

  /** The compiled golden class generated for a component schema, found through the model. */
  private static Class<?> generatedClass(Golden golden, String schemaPointer) {
    CompiledSpecs.Compiled compiled = CompiledSpecs.compiledGolden(golden);
    Map<String, String> classes =
        CLASSES.computeIfAbsent(golden, ExampleRoundTripTest::classesByPointer);
    String name = classes.get(schemaPointer);
    assertThat(name)
        .as("generated type for %s in %s (types: %s)", schemaPointer, golden, classes.keySet())
        .isNotNull();
    return compiled.load(name);
  }

  private static final Map<Golden, Map<String, String>> CLASSES = new HashMap<>();

  private static Map<String, String> classesByPointer(Golden golden) {
    GenerationRequest request =
        GenerationRequest.builder(golden.spec(), golden.packageName()).build();
    LoadedSpec spec = SpecLoader.load(request.spec(), false);
    ModelResult model = ModelBuilder.build(spec, request);
    Map<String, String> classes = new HashMap<>();
    for (TypeModel type : model.model().types()) {
      String pointer =
          type.pointer().startsWith("#") ? type.pointer().substring(1) : type.pointer();
      classes.put(
          pointer,
          model.model().modelPackage() + "." + String.join("$", type.name().simpleNames()));
    }
    return classes;
  }

  /** Every example under a media type or a component schema whose schema is a component $ref. */
  private static List<Example> examplesOf(Golden golden) throws IOException {
    JsonNode root = new YAMLMapper().readTree(golden.spec().toFile());
    List<Example> examples = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> paths =
        root.path("paths").properties().iterator();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      Iterator<Map.Entry<String, JsonNode>> operations =
          path.getValue().properties().iterator();
      while (operations.hasNext()) {
        Map.Entry<String, JsonNode> operation = operations.next();
        String at = "/paths/" + escape(path.getKey()) + "/" + operation.getKey();
        JsonNode body = operation.getValue().path("requestBody");
        mediaTypes(golden, root, resolve(root, body), at + "/requestBody", examples);
        Iterator<Map.Entry<String, JsonNode>> responses =
            operation.getValue().path("responses").properties().iterator();
        while (responses.hasNext()) {
          Map.Entry<String, JsonNode> response = responses.next();
          JsonNode resolved = resolve(root, response.getValue());
          String where = response.getValue().has("$ref")
              ? response.getValue().get("$ref").asText().substring(1)
              : at + "/responses/" + response.getKey();
          mediaTypes(golden, root, resolved, where, examples);
        }
      }
    }
    Iterator<Map.Entry<String, JsonNode>> schemas =
        root.path("components").path("schemas").properties().iterator();
    while (schemas.hasNext()) {
      Map.Entry<String, JsonNode> schema = schemas.next();
      if (schema.getValue().has("example") && schema.getValue().get("example").isObject()) {
        String pointer = "/components/schemas/" + escape(schema.getKey());
        examples.add(
            new Example(golden, pointer + "/example", schema.getValue().get("example"), pointer));
      }
    }
    // Shared responses are reached from many operations: check each once.
    Map<String, Example> unique = new java.util.LinkedHashMap<>();
    examples.forEach(example -> unique.putIfAbsent(example.pointer(), example));
    return List.copyOf(unique.values());
  }

  private static void mediaTypes(
      Golden golden, JsonNode root, JsonNode owner, String at, List<Example> examples) {
    Iterator<Map.Entry<String, JsonNode>> media =
        owner.path("content").properties().iterator();
    while (media.hasNext()) {
      Map.Entry<String, JsonNode> type = media.next();
      String ref = type.getValue().path("schema").path("$ref").asText("");
      if (!type.getKey().contains("json") || !ref.startsWith("#/components/schemas/")) {
        continue;
      }
      String here = at + "/content/" + escape(type.getKey());
      if (type.getValue().has("example")) {
        examples.add(new Example(
            golden, here + "/example", type.getValue().get("example"), ref.substring(1)));
      }
      Iterator<Map.Entry<String, JsonNode>> named =
          type.getValue().path("examples").properties().iterator();
      while (named.hasNext()) {
        Map.Entry<String, JsonNode> example = named.next();
        JsonNode value = resolve(root, example.getValue()).path("value");
        if (!value.isMissingNode()) {
          examples.add(new Example(
              golden,
              here + "/examples/" + escape(example.getKey()) + "/value",
              value,
              ref.substring(1)));
        }
      }
    }
  }

  private static JsonNode resolve(JsonNode root, JsonNode node) {
    return node.has("$ref") ? root.at(node.get("$ref").asText().substring(1)) : node;
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  /** The normalization described on the class: nulls dropped, numbers by value, date-times as instants. */
  static JsonNode normalize(JsonNode node) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    if (node.isObject()) {
      ObjectNode out = nodes.objectNode();
      node.properties().forEach(field -> {
        if (!field.getValue().isNull()) {
          out.set(field.getKey(), normalize(field.getValue()));
        }
      });
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = nodes.arrayNode();
      node.forEach(element -> out.add(normalize(element)));
      return out;
    }
    if (node.isNumber()) {
      BigDecimal value = node.decimalValue();
      return nodes.numberNode(value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros());
    }
    if (node.isTextual()
        && node.asText().length() >= 20
        && Character.isDigit(node.asText().charAt(0))) {
      try {
        return nodes.textNode(OffsetDateTime.parse(node.asText()).toInstant().toString());
      } catch (DateTimeParseException e) {
        return node;
      }
    }
    return node;
  }
}
