package dev.paygen.generator.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads what a Swagger Parser {@link Schema} says, independently of the generator's own readers
 * (so that the round-trip proof does not share their mistakes): JSON type (3.0 {@code type} and
 * {@code nullable}, 3.1 type arrays), nullability (through {@code $ref}, type arrays, {@code null}
 * enum values and {@code null} union branches), union branches, {@code allOf} merging and
 * discriminator hierarchies.
 */
@SuppressWarnings({"rawtypes", "unchecked"}) // Swagger Parser's Schema is a raw generic type
final class SchemaView {
  static final String COMPONENTS = "#/components/schemas/";
  private static final ObjectMapper PLAIN = new ObjectMapper();

  private final Map<String, Schema> components;

  SchemaView(OpenAPI openApi) {
    this.components =
        openApi.getComponents() == null || openApi.getComponents().getSchemas() == null
            ? Map.of()
            : openApi.getComponents().getSchemas();
  }

  /** The properties, required names, additional properties and discriminators of an object. */
  record Merged(
      Map<String, Schema<?>> properties,
      Set<String> required,
      Schema<?> additional,
      boolean freeForm,
      boolean closed,
      Map<String, String> discriminators) {}

  String componentName(String ref) {
    int at = ref.lastIndexOf("/components/schemas/");
    if (at < 0) {
      throw new SchemaInstances.CannotGenerate("a $ref outside components: " + ref);
    }
    return ref.substring(at + "/components/schemas/".length());
  }

  Schema<?> component(String name) {
    Schema<?> schema = components.get(name);
    if (schema == null) {
      throw new SchemaInstances.CannotGenerate("no component schema " + name);
    }
    return schema;
  }

  /** The non-null branches of a {@code oneOf} (else {@code anyOf}); empty when neither. */
  List<Schema<?>> branches(Schema<?> schema) {
    List<Schema> all = schema.getOneOf() != null ? schema.getOneOf() : schema.getAnyOf();
    List<Schema<?>> branches = new ArrayList<>();
    if (all != null) {
      for (Schema<?> branch : all) {
        if (!isNullType(branch)) {
          branches.add(branch);
        }
      }
    }
    return branches;
  }

  /** The JSON type a schema describes apart from {@code null}: object, array, scalar or any. */
  String type(Schema<?> schema) {
    Set<String> types = new LinkedHashSet<>();
    if (schema.getTypes() != null) {
      types.addAll(schema.getTypes());
    }
    if (schema.getType() != null) {
      types.add(schema.getType());
    }
    types.remove("null");
    if (!types.isEmpty()) {
      return types.iterator().next();
    }
    if (schema.getProperties() != null || schema.getAdditionalProperties() != null) {
      return "object";
    }
    if (schema.getItems() != null) {
      return "array";
    }
    if (schema.getAllOf() != null) {
      for (Schema<?> part : schema.getAllOf()) {
        String type = type(resolve(part));
        if (!type.equals("any")) {
          return type;
        }
      }
    }
    return "any";
  }

  /** Whether a value of this schema may be {@code null}. */
  boolean allowsNull(Schema<?> schema) {
    if (schema.get$ref() != null) {
      return allowsNull(component(componentName(schema.get$ref())));
    }
    if (Boolean.TRUE.equals(schema.getNullable()) || isNullType(schema)) {
      return true;
    }
    if (schema.getTypes() != null && schema.getTypes().contains("null")) {
      return true;
    }
    if (schema.getEnum() != null && schema.getEnum().contains(null)) {
      return true;
    }
    List<Schema> all = schema.getOneOf() != null ? schema.getOneOf() : schema.getAnyOf();
    return all != null && all.stream().anyMatch(branch -> allowsNullBranch(branch));
  }

  private boolean allowsNullBranch(Schema<?> branch) {
    return isNullType(branch) || allowsNull(branch);
  }

  private static boolean isNullType(Schema<?> schema) {
    return "null".equals(schema.getType())
        || (schema.getTypes() != null
            && schema.getTypes().size() == 1
            && schema.getTypes().contains("null"));
  }

  /** Properties, required names and discriminators of a schema and its {@code allOf} parts. */
  Merged merge(Schema<?> schema, String name) {
    Map<String, Schema<?>> properties = new LinkedHashMap<>();
    Set<String> required = new LinkedHashSet<>();
    Map<String, String> discriminators = new LinkedHashMap<>();
    Object[] additional = {null, false, false};
    merge(schema, name, properties, required, discriminators, additional, 0);
    boolean freeForm = Boolean.TRUE.equals(additional[1])
        || (properties.isEmpty() && additional[0] == null && !Boolean.TRUE.equals(additional[2]));
    return new Merged(
        properties,
        required,
        (Schema<?>) additional[0],
        freeForm,
        Boolean.TRUE.equals(additional[2]),
        discriminators);
  }

  private void merge(
      Schema<?> schema,
      String name,
      Map<String, Schema<?>> properties,
      Set<String> required,
      Map<String, String> discriminators,
      Object[] additional,
      int depth) {
    if (depth > SchemaInstances.MAX_DEPTH) {
      throw new SchemaInstances.CannotGenerate("allOf recurses deeper than " + depth);
    }
    if (schema.get$ref() != null) {
      String ref = componentName(schema.get$ref());
      merge(component(ref), ref, properties, required, discriminators, additional, depth + 1);
      return;
    }
    if (schema.getAllOf() != null) {
      for (Schema<?> part : schema.getAllOf()) {
        merge(part, null, properties, required, discriminators, additional, depth + 1);
      }
    }
    if (schema.getProperties() != null) {
      schema.getProperties().forEach(properties::put);
    }
    if (schema.getRequired() != null) {
      required.addAll(schema.getRequired());
    }
    if (schema.getDiscriminator() != null && schema.getDiscriminator().getPropertyName() != null) {
      discriminators.put(schema.getDiscriminator().getPropertyName(), name);
    }
    Object more = schema.getAdditionalProperties();
    if (more instanceof Schema<?> bool && bool.getBooleanSchemaValue() != null) {
      // OpenAPI 3.1: Swagger Parser reads `additionalProperties: false` as a boolean schema.
      more = bool.getBooleanSchemaValue();
    }
    if (more instanceof Schema<?> typed) {
      additional[0] = typed;
    } else if (Boolean.TRUE.equals(more)) {
      additional[1] = true;
    } else if (Boolean.FALSE.equals(more)) {
      additional[2] = true;
    }
  }

  /** The component schemas that extend {@code parent} (its mapping, else whose allOf refers to it). */
  List<String> subtypes(String parent, Schema<?> schema) {
    List<String> subtypes = new ArrayList<>();
    Map<String, String> mapping = schema.getDiscriminator().getMapping();
    if (mapping != null && !mapping.isEmpty()) {
      for (String ref : mapping.values()) {
        String name = ref.contains("/") ? componentName(ref) : ref;
        if (!subtypes.contains(name)) {
          subtypes.add(name);
        }
      }
      return subtypes;
    }
    String ref = COMPONENTS + parent;
    components.forEach((name, candidate) -> {
      List<Schema> parts = candidate.getAllOf();
      if (parts != null && parts.stream().anyMatch(part -> ref.equals(part.get$ref()))) {
        subtypes.add(name);
      }
    });
    return subtypes;
  }

  /** The discriminator value that selects component {@code name} in a union's discriminator. */
  String discriminatorValue(Schema<?> owner, String name) {
    Map<String, String> mapping = owner.getDiscriminator().getMapping();
    if (mapping != null) {
      for (Map.Entry<String, String> entry : mapping.entrySet()) {
        String target = entry.getValue();
        if (target.equals(name) || target.endsWith("/" + name)) {
          return entry.getKey();
        }
      }
    }
    Schema<?> property =
        merge(component(name), name).properties().get(owner.getDiscriminator().getPropertyName());
    if (property != null && property.getEnum() != null && property.getEnum().size() == 1) {
      return String.valueOf(property.getEnum().get(0));
    }
    if (property != null && property.getConst() != null) {
      return String.valueOf(property.getConst());
    }
    return name;
  }

  /** The value of the discriminator declared on component {@code owner} for subtype {@code name}. */
  String discriminatorValueFor(String owner, String name) {
    return owner == null ? name : discriminatorValue(component(owner), name);
  }

  private Schema<?> resolve(Schema<?> schema) {
    return schema.get$ref() == null ? schema : component(componentName(schema.get$ref()));
  }

  static JsonNode toJson(Object value) {
    return PLAIN.valueToTree(value);
  }
}
