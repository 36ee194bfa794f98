package dev.paygen.generator.load;

import dev.paygen.generator.model.TypeRef;
import io.swagger.v3.oas.models.media.Schema;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a schema admits once its {@code $ref}s are followed: whether JSON {@code null} is a legal
 * value (a {@code $ref} is as nullable as its target), and whether an {@code allOf} is a scalar
 * (every part a type, enum, format or constraint, none an object), not a record.
 */
// Swagger Parser\'s model is raw-typed (Schema, List<Schema>); generics would only add casts here.
@SuppressWarnings({"rawtypes", "unchecked"})
final class SchemaShapes {
  private final Map<String, Schema> components;

  SchemaShapes(Map<String, Schema> components) {
    this.components = components;
  }

  /**
   * Whether {@code schema} admits JSON {@code null}: itself ({@code nullable}, a 3.1 type array with
   * {@code "null"}, {@code null} in its enum), the component its {@code $ref} names (through alias
   * chains), any {@code oneOf}/{@code anyOf} branch, or every part of an {@code allOf} that
   * constrains the type.
   */
  boolean admitsNull(Schema schema) {
    return admitsNull(schema, new HashSet<>());
  }

  private boolean admitsNull(Schema schema, Set<String> visiting) {
    if (schema == null || Schemas.admitsNull(schema)) {
      return true;
    }
    if (schema.get$ref() != null) {
      String name = ComponentRefs.name(schema.get$ref(), ComponentRefs.Section.SCHEMAS);
      Schema target = name == null ? null : components.get(name);
      // A $ref that names no schema is reported and typed as Object, which admits null anyway; a
      // cycle adds nothing.
      return target != null && visiting.add(name) && admitsNull(target, visiting);
    }
    for (Schema part : TypeResolver.unionParts(schema)) {
      if (admitsNull(part, new HashSet<>(visiting))) {
        return true;
      }
    }
    List<Schema> typed = constraining(schema.getAllOf());
    return !typed.isEmpty()
        && typed.stream().allMatch(part -> admitsNull(part, new HashSet<>(visiting)));
  }

  /**
   * Whether {@code schema} is an {@code allOf} of two or more parts none of which is an object, an
   * array or a {@code $ref} to one ({@code allOf: [{type: string}, {anyOf: [enum refs]}]}): a scalar,
   * never an (empty) record. One part alone is that part, as before.
   */
  boolean isScalarAllOf(Schema schema) {
    List<Schema> parts = schema.getAllOf();
    return parts != null
        && parts.size() >= 2
        && Schemas.properties(schema).isEmpty()
        && schema.getItems() == null
        && !Schemas.isObjectLike(schema)
        && !Schemas.nonNullTypes(schema).contains("array")
        && parts.stream().allMatch(part -> scalarLike(part, new HashSet<>()));
  }

  private boolean scalarLike(Schema schema, Set<String> visiting) {
    if (schema.get$ref() != null) {
      Schema target = target(schema, visiting);
      return target != null && scalarLike(target, visiting);
    }
    Set<String> types = Schemas.nonNullTypes(schema);
    if (!Schemas.properties(schema).isEmpty()
        || schema.getItems() != null
        || Schemas.isObjectLike(schema)
        || types.contains("array")) {
      return false;
    }
    List<Schema> parts = new java.util.ArrayList<>(TypeResolver.unionParts(schema));
    if (schema.getAllOf() != null) {
      parts.addAll(schema.getAllOf());
    }
    return parts.stream().allMatch(part -> scalarLike(part, new HashSet<>(visiting)));
  }

  /**
   * The one part of a scalar {@code allOf} whose type it takes, or -1: the only part that
   * constrains the type at all, else the only enum part.
   */
  int typePart(Schema schema) {
    List<Schema> parts = schema.getAllOf();
    List<Schema> typed = constraining(parts);
    if (typed.size() == 1) {
      return parts.indexOf(typed.get(0));
    }
    int found = -1;
    for (int i = 0; i < parts.size(); i++) {
      Schema part = parts.get(i);
      Schema target = part.get$ref() == null ? part : target(part, new HashSet<>());
      if (TypeResolver.kind(target) == TypeResolver.Kind.ENUM) {
        if (found >= 0) {
          return -1;
        }
        found = i;
      }
    }
    return found;
  }

  /**
   * The JDK type of a scalar {@code allOf} with no single type part: the one JSON type its parts
   * name (with the first format given), a string when they name none but list enum values, else
   * any JSON value.
   */
  TypeRef scalarType(Schema schema) {
    Set<String> types = new LinkedHashSet<>();
    String[] format = {null};
    boolean[] enumerated = {false};
    collect(schema, types, format, enumerated, new HashSet<>());
    if (types.size() == 2 && types.contains("integer") && types.contains("number")) {
      types.remove("integer");
    }
    if (types.isEmpty()) {
      return enumerated[0] ? TypeRef.scalar(TypeRef.ScalarKind.STRING) : new TypeRef.Any();
    }
    TypeRef.ScalarKind kind =
        types.size() == 1 ? TypeResolver.scalar(types.iterator().next(), format[0]) : null;
    return kind == null ? new TypeRef.Any() : TypeRef.scalar(kind);
  }

  private void collect(
      Schema schema, Set<String> types, String[] format, boolean[] enumerated, Set<String> seen) {
    if (schema.get$ref() != null) {
      Schema target = target(schema, seen);
      if (target != null) {
        collect(target, types, format, enumerated, seen);
      }
      return;
    }
    types.addAll(Schemas.nonNullTypes(schema));
    if (format[0] == null) {
      format[0] = schema.getFormat();
    }
    enumerated[0] |= schema.getEnum() != null;
    for (Schema part : TypeResolver.unionParts(schema)) {
      collect(part, types, format, enumerated, seen);
    }
    if (schema.getAllOf() != null) {
      for (Object part : schema.getAllOf()) {
        collect((Schema) part, types, format, enumerated, seen);
      }
    }
  }

  private Schema target(Schema ref, Set<String> visiting) {
    String name = ComponentRefs.name(ref.get$ref(), ComponentRefs.Section.SCHEMAS);
    return name != null && visiting.add(name) ? components.get(name) : null;
  }

  /** The parts that say something about the type: not only a description, format or bound. */
  private static List<Schema> constraining(List<Schema> parts) {
    if (parts == null) {
      return List.of();
    }
    return parts.stream()
        .filter(part -> part.get$ref() != null
            || !Schemas.types(part).isEmpty()
            || part.getEnum() != null
            || !TypeResolver.unionParts(part).isEmpty()
            || (part.getAllOf() != null && !part.getAllOf().isEmpty())
            || !Schemas.properties(part).isEmpty()
            || part.getItems() != null)
        .toList();
  }
}
