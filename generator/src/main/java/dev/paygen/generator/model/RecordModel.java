package dev.paygen.generator.model;

import java.util.List;
import java.util.Objects;

/**
 * An object schema, emitted as a Java record.
 *
 * @param name the type's name
 * @param description Javadoc text, or empty
 * @param pointer the schema's JSON pointer
 * @param properties the components, in spec order ({@code allOf} parts merged)
 * @param implementsUnions unions this record is a variant of
 * @param deprecated whether the schema is deprecated
 * @param nested inline types declared inside this record
 * @param additionalProperties the type of the values kept beside the declared properties (the
 *     schema's {@code additionalProperties}, else {@link TypeRef.Any}): unknown fields are never
 *     dropped
 */
public record RecordModel(
    TypeName name,
    String description,
    String pointer,
    List<PropertyModel> properties,
    List<TypeName> implementsUnions,
    boolean deprecated,
    List<TypeModel> nested,
    TypeRef additionalProperties)
    implements TypeModel {

  public RecordModel {
    properties = List.copyOf(properties);
    implementsUnions = List.copyOf(implementsUnions);
    nested = List.copyOf(nested);
    Objects.requireNonNull(additionalProperties, "additionalProperties");
  }

  /** A record whose additional properties are any JSON values. */
  public RecordModel(
      TypeName name,
      String description,
      String pointer,
      List<PropertyModel> properties,
      List<TypeName> implementsUnions,
      boolean deprecated,
      List<TypeModel> nested) {
    this(
        name,
        description,
        pointer,
        properties,
        implementsUnions,
        deprecated,
        nested,
        new TypeRef.Any());
  }
}
