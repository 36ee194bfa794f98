package dev.paygen.generator.model;

import java.util.List;

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
 */
public record RecordModel(
    TypeName name,
    String description,
    String pointer,
    List<PropertyModel> properties,
    List<TypeName> implementsUnions,
    boolean deprecated,
    List<TypeModel> nested)
    implements TypeModel {

  public RecordModel {
    properties = List.copyOf(properties);
    implementsUnions = List.copyOf(implementsUnions);
    nested = List.copyOf(nested);
  }

  /** Records with at least one optional component get a builder. */
  public boolean hasBuilder() {
    return properties.stream().anyMatch(p -> !p.checkedNonNull());
  }
}
