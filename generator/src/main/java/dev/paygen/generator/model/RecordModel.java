package dev.paygen.generator.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

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
 * @param discriminatorValues wire name of a discriminator property → the one value it takes in this
 *     record (a union variant with a single discriminator value): the builder starts with it and
 *     the constructor puts it in place of null, so a written variant always carries its tag
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
    Map<String, String> discriminatorValues,
    TypeRef additionalProperties)
    implements TypeModel {

  /**
   * Copies the lists and map (sorted by key, for a stable order); the additional properties type
   * must be set.
   *
   * @param name the type's name
   * @param description Javadoc text, or empty
   * @param pointer the schema's JSON pointer
   * @param properties the components, in spec order ({@code allOf} parts merged)
   * @param implementsUnions unions this record is a variant of
   * @param deprecated whether the schema is deprecated
   * @param nested inline types declared inside this record
   * @param discriminatorValues wire name of a discriminator property → the one value it takes in
   *     this record (a union variant with a single discriminator value): the builder starts with it
   *     and the constructor puts it in place of null, so a written variant always carries its tag
   * @param additionalProperties the type of the values kept beside the declared properties (the
   *     schema's {@code additionalProperties}, else {@link TypeRef.Any}): unknown fields are never
   *     dropped
   */
  public RecordModel {
    properties = List.copyOf(properties);
    implementsUnions = List.copyOf(implementsUnions);
    nested = List.copyOf(nested);
    // Not Map.copyOf: its iteration order changes from run to run, and emitters must not.
    discriminatorValues = Collections.unmodifiableMap(new TreeMap<>(discriminatorValues));
    Objects.requireNonNull(additionalProperties, "additionalProperties");
  }
}
