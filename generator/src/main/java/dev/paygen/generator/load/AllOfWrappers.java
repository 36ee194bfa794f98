package dev.paygen.generator.load;

import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.function.Function;

/**
 * An {@code allOf} used to annotate one schema: {@code allOf: [{$ref: User--Mini}, {description:
 * ..}, {nullable: false}]} (OpenAPI 3.0 ignores a {@code $ref}'s siblings, so specs such as Box's
 * wrap the reference instead). It is that one schema, not a record copying it: the property is
 * typed {@code UserMini}, and the annotating members' description, nullability, deprecation and
 * access apply to the property.
 */
// Swagger Parser\'s model is raw-typed (Schema, List<Schema>); generics would only add casts here.
@SuppressWarnings({"rawtypes", "unchecked"})
final class AllOfWrappers {
  private AllOfWrappers() {}

  /**
   * The index of the one member of {@code schema}'s {@code allOf} that is a schema, when every
   * other member only annotates it and {@code schema} declares no properties of its own; else -1.
   */
  static int wrapped(Schema schema) {
    List<Schema> parts = schema.getAllOf();
    if (parts == null || parts.isEmpty() || !Schemas.properties(schema).isEmpty()) {
      return -1;
    }
    int found = -1;
    for (int i = 0; i < parts.size(); i++) {
      if (!annotatesOnly(parts.get(i))) {
        if (found >= 0) {
          return -1;
        }
        found = i;
      }
    }
    return found;
  }

  /**
   * Whether {@code part} says nothing about the value: only description, title, nullable, readOnly,
   * writeOnly, deprecated, example(s), default or extensions.
   */
  static boolean annotatesOnly(Schema part) {
    return part.get$ref() == null
        && Schemas.types(part).isEmpty()
        && part.getFormat() == null
        && Schemas.properties(part).isEmpty()
        && part.getItems() == null
        && part.getAdditionalProperties() == null
        && part.getEnum() == null
        && part.getConst() == null
        && part.getAllOf() == null
        && part.getOneOf() == null
        && part.getAnyOf() == null
        && part.getNot() == null
        && part.getRequired() == null
        && part.getDiscriminator() == null
        && part.getPattern() == null
        && part.getMinimum() == null
        && part.getMaximum() == null
        && part.getMinLength() == null
        && part.getMaxLength() == null
        && part.getMinItems() == null
        && part.getMaxItems() == null;
  }

  /** The description (or title) an annotating member gives the property, or "" when none does. */
  static String doc(Schema schema) {
    int wrapped = wrapped(schema);
    if (wrapped < 0) {
      return "";
    }
    List<Schema> parts = schema.getAllOf();
    for (int i = 0; i < parts.size(); i++) {
      String text = Schemas.doc(parts.get(i));
      if (i != wrapped && !text.isEmpty()) {
        return text;
      }
    }
    return "";
  }

  /** Whether {@code schema} or, when it is a wrapper, one of its annotating members sets {@code flag}. */
  static boolean flag(Schema schema, Function<Schema, Boolean> flag) {
    if (Boolean.TRUE.equals(flag.apply(schema))) {
      return true;
    }
    int wrapped = wrapped(schema);
    List<Schema> parts = wrapped < 0 ? List.of() : schema.getAllOf();
    for (int i = 0; i < parts.size(); i++) {
      if (i != wrapped && Boolean.TRUE.equals(flag.apply(parts.get(i)))) {
        return true;
      }
    }
    return false;
  }
}
