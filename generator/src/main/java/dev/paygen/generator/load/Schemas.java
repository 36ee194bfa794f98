package dev.paygen.generator.load;

import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Questions about Swagger {@link Schema}s that read the same for OpenAPI 3.0 and 3.1. */
// Swagger Parser\'s model is raw-typed (Schema, List<Schema>); generics would only add casts here.
@SuppressWarnings({"rawtypes", "unchecked"})
final class Schemas {
  private Schemas() {}

  /** The JSON types a schema allows: 3.1 {@code type} arrays and 3.0 {@code type} alike. */
  static Set<String> types(Schema schema) {
    Set<String> types = new LinkedHashSet<>();
    if (schema.getTypes() != null) {
      for (Object type : schema.getTypes()) {
        types.add(String.valueOf(type));
      }
    }
    if (schema.getType() != null) {
      types.add(schema.getType());
    }
    return types;
  }

  /** The allowed types other than {@code null}. */
  static Set<String> nonNullTypes(Schema schema) {
    Set<String> types = types(schema);
    types.remove("null");
    return types;
  }

  /**
   * Whether the schema itself admits JSON {@code null}: 3.0 {@code nullable}, 3.1 {@code type: [T,
   * "null"]}, {@code null} in its enum, or {@code nullable: true} in a 3.1 document (beside a
   * {@code $ref}, say), where Swagger Parser keeps the keyword it does not know among the extensions.
   */
  static boolean admitsNull(Schema schema) {
    return Boolean.TRUE.equals(schema.getNullable())
        || (schema.getExtensions() != null
            && Boolean.TRUE.equals(schema.getExtensions().get("nullable")))
        || types(schema).contains("null")
        || (schema.getEnum() != null && schema.getEnum().contains(null));
  }

  /**
   * Whether the schema admits only {@code null}: {@code {type: null}}, or an enum whose only value is
   * {@code null} ({@code {enum: [null]}}, the 3.0 way to write it); a nullable marker inside
   * {@code oneOf}.
   */
  static boolean isNullOnly(Schema schema) {
    if (schema.get$ref() != null) {
      return false;
    }
    Set<String> types = types(schema);
    List<?> values = schema.getEnum();
    return (types.size() == 1 && types.contains("null"))
        || (values != null && !values.isEmpty() && values.stream().allMatch(v -> v == null));
  }

  static boolean isObjectLike(Schema schema) {
    Set<String> types = nonNullTypes(schema);
    return types.contains("object")
        || (types.isEmpty()
            && (schema.getProperties() != null || schema.getAdditionalProperties() != null));
  }

  static List<Schema> nonNullVariants(List<Schema> variants) {
    List<Schema> kept = new ArrayList<>();
    for (Schema variant : variants) {
      if (!isNullOnly(variant)) {
        kept.add(variant);
      }
    }
    return kept;
  }

  /** Description, else title, cleaned of whitespace at the ends; empty when neither is set. */
  static String doc(Schema schema) {
    String text = schema.getDescription() != null ? schema.getDescription() : schema.getTitle();
    return text == null ? "" : text.strip();
  }

  /**
   * A property's text: its own description (or title), else the one written inside the wrapper
   * that only makes a type nullable or names it ({@code oneOf/anyOf: [{type: 'null'}, {$ref: X,
   * description: ..}]}, {@code allOf: [{$ref: X, description: ..}]}): that text describes the
   * property, not the referenced type, and Swagger Parser keeps it on the branch (OpenAPI 3.1).
   */
  static String propertyDoc(Schema schema) {
    String own = doc(schema);
    if (!own.isEmpty() || schema.get$ref() != null) {
      return own;
    }
    String annotated = AllOfWrappers.doc(schema);
    if (!annotated.isEmpty()) {
      return annotated;
    }
    List<Schema> branches = schema.getOneOf() != null
        ? schema.getOneOf()
        : schema.getAnyOf() != null ? schema.getAnyOf() : schema.getAllOf();
    if (branches == null) {
      return "";
    }
    List<Schema> kept = nonNullVariants(branches);
    return kept.size() == 1 && kept.get(0).get$ref() != null ? doc(kept.get(0)) : "";
  }

  static Map<String, Schema> properties(Schema schema) {
    return schema.getProperties() == null ? Map.of() : schema.getProperties();
  }

  static String pointer(String... parts) {
    StringBuilder out = new StringBuilder();
    for (String part : parts) {
      out.append('/').append(RefScanner.escape(part));
    }
    return out.toString();
  }
}
