package dev.paygen.generator.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The name of a generated type in the model package: a top-level name followed by the names of
 * the types it is nested in, outermost first ({@code [CreateCheckoutSessionRequest,
 * BillingAddress]}).
 */
public record TypeName(List<String> simpleNames) {
  public TypeName {
    simpleNames = List.copyOf(simpleNames);
    if (simpleNames.isEmpty()) {
      throw new IllegalArgumentException("a type name needs at least one simple name");
    }
  }

  public static TypeName of(String topLevel) {
    return new TypeName(List.of(topLevel));
  }

  public TypeName nested(String simpleName) {
    var names = new ArrayList<>(simpleNames);
    names.add(simpleName);
    return new TypeName(names);
  }

  public String simpleName() {
    return simpleNames.get(simpleNames.size() - 1);
  }

  public String topLevel() {
    return simpleNames.get(0);
  }

  public boolean isNested() {
    return simpleNames.size() > 1;
  }

  @Override
  public String toString() {
    return String.join(".", simpleNames);
  }
}
