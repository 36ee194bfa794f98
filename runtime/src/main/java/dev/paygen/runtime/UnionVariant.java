package dev.paygen.runtime;

import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.util.Objects;
import java.util.Set;

/**
 * One member of a generated sealed union, as {@link UnionDeserializer} sees it: its class, the
 * discriminator values that select it, and the properties used to deduce it.
 *
 * @param <V> the variant's class
 */
public final class UnionVariant<V> {
  private final Class<V> type;
  private final JsonNodeType kind;
  private final Set<String> discriminatorValues;
  private final Set<String> requiredProperties;
  private final Set<String> allProperties;
  private final boolean closed;
  private final Tiering tiering;
  private final Set<String> enumValues;

  /** How a non-object variant ranks against the others of its JSON kind. */
  enum Tiering {
    /** A plain value of its kind (string, number, boolean, array, map). */
    PLAIN,
    /** An integer: takes integral JSON numbers only, and before a plain number. */
    INTEGER,
    /** A formatted string (date, date-time, uuid, bytes): before a plain string. */
    FORMATTED,
    /** An enum: first for a value it lists; for any other, only when nothing else could hold it. */
    ENUMERATION
  }

  private UnionVariant(
      Class<V> type,
      JsonNodeType kind,
      Set<String> discriminatorValues,
      Set<String> requiredProperties,
      Set<String> allProperties,
      boolean closed) {
    this(
        type,
        kind,
        discriminatorValues,
        requiredProperties,
        allProperties,
        closed,
        Tiering.PLAIN,
        Set.of());
  }

  private UnionVariant(
      Class<V> type,
      JsonNodeType kind,
      Set<String> discriminatorValues,
      Set<String> requiredProperties,
      Set<String> allProperties,
      boolean closed,
      Tiering tiering,
      Set<String> enumValues) {
    this.type = Objects.requireNonNull(type, "`type` is required, but was null");
    this.kind = Objects.requireNonNull(kind, "`kind` is required, but was null");
    this.discriminatorValues = Set.copyOf(discriminatorValues);
    this.requiredProperties = Set.copyOf(requiredProperties);
    this.allProperties = Set.copyOf(allProperties);
    this.closed = closed;
    this.tiering = tiering;
    this.enumValues = Set.copyOf(enumValues);
  }

  /**
   * An object variant.
   *
   * @param type the variant's class (a record read with the mapper)
   * @param discriminatorValues the discriminator values mapped to it (empty without a discriminator)
   * @param requiredProperties its required JSON properties
   * @param allProperties all its JSON properties
   * @param <V> the variant's class
   * @return the variant
   */
  public static <V> UnionVariant<V> object(
      Class<V> type,
      Set<String> discriminatorValues,
      Set<String> requiredProperties,
      Set<String> allProperties) {
    return new UnionVariant<>(
        type, JsonNodeType.OBJECT, discriminatorValues, requiredProperties, allProperties, false);
  }

  /**
   * An object variant that forbids properties it does not declare ({@code additionalProperties:
   * false}): JSON carrying any other property is never this variant.
   *
   * @param type the variant's class (a record read with the mapper)
   * @param discriminatorValues the discriminator values mapped to it (empty without a discriminator)
   * @param requiredProperties its required JSON properties
   * @param allProperties all its JSON properties, the only ones it admits
   * @param <V> the variant's class
   * @return the variant
   */
  public static <V> UnionVariant<V> closedObject(
      Class<V> type,
      Set<String> discriminatorValues,
      Set<String> requiredProperties,
      Set<String> allProperties) {
    return new UnionVariant<>(
        type, JsonNodeType.OBJECT, discriminatorValues, requiredProperties, allProperties, true);
  }

  /**
   * A wrapper variant for a non-object JSON value.
   *
   * @param type the wrapper's class (read with the mapper, e.g. a record with a {@code @JsonCreator})
   * @param kind the JSON kind it holds: {@code STRING}, {@code NUMBER}, {@code BOOLEAN} or {@code ARRAY}
   * @param <V> the variant's class
   * @return the variant
   */
  public static <V> UnionVariant<V> scalar(Class<V> type, JsonNodeType kind) {
    return new UnionVariant<>(type, kind, Set.of(), Set.of(), Set.of(), false);
  }

  /**
   * A wrapper variant for an integer ({@code type: integer}): it takes an integral JSON number
   * only, never a number with a fraction (which it would truncate), and for an integral number it
   * is tried before the plain number variants.
   *
   * @param type the wrapper's class (holding an {@code Integer} or {@code Long})
   * @param <V> the variant's class
   * @return the variant
   */
  public static <V> UnionVariant<V> integer(Class<V> type) {
    return new UnionVariant<>(
        type, JsonNodeType.NUMBER, Set.of(), Set.of(), Set.of(), false, Tiering.INTEGER, Set.of());
  }

  /**
   * A wrapper variant for a formatted string (date, date-time, uuid, bytes...): when it reads the
   * string it is chosen before the plain string variants.
   *
   * @param type the wrapper's class (holding e.g. an {@code OffsetDateTime})
   * @param <V> the variant's class
   * @return the variant
   */
  public static <V> UnionVariant<V> formatted(Class<V> type) {
    return new UnionVariant<>(
        type,
        JsonNodeType.STRING,
        Set.of(),
        Set.of(),
        Set.of(),
        false,
        Tiering.FORMATTED,
        Set.of());
  }

  /**
   * A wrapper variant for an enum: it is chosen first for a value it lists; a value it does not
   * list it takes (as an open enum) only when no other variant of the JSON's kind could hold it.
   *
   * @param type the wrapper's class (holding a generated enum)
   * @param kind the JSON kind of the enum's values: {@code STRING}, {@code NUMBER} or {@code BOOLEAN}
   * @param values the wire values the spec lists, as text ({@code "active"}, {@code "7"}, {@code
   *     "true"})
   * @param <V> the variant's class
   * @return the variant
   */
  public static <V> UnionVariant<V> enumeration(
      Class<V> type, JsonNodeType kind, Set<String> values) {
    return new UnionVariant<>(
        type, kind, Set.of(), Set.of(), Set.of(), false, Tiering.ENUMERATION, values);
  }

  Class<V> type() {
    return type;
  }

  JsonNodeType kind() {
    return kind;
  }

  Set<String> discriminatorValues() {
    return discriminatorValues;
  }

  Set<String> requiredProperties() {
    return requiredProperties;
  }

  Set<String> allProperties() {
    return allProperties;
  }

  boolean closed() {
    return closed;
  }

  Tiering tiering() {
    return tiering;
  }

  Set<String> enumValues() {
    return enumValues;
  }

  @Override
  public String toString() {
    return type.getSimpleName();
  }
}
