package dev.paygen.generator.model;

import java.util.List;

/**
 * A schema with {@code enum} values, emitted as an open enum: a final class with one constant per
 * listed value that keeps any other wire value it reads, and a nested Java enum of the listed values
 * (plus {@code UNRECOGNIZED}) to {@code switch} over.
 *
 * @param name the type's name
 * @param description Javadoc text, or empty
 * @param pointer the schema's JSON pointer
 * @param valueType the JSON type of the wire values
 * @param constants the constants in spec order, duplicates removed
 * @param knownName the nested Java enum's simple name ({@code Known}, unless a type enclosing it
 *     already has that name)
 */
public record EnumModel(
    TypeName name,
    String description,
    String pointer,
    ValueType valueType,
    List<EnumConstant> constants,
    String knownName)
    implements TypeModel {

  /**
   * Copies the constants, so the model is immutable.
   *
   * @param name the type's name
   * @param description Javadoc text, or empty
   * @param pointer the schema's JSON pointer
   * @param valueType the JSON type of the wire values
   * @param constants the constants in spec order, duplicates removed
   * @param knownName the nested Java enum's simple name ({@code Known}, unless a type enclosing it
   *     already has that name)
   */
  public EnumModel {
    constants = List.copyOf(constants);
  }

  @Override
  public List<TypeModel> nested() {
    return List.of();
  }

  /** The JSON type of an enum's wire values. */
  public enum ValueType {
    /** {@code string} values. */
    STRING,
    /** {@code integer} values. */
    INTEGER,
    /** {@code number} values. */
    NUMBER,
    /** {@code boolean} values. */
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
