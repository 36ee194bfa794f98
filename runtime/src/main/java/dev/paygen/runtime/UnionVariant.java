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

  private UnionVariant(
      Class<V> type,
      JsonNodeType kind,
      Set<String> discriminatorValues,
      Set<String> requiredProperties,
      Set<String> allProperties,
      boolean closed) {
    this.type = Objects.requireNonNull(type, "`type` is required, but was null");
    this.kind = Objects.requireNonNull(kind, "`kind` is required, but was null");
    this.discriminatorValues = Set.copyOf(discriminatorValues);
    this.requiredProperties = Set.copyOf(requiredProperties);
    this.allProperties = Set.copyOf(allProperties);
    this.closed = closed;
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

  @Override
  public String toString() {
    return type.getSimpleName();
  }
}
