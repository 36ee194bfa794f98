package dev.paygen.generator.load;

import dev.paygen.generator.model.TypeModel;
import dev.paygen.generator.model.TypeName;
import dev.paygen.generator.naming.NameAllocator;
import java.util.ArrayList;
import java.util.List;

/**
 * Where inline types go: nested inside an owner type, or top level in the model package. Hands out
 * names that are unique in the scope and legal for nesting (a nested type may not repeat the name
 * of a type enclosing it).
 */
final class Scope {
  private final TypeName owner;
  private final NameAllocator names;
  private final List<TypeModel> types = new ArrayList<>();

  private Scope(TypeName owner, NameAllocator names) {
    this.owner = owner;
    this.names = names;
  }

  /** The model package, whose names {@code packageNames} allocates (shared with the component schemas). */
  static Scope topLevel(NameAllocator packageNames) {
    return new Scope(null, packageNames);
  }

  /** The types nested in {@code owner}, clear of the names enclosing it and of {@code reserved}. */
  static Scope nestedIn(TypeName owner, Iterable<String> reserved) {
    NameAllocator names = NameAllocator.camelCase().reserve(owner.simpleNames());
    reserved.forEach(names::reserve);
    return new Scope(owner, names);
  }

  /** Claims a unique name based on {@code base}: {@code Base}, {@code Base2}, {@code Base3}... */
  TypeName claim(String base) {
    String name = names.newName(suggestion(base));
    return owner == null ? TypeName.of(name) : owner.nested(name);
  }

  /** The name {@link #claim(String)} starts from: {@code base}, clear of runtime types, shortened. */
  String suggestion(String base) {
    String clear = Names.clashes(base) ? base + "Model" : base;
    return Names.shorten(clear, owner == null ? Names.MAX_TOP_LEVEL : Names.MAX_NESTED);
  }

  /** What holds {@code name} in this scope: a component schema's name, another tag, or null. */
  Object holder(String name) {
    return names.holder(name);
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
