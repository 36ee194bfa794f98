package dev.paygen.generator.model;

import java.util.List;

/**
 * A schema with {@code enum} values, emitted as a Java enum with an {@code UNKNOWN} constant.
 *
 * @param name the type's name
 * @param description Javadoc text, or empty
 * @param pointer the schema's JSON pointer
 * @param valueType the JSON type of the wire values
 * @param constants the constants in spec order, duplicates removed
 */
public record EnumModel(
    TypeName name,
    String description,
    String pointer,
    ValueType valueType,
    List<EnumConstant> constants)
    implements TypeModel {

  public EnumModel {
    constants = List.copyOf(constants);
  }

  @Override
  public List<TypeModel> nested() {
    return List.of();
  }

  /** The JSON type of an enum's wire values. */
  public enum ValueType {
    STRING,
    INTEGER,
    NUMBER,
    BOOLEAN
  }

  /**
   * One enum constant.
   *
   * @param javaName the constant's name ({@code REQUIRES_CAPTURE})
   * @param wireValue the JSON value as written in the spec ({@code requires_capture}, {@code 7})
   */
  public record EnumConstant(String javaName, String wireValue) {}
}
