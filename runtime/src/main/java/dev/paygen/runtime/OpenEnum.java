package dev.paygen.runtime;

import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The base of every generated open enum: a wire value, the listed value it is, and the methods that
 * are the same for every enum. A generated enum is a final subclass that adds only what is specific
 * to it: a constant per listed value, {@code of(value)} (its {@code @JsonCreator}, returning the
 * listed constant or a new instance keeping the value), {@code values()} and the nested
 * {@code Known} enum to {@code switch} over. {@code of} and {@code values()} go through an
 * {@link Index} of the listed constants, built once by {@link #index(List)}.
 *
 * <p>Two open enums are equal when they are of the same class and have the same wire value, so a
 * listed constant equals {@code of} of its value; {@link BigDecimal} values compare numerically
 * ({@code 1.5} equals {@code 1.50}). Jackson writes an open enum as its {@link #value()}.
 *
 * @param <V> the wire value's type: {@code String}, {@code Long}, {@code BigDecimal} or
 *     {@code Boolean}
 * @param <K> the generated {@code Known} enum: the listed values plus {@code UNRECOGNIZED}
 */
public abstract class OpenEnum<V, K extends Enum<K>> {
  private final V value;
  private final K known;
  private final boolean listed;

  /**
   * For generated subclasses only.
   *
   * @param value the wire value
   * @param known the listed value this is, or the subclass's {@code UNRECOGNIZED}
   * @param listed whether the spec lists {@code value}; passed rather than derived from
   *     {@code known}, so the runtime never depends on how a generated constant is named
   */
  protected OpenEnum(V value, K known, boolean listed) {
    this.value = Objects.requireNonNull(value, "value");
    this.known = Objects.requireNonNull(known, "known");
    this.listed = listed;
  }

  /** {@return the wire value, as read or listed; never null} */
  @JsonValue
  public final V value() {
    return value;
  }

  /** {@return the listed value this is, or {@code UNRECOGNIZED}} */
  public final K known() {
    return known;
  }

  /** {@return whether the spec lists this value} */
  public final boolean isKnown() {
    return listed;
  }

  /** Same class and same wire value ({@code BigDecimal}s numerically). */
  // Every subclass is a final generated enum: two enums sharing a wire value are different values,
  // so the runtime class is part of equality (instanceof OpenEnum would make them equal).
  @SuppressWarnings("EqualsGetClass")
  @Override
  public final boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || other.getClass() != getClass()) {
      return false;
    }
    Object that = ((OpenEnum<?, ?>) other).value;
    return (value instanceof BigDecimal number && that instanceof BigDecimal thatNumber)
        ? number.compareTo(thatNumber) == 0
        : value.equals(that);
  }

  @Override
  public final int hashCode() {
    // 1.5 and 1.50 are one value, so they must hash alike.
    return value instanceof BigDecimal number
        ? number.stripTrailingZeros().hashCode()
        : value.hashCode();
  }

  /** The wire value as text. */
  @Override
  public final String toString() {
    return value.toString();
  }

  /**
   * The index of a generated enum's listed constants, for its {@code of(value)} and
   * {@code values()}. Call it in a static initializer placed after the constants, so it sees them
   * initialised.
   *
   * @param constants the listed constants in spec order; none null, wire values distinct (for two
   *     numerically equal values the first is kept)
   * @param <E> the generated enum
   * @return the index; its {@link Index#values()} is {@code constants}, unmodifiable
   */
  protected static <E extends OpenEnum<?, ?>> Index<E> index(List<E> constants) {
    return new Index<>(constants);
  }

  /**
   * A generated enum's listed constants, by wire value: one hash lookup instead of a
   * {@code switch} with a case per value in every generated class. {@link BigDecimal} values are
   * looked up numerically ({@code 1.50} finds the constant listed as {@code 1.5}), like
   * {@link #equals(Object)}.
   *
   * @param <E> the generated enum
   */
  public static final class Index<E extends OpenEnum<?, ?>> {
    private final List<E> constants;
    private final Map<Object, E> byValue;

    private Index(List<E> constants) {
      this.constants = List.copyOf(constants);
      this.byValue = new HashMap<>(this.constants.size() * 2);
      for (E constant : this.constants) {
        byValue.putIfAbsent(key(constant.value()), constant);
      }
    }

    /**
     * The listed constant with this wire value, or null when the spec does not list it.
     *
     * @param value a wire value, not null
     * @return the listed constant, or null for a value the spec does not list
     */
    public @Nullable E get(Object value) {
      return byValue.get(key(value));
    }

    /**
     * The listed constants, in spec order.
     *
     * @return the constants, unmodifiable
     */
    public List<E> values() {
      return constants;
    }

    private static Object key(Object value) {
      // 1.5 and 1.50 are one value (see OpenEnum.equals), so numbers are keyed without trailing 0s.
      return value instanceof BigDecimal number ? number.stripTrailingZeros() : value;
    }
  }
}
