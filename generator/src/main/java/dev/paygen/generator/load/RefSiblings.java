package dev.paygen.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * Puts back the {@code description} written beside a {@code $ref} ({@code {$ref: Address,
 * description: Where the parcel goes}}), read from the raw tree: Swagger Parser drops a
 * {@code $ref}'s siblings in OpenAPI 3.0 documents (3.1 keeps them), and that text describes the
 * property, so its Javadoc would lose it. Only the root file's component schemas are walked
 * (properties, items, {@code allOf}/{@code oneOf}/{@code anyOf} branches, typed
 * {@code additionalProperties}); a description Swagger kept is never replaced.
 */
// Swagger Parser\'s model is raw-typed (Schema, List<Schema>); generics would only add casts here.
@SuppressWarnings({"rawtypes", "unchecked"})
final class RefSiblings {
  private RefSiblings() {}

  static void restore(OpenAPI api, JsonNode root) {
    if (api == null || root == null || !root.has("openapi") || api.getComponents() == null) {
      return;
    }
    Map<String, Schema> schemas = api.getComponents().getSchemas();
    JsonNode raw = root.path("components").path("schemas");
    if (schemas != null) {
      schemas.forEach((name, schema) -> restore(schema, raw.path(name)));
    }
  }

  private static void restore(Schema schema, JsonNode raw) {
    if (schema == null || !raw.isObject()) {
      return;
    }
    if (schema.get$ref() != null) {
      if (schema.getDescription() == null && raw.path("description").isTextual()) {
        schema.setDescription(raw.path("description").asText());
      }
      return;
    }
    if (schema.getProperties() != null) {
      Map<String, Schema> properties = schema.getProperties();
      properties.forEach(
          (name, property) -> restore(property, raw.path("properties").path(name)));
    }
    restore(schema.getItems(), raw.path("items"));
    if (schema.getAdditionalProperties() instanceof Schema values) {
      restore(values, raw.path("additionalProperties"));
    }
    branches(schema.getAllOf(), raw.path("allOf"));
    branches(schema.getOneOf(), raw.path("oneOf"));
    branches(schema.getAnyOf(), raw.path("anyOf"));
  }

  private static void branches(List<Schema> parts, JsonNode raw) {
    if (parts != null && raw.isArray() && raw.size() == parts.size()) {
      for (int i = 0; i < parts.size(); i++) {
        restore(parts.get(i), raw.get(i));
      }
    }
  }
}
