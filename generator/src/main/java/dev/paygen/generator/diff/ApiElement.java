package dev.paygen.generator.diff;

import java.util.Comparator;
import java.util.Locale;

/**
 * One element of an {@link ApiSurface}: its kind and its name relative to the base package
 * ({@code model.Payment.customerId}, {@code service.PaymentsService.create}, {@code
 * DodoPaymentsClient.payments}). Written {@code <kind> <name>}: {@code component
 * model.Payment.customerId}.
 *
 * @param kind what the element is
 * @param name its name relative to the base package
 */
public record ApiElement(Kind kind, String name) implements Comparable<ApiElement> {

  /** What an element is; each kind has the word that names it in ids. */
  public enum Kind {
    /** A generated type: a model record, enum, union or params record, a service or the client. */
    TYPE,
    /** A record component: a property of a model record or a parameter of a params record. */
    COMPONENT,
    /** An enum constant. */
    CONSTANT,
    /** A variant of a union. */
    VARIANT,
    /** A service method, one per operation. */
    METHOD,
    /** A client method returning a service or the webhooks helper. */
    ACCESSOR,
    /** A client builder method taking a credential. */
    SETTER;

    // Computed once: the surface's sort compares words O(n log n) times.
    private final String word = name().toLowerCase(Locale.ROOT);

    /** {@return the word in ids and reports: {@code component}} */
    public String word() {
      return word;
    }

    /**
     * The kind {@code word} names.
     *
     * @throws IllegalArgumentException if no kind has that word
     */
    static Kind of(String word) {
      for (Kind kind : values()) {
        if (kind.word().equals(word)) {
          return kind;
        }
      }
      throw new IllegalArgumentException("no element kind " + word);
    }
  }

  /**
   * The order of the ids as strings: no kind's word is a prefix of another's, so comparing the
   * words and then the names sorts exactly as {@code "<kind> <name>"} does.
   */
  private static final Comparator<ApiElement> ORDER =
      Comparator.comparing((ApiElement e) -> e.kind().word()).thenComparing(ApiElement::name);

  /** The packages names may start with. */
  private static final String[] PACKAGES = {"model.", "service."};

  /**
   * Reads an id {@link #toString()} wrote.
   *
   * @throws IllegalArgumentException if {@code id} is not {@code <kind> <name>}
   */
  static ApiElement parse(String id) {
    int space = id.indexOf(' ');
    if (space < 0) {
      throw new IllegalArgumentException("not an element id (<kind> <name>): " + id);
    }
    return new ApiElement(Kind.of(id.substring(0, space)), id.substring(space + 1));
  }

  /** {@return the name without its package: {@code Payment.customerId}} */
  public String simpleName() {
    for (String prefix : PACKAGES) {
      if (name.startsWith(prefix)) {
        return name.substring(prefix.length());
      }
    }
    return name;
  }

  /** {@return a member's owner, without its package: {@code PaymentStatus} for a constant} */
  public String owner() {
    String simple = simpleName();
    return simple.substring(0, simple.lastIndexOf('.'));
  }

  /** Whether this element is declared inside type {@code typeName} (or a type nested in it). */
  boolean isInside(String typeName) {
    return name.startsWith(typeName + ".");
  }

  @Override
  public int compareTo(ApiElement other) {
    return ORDER.compare(this, other);
  }

  /** The id: {@code component model.Payment.customerId}. */
  @Override
  public String toString() {
    return kind.word() + " " + name;
  }
}
