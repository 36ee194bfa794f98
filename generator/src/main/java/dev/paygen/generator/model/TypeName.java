package dev.paygen.generator.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The name of a generated type in the model package: a top-level name followed by the names of
 * the types it is nested in, outermost first ({@code [CreateCheckoutSessionRequest,
 * BillingAddress]}).
 *
 * @param simpleNames the simple names, outermost first; never empty
 */
public record TypeName(List<String> simpleNames) {
  /**
   * Copies the names, so the name is immutable.
   *
   * @param simpleNames the simple names, outermost first
   * @throws IllegalArgumentException if {@code simpleNames} is empty
   */
  public TypeName {
    simpleNames = List.copyOf(simpleNames);
    if (simpleNames.isEmpty()) {
      throw new IllegalArgumentException("a type name needs at least one simple name");
    }
  }

  /**
   * Names a top-level type.
   *
   * @param topLevel the type's simple name
   * @return the name of a type nested in no other
   */
  public static TypeName of(String topLevel) {
    return new TypeName(List.of(topLevel));
  }

  /**
   * Names a type nested in this one.
   *
   * @param simpleName the nested type's simple name
   * @return this name followed by {@code simpleName}
   */
  public TypeName nested(String simpleName) {
    var names = new ArrayList<>(simpleNames);
    names.add(simpleName);
    return new TypeName(names);
  }

  /** {@return the innermost simple name, the type's own} */
  public String simpleName() {
    return simpleNames.get(simpleNames.size() - 1);
  }

  /** {@return the outermost simple name, the top-level type's} */
  public String topLevel() {
    return simpleNames.get(0);
  }

  /** {@return whether the type is nested in another} */
  public boolean isNested() {
    return simpleNames.size() > 1;
  }

  @Override
  public String toString() {
    return String.join(".", simpleNames);
  }
}
