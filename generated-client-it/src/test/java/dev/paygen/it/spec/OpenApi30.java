package dev.paygen.it.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A 3.1 document restated in OpenAPI 3.0 for swagger-request-validator, which implements 3.0 only
 * (JSON Schema draft 4 plus {@code nullable}): read as 3.1, {@code oneOf: [{type: 'null'}, X]}
 * matches both branches for every value, so every nullable field would be "invalid".
 *
 * <p>Only the 3.1 spellings change, each to its 3.0 equivalent: a {@code 'null'} type (in a type
 * array or as a {@code oneOf}/{@code anyOf} branch) becomes {@code nullable: true}; {@code const}
 * becomes a one-value {@code enum}; a numeric {@code exclusiveMinimum}/{@code exclusiveMaximum}
 * becomes a bound with the draft-4 boolean. A repeated operationId (Dots repeats one, which OpenAPI
 * forbids and the validator refuses to load) gets a suffix; operationIds play no part in
 * validation. Keywords 3.0 lacks ({@code propertyNames}, {@code if}/{@code then}, schema
 * {@code examples}) and unknown ones (Dots' misspelt {@code depcrecated}, {@code min}, {@code max})
 * are dropped, as is a {@code type} that is an object (Dots'
 * {@code approval-policy}), so those constraints go unchecked. In any version, a discriminator
 * whose property is not required is dropped (the validator applies Swagger 2.0's rule and refuses
 * the schema; OpenAPI 3.0 does not require it, and the oneOf still checks each value), and a
 * nullable enum loses {@code nullable} (see {@link #schema}).
 */
final class OpenApi30 {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private OpenApi30() {}

  /** The spec as JSON text the validator can load. */
  static String of(Path spec) throws IOException {
    JsonNode root = YAML.readTree(spec.toFile());
    if (root.path("openapi").asText().startsWith("3.1")) {
      ((ObjectNode) root).put("openapi", "3.0.3");
      ((ObjectNode) root).remove("webhooks");
      ((ObjectNode) root.path("info")).remove("summary");
      uniqueOperationIds(root);
    }
    findSchemas(root, "");
    return root.toString();
  }

  /** The Schema Object's fields in OpenAPI 3.0; any other (but {@code x-}) is dropped. */
  private static final Set<String> SCHEMA_FIELDS = Set.of(
      "title",
      "multipleOf",
      "maximum",
      "exclusiveMaximum",
      "minimum",
      "exclusiveMinimum",
      "maxLength",
      "minLength",
      "pattern",
      "maxItems",
      "minItems",
      "uniqueItems",
      "maxProperties",
      "minProperties",
      "required",
      "enum",
      "type",
      "allOf",
      "oneOf",
      "anyOf",
      "not",
      "items",
      "properties",
      "additionalProperties",
      "description",
      "format",
      "default",
      "nullable",
      "discriminator",
      "readOnly",
      "writeOnly",
      "xml",
      "externalDocs",
      "example",
      "deprecated",
      "$ref");

  /** Finds the schemas (a {@code schema} field anywhere, {@code components.schemas}) and restates each. */
  private static void findSchemas(JsonNode node, String key) {
    if (key.equals("schema")) {
      schema(node);
    } else if (key.equals("schemas")) {
      node.forEach(OpenApi30::schema);
    } else if (!key.equals("example") && !key.equals("examples")) {
      if (node.isObject()) {
        node.properties().forEach(field -> findSchemas(field.getValue(), field.getKey()));
      } else if (node.isArray()) {
        node.forEach(element -> findSchemas(element, ""));
      }
    }
  }

  private static void schema(JsonNode node) {
    if (!node.isObject()) {
      return;
    }
    ObjectNode object = (ObjectNode) node;
    JsonNode type = object.get("type");
    if (type != null && type.isObject()) {
      // Not a type in any version (Dots' approval-policy has `type: {enum: [...]}`): unchecked.
      object.remove("type");
    } else if (type != null && type.isArray()) {
      List<String> types = new ArrayList<>();
      type.forEach(t -> types.add(t.asText()));
      if (types.remove("null")) {
        object.put("nullable", true);
      }
      if (types.size() == 1) {
        object.put("type", types.get(0));
      } else {
        object.remove("type");
      }
    }
    for (String combinator : List.of("oneOf", "anyOf")) {
      JsonNode branches = object.get(combinator);
      if (branches != null && branches.isArray()) {
        for (Iterator<JsonNode> it = branches.elements(); it.hasNext(); ) {
          if (it.next().path("type").asText().equals("null")) {
            it.remove();
            object.put("nullable", true);
          }
        }
        if (branches.isEmpty()) {
          object.remove(combinator);
        }
      }
    }
    JsonNode constant = object.remove("const");
    if (constant != null) {
      object.putArray("enum").add(constant);
    }
    for (Map.Entry<String, String> bound :
        Map.of("exclusiveMinimum", "minimum", "exclusiveMaximum", "maximum").entrySet()) {
      JsonNode value = object.get(bound.getKey());
      if (value != null && value.isNumber()) {
        object.set(bound.getValue(), value);
        object.put(bound.getKey(), true);
      }
    }
    JsonNode discriminator = object.path("discriminator").path("propertyName");
    if (!discriminator.isMissingNode() && !contains(object.path("required"), discriminator)) {
      // The validator refuses a discriminator whose property is not required (Swagger 2.0's rule;
      // OpenAPI 3.0 has none such): without it, the oneOf still checks each value.
      object.remove("discriminator");
    }
    if (object.path("nullable").asBoolean() && object.has("enum")) {
      // Swagger Parser and the validator each add null to a nullable enum's values, and the
      // validator then refuses the schema for the duplicate: the enum stays without null (no
      // value the proof sends or serves is null).
      object.remove("nullable");
    }
    object.retain(object
        .propertyStream()
        .map(Map.Entry::getKey)
        .filter(k -> SCHEMA_FIELDS.contains(k) || k.startsWith("x-"))
        .toList());
    object.path("properties").forEach(OpenApi30::schema);
    for (String child : List.of("items", "additionalProperties", "not")) {
      schema(object.path(child));
    }
    for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
      object.path(combinator).forEach(OpenApi30::schema);
    }
  }

  private static boolean contains(JsonNode array, JsonNode value) {
    for (JsonNode element : array) {
      if (element.equals(value)) {
        return true;
      }
    }
    return false;
  }

  private static void uniqueOperationIds(JsonNode root) {
    Set<String> seen = new HashSet<>();
    for (JsonNode item : root.path("paths")) {
      for (JsonNode operation : item) {
        JsonNode id = operation.get("operationId");
        if (id != null && !seen.add(id.asText())) {
          String unique = id.asText();
          for (int n = 2; !seen.add(unique); n++) {
            unique = id.asText() + "_" + n;
          }
          ((ObjectNode) operation).put("operationId", unique);
        }
      }
    }
  }
}
