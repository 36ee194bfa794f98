package dev.paygen.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a curated spec as a plain JSON tree and collects every example it carries (request bodies,
 * responses, parameters, webhook payloads) together with the schema it must satisfy, and validates
 * examples with a JSON Schema (draft 2020-12, the dialect of OpenAPI 3.1) validator.
 *
 * <p>Schemas are validated inside a wrapper document that holds the spec's {@code components}, so a
 * {@code $ref: '#/components/schemas/X'} anywhere in the schema resolves exactly as in the spec.
 */
final class SpecExamples {

  static final String SPEC_DIR = "paygen/specs/";
  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

  /** An example found in the spec, with the JSON pointer where it sits and the schema it must match. */
  record Example(String pointer, JsonNode schema, JsonNode value) {
    @Override
    public String toString() {
      return pointer;
    }
  }

  /** Everything collected from one spec: the examples and the places that should have one but don't. */
  record Collected(List<Example> examples, List<String> missing) {}

  private SpecExamples() {}

  static String read(String specName) {
    try (InputStream in =
        SpecExamples.class.getClassLoader().getResourceAsStream(SPEC_DIR + specName)) {
      if (in == null) {
        throw new IllegalStateException("spec not on the classpath: " + SPEC_DIR + specName);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode tree(String specName) {
    try {
      return YAML.readTree(read(specName));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Collected collect(JsonNode spec) {
    List<Example> examples = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String section : List.of("paths", "webhooks")) {
      for (Iterator<Map.Entry<String, JsonNode>> it = spec.path(section).fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> item = it.next();
        String itemPointer = "/" + section + "/" + escape(item.getKey());
        parameters(spec, item.getValue().path("parameters"), itemPointer + "/parameters", examples);
        for (String method : METHODS) {
          JsonNode op = item.getValue().get(method);
          if (op == null) {
            continue;
          }
          String opPointer = itemPointer + "/" + method;
          parameters(spec, op.path("parameters"), opPointer + "/parameters", examples);
          if (op.has("requestBody")) {
            content(spec, op.get("requestBody"), opPointer + "/requestBody", examples, missing);
          }
          for (Iterator<Map.Entry<String, JsonNode>> rs = op.path("responses").fields();
              rs.hasNext(); ) {
            Map.Entry<String, JsonNode> response = rs.next();
            content(
                spec,
                response.getValue(),
                opPointer + "/responses/" + response.getKey(),
                examples,
                missing);
          }
        }
      }
    }
    return new Collected(
        examples.stream().distinct().toList(), missing.stream().distinct().toList());
  }

  /** Validation messages for {@code value} against {@code schema}, resolving refs in the spec's components. */
  static Set<String> validate(JsonNode spec, JsonNode schema, JsonNode value) {
    ObjectNode wrapper = JsonNodeFactory.instance.objectNode();
    wrapper.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    wrapper.set("components", spec.path("components"));
    wrapper.putArray("allOf").add(schema);
    JsonSchema jsonSchema = FACTORY.getSchema(wrapper, CONFIG);
    Set<String> messages = new TreeSet<>();
    for (ValidationMessage message : jsonSchema.validate(value)) {
      messages.add(message.getMessage());
    }
    return messages;
  }

  private static void parameters(
      JsonNode spec, JsonNode params, String pointer, List<Example> out) {
    for (int i = 0; i < params.size(); i++) {
      JsonNode param = deref(spec, params.get(i));
      if (param.has("example") && param.has("schema")) {
        out.add(
            new Example(pointer + "/" + i + "/example", param.get("schema"), param.get("example")));
      }
    }
  }

  private static void content(
      JsonNode spec, JsonNode holder, String pointer, List<Example> out, List<String> missing) {
    JsonNode resolved = deref(spec, holder);
    String base = holder.has("$ref") ? holder.get("$ref").asText() : "#" + pointer;
    for (Iterator<Map.Entry<String, JsonNode>> it = resolved.path("content").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> media = it.next();
      String mediaPointer = base + "/content/" + escape(media.getKey());
      JsonNode schema = media.getValue().get("schema");
      List<JsonNode> values = new ArrayList<>();
      if (media.getValue().has("example")) {
        values.add(media.getValue().get("example"));
      }
      media.getValue().path("examples").forEach(e -> values.add(deref(spec, e).path("value")));
      if (values.isEmpty()) {
        missing.add(mediaPointer + (holder.has("$ref") ? " (used by #" + pointer + ")" : ""));
      }
      for (int i = 0; i < values.size(); i++) {
        out.add(new Example(
            mediaPointer + "/example" + (values.size() > 1 ? "s/" + i : ""),
            schema,
            values.get(i)));
      }
    }
  }

  private static JsonNode deref(JsonNode spec, JsonNode node) {
    JsonNode current = node;
    for (int depth = 0; current.has("$ref") && depth < 10; depth++) {
      String ref = current.get("$ref").asText();
      if (!ref.startsWith("#/")) {
        throw new IllegalArgumentException("only local refs are expected in curated specs: " + ref);
      }
      current = spec.at(ref.substring(1));
      if (current.isMissingNode()) {
        throw new IllegalArgumentException("dangling ref " + ref);
      }
    }
    return current;
  }

  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
