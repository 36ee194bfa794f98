package dev.paygen.generator.load;

import dev.paygen.generator.model.TypeModel;
import dev.paygen.generator.model.TypeName;
import dev.paygen.generator.naming.NameAllocator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where inline types go: nested inside an owner type, or top level in the model package. Hands out
 * names that are unique in the scope and legal for nesting (a nested type may not repeat the name
 * of a type enclosing it).
 */
final class Scope {
  private final TypeName owner;
  private final NameAllocator names;
  private final List<TypeModel> types = new ArrayList<>();
  /** Top-level type names a nested type must not repeat (it would read as that type). */
  private final Set<String> topLevel;

  private Scope(TypeName owner, NameAllocator names, Set<String> topLevel) {
    this.owner = owner;
    this.names = names;
    this.topLevel = topLevel;
  }

  /** The model package, whose names {@code packageNames} allocates (shared with the component schemas). */
  static Scope topLevel(NameAllocator packageNames) {
    return new Scope(null, packageNames, Set.of());
  }

  /** The types nested in {@code owner}, clear of the names enclosing it and of {@code reserved}. */
  static Scope nestedIn(TypeName owner, Iterable<String> reserved) {
    return nestedIn(owner, reserved, Set.of());
  }

  /**
   * The types nested in {@code owner}, clear of the names enclosing it and of {@code reserved}; an
   * inline type whose name a top-level type in {@code topLevel} has is renamed by its owner's name
   * (see {@link #suggestion}), so no nested type reads as a top-level one.
   */
  static Scope nestedIn(TypeName owner, Iterable<String> reserved, Set<String> topLevel) {
    NameAllocator names = NameAllocator.camelCase().reserve(owner.simpleNames());
    reserved.forEach(names::reserve);
    return new Scope(owner, names, topLevel);
  }

  /** Claims a unique name based on {@code base}: {@code Base}, {@code Base2}, {@code Base3}... */
  TypeName claim(String base) {
    String name = names.newName(suggestion(base));
    return owner == null ? TypeName.of(name) : owner.nested(name);
  }

  /**
   * Claims a name for a wrapper of another type: {@code base}, the wrapped type's own name, even
   * when a top-level type has it (the wrapper holds that type, so the name is no confusion).
   */
  TypeName claimWrapper(String base) {
    String name = names.newName(shortened(base));
    return owner == null ? TypeName.of(name) : owner.nested(name);
  }

  /**
   * The name {@link #claim(String)} starts from: {@code base}, clear of runtime types, shortened;
   * when a top-level type has that name, the owner's name is taken out of it where it ends so
   * ({@code OneTimePrice} in {@code Price} is {@code Price.OneTime}), else put in front ({@code
   * BillingAddress} in {@code Order} is {@code Order.OrderBillingAddress}).
   */
  String suggestion(String base) {
    String name = shortened(base);
    // The owner's own names are reserved in this scope already (a counter tells them apart).
    if (owner == null || !topLevel.contains(name) || owner.simpleNames().contains(name)) {
      return name;
    }
    String ownerName = owner.simpleName();
    String stripped =
        name.endsWith(ownerName) ? name.substring(0, name.length() - ownerName.length()) : "";
    return !stripped.isEmpty()
            && Character.isUpperCase(stripped.charAt(0))
            && !topLevel.contains(stripped)
        ? shortened(stripped)
        : shortened(ownerName + name);
  }

  private String shortened(String base) {
    String clear = Names.clashes(base) ? base + "Model" : base;
    return Names.shorten(clear, owner == null ? Names.MAX_TOP_LEVEL : Names.MAX_NESTED);
  }

  /** What holds {@code name} in this scope: a component schema's name, another tag, or null. */
  Object holder(String name) {
    return names.holder(name);
  }

  /** The owner's simple name ({@code Settings} for {@code Account.Settings}), or "" at top level. */
  String ownerName() {
    return owner == null ? "" : owner.simpleName();
  }

  /** Whether this is the model package rather than a type's nested types. */
  boolean isTopLevel() {
    return owner == null;
  }

  void add(TypeModel type) {
    types.add(type);
  }

  List<TypeModel> types() {
    return types;
  }
}
