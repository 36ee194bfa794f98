package dev.paygen.generator.load;

import dev.paygen.generator.model.TypeModel;
import dev.paygen.generator.model.TypeName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where inline types go: nested inside an owner type, or top level in the model package. Hands out
 * names that are unique in the scope and legal for nesting (a nested type may not repeat the name
 * of a type enclosing it).
 */
final class Scope {
  private final TypeName owner;
  private final Set<String> used;
  private final List<TypeModel> types = new ArrayList<>();

  private Scope(TypeName owner, Set<String> used) {
    this.owner = owner;
    this.used = used;
  }

  static Scope topLevel(Set<String> usedNames) {
    return new Scope(null, usedNames);
  }

  static Scope nestedIn(TypeName owner, String... reserved) {
    Set<String> used = new HashSet<>(owner.simpleNames());
    used.addAll(List.of(reserved));
    return new Scope(owner, used);
  }

  /** Claims a unique name based on {@code base}: {@code Base}, {@code Base2}, {@code Base3}... */
  TypeName claim(String base) {
    if (Names.clashes(base)) {
      base = base + "Model";
    }
    base = Names.shorten(base, owner == null ? Names.MAX_TOP_LEVEL : Names.MAX_NESTED);
    String name = base;
    for (int i = 2; !used.add(name); i++) {
      name = base + i;
    }
    return owner == null ? TypeName.of(name) : owner.nested(name);
  }

  void add(TypeModel type) {
    types.add(type);
  }

  List<TypeModel> types() {
    return types;
  }
}
