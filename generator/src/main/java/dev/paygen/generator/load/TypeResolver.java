package dev.paygen.generator.load;

import dev.paygen.generator.Diagnostic;
import dev.paygen.generator.DiagnosticCode;
import dev.paygen.generator.model.TypeModel;
import dev.paygen.generator.model.TypeName;
import dev.paygen.generator.model.TypeRef;
import dev.paygen.generator.model.TypeRef.ScalarKind;
import dev.paygen.generator.naming.NameAllocator;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Maps schemas to Java types: component schemas that need a type of their own get one (named once,
 * up front, so references resolve in any order); every other schema becomes a JDK type, a list or
 * a map; inline objects, enums and unions become types nested in the scope they appear in.
 */
// Swagger Parser\'s model is raw-typed (Schema, List<Schema>); generics would only add casts here.
@SuppressWarnings({"rawtypes", "unchecked"})
final class TypeResolver {
  /** The Java type of a schema, and whether the schema itself admits {@code null}. */
  record Resolved(TypeRef type, boolean nullable) {}

  /**
   * A schema with a discriminator that other components extend through {@code allOf}: it becomes a
   * sealed interface over them.
   *
   * @param property the discriminator's wire name
   * @param subtypes subtype component names, in spec order, with the discriminator values of each
   */
  record Polymorphic(String property, Map<String, List<String>> subtypes) {}

  /** What a schema turns into. */
  enum Kind {
    RECORD,
    ENUM,
    UNION,
    NONE
  }

  private final ComponentRefs refs;
  private final Map<String, Schema> components;
  private final Report report;
  private final Map<String, TypeName> componentTypes = new LinkedHashMap<>();
  private final Map<String, Resolved> aliases = new HashMap<>();
  /**
   * Alias schemas (components without a type of their own, like an array of inline objects): the
   * scope of the inline types each one needs, the diagnostics of building them, the aliases each
   * refers to, and those referenced from a type, an operation or a webhook. Every alias is
   * resolved, in spec order, right after the components are named, so its inline types claim their
   * names before any operation's, whatever refers to it first; only referenced aliases' types and
   * diagnostics are kept. {@code resolving} is the stack of aliases being resolved (a cycle
   * through aliases alone resolves to {@code Object}).
   */
  private final Map<String, Scope> aliasScopes = new LinkedHashMap<>();

  private final Map<String, List<Diagnostic>> aliasDiagnostics = new HashMap<>();
  private final Map<String, Set<String>> aliasRefs = new HashMap<>();
  private final Set<String> referencedAliases = new HashSet<>();
  private final Deque<String> resolving = new ArrayDeque<>();
  private final Set<TypeName> unemitted = new HashSet<>();
  private final Set<String> componentNames = new HashSet<>();
  /** Component enums by their value sets ({@link #enumValues}); built on first use. */
  private Map<Set<String>, TypeName> enumsByValues;

  private int aliasDiagnosticsMark = -1;
  /** The model package's type names: component schemas first, then top-level inline types. */
  private final NameAllocator topLevelNames = NameAllocator.camelCase();

  private final Scope inlineTopLevel = Scope.topLevel(topLevelNames);
  private final List<TypeModel> componentModels = new ArrayList<>();
  /**
   * Schemas whose type is being built, by identity: Swagger Parser can hand back a recursive schema
   * as an object graph that contains itself instead of a {@code $ref}; meeting it again means the
   * type refers to itself.
   */
  private final java.util.IdentityHashMap<Schema, TypeName> building =
      new java.util.IdentityHashMap<>();

  private final TypeBuilder builder;
  private final SchemaShapes shapes;
  private final SharedShapes shared;

  /** Polymorphic component schemas, by identity. */
  private final java.util.IdentityHashMap<Schema, Polymorphic> polymorphic =
      new java.util.IdentityHashMap<>();

  TypeResolver(ComponentRefs refs, Report report) {
    this(refs, report, SharedShapes.none());
  }

  /** A resolver that gives identical inline objects one type, as {@code shared} counted them. */
  TypeResolver(ComponentRefs refs, Report report, SharedShapes shared) {
    this.shared = shared;
    this.refs = refs;
    this.components = refs.schemas();
    this.report = report;
    this.shapes = new SchemaShapes(components);
    this.builder = new TypeBuilder(this, report);
  }

  /** Names every component schema that becomes a type, reporting names that collide. */
  void declareComponents(Map<String, String> overrides) {
    components.forEach((name, schema) -> {
      Polymorphic found = findSubtypes(name, schema);
      if (found != null) {
        polymorphic.put(schema, found);
      }
    });
    for (var entry : components.entrySet()) {
      String schemaName = entry.getKey();
      if (kindOf(entry.getValue()) == Kind.NONE) {
        continue;
      }
      String base = overrides.getOrDefault(
          schemaName, Names.shorten(Names.typeName(schemaName), Names.MAX_TOP_LEVEL));
      Object earlier = topLevelNames.holder(base);
      String name = topLevelNames.newName(base, schemaName);
      if (!name.equals(base)) {
        report.warning(
            DiagnosticCode.W040_SCHEMA_NAME_TAKEN,
            Schemas.pointer("components", "schemas", schemaName),
            "schema '" + schemaName
                + "' and schema '" + earlier + "' both map to the Java name " + base
                + "; this one is named "
                + name,
            "rename one of them, or map it with a type-name override");
      }
      componentTypes.put(schemaName, TypeName.of(name));
      componentNames.add(name);
    }
  }

  /** The Java names of the component schemas' types, which no nested type repeats. */
  Set<String> componentNames() {
    return componentNames;
  }

  /**
   * The named component enum an inline enum stands for: the first, in spec order, listing the same
   * two or more values (any order) of the same JSON kind; null when none does. A query filter
   * {@code status} listing {@code IntentStatus}'s values is an {@code IntentStatus}, so a value read
   * from a response can be passed back.
   */
  private TypeName namedEnum(Schema schema) {
    Set<String> values = enumValues(schema);
    if (values.size() < 2) {
      return null;
    }
    if (enumsByValues == null) {
      enumsByValues = new LinkedHashMap<>();
      componentTypes.forEach((component, type) -> {
        Schema candidate = components.get(component);
        if (kindOf(candidate) == Kind.ENUM) {
          enumsByValues.putIfAbsent(enumValues(candidate), type);
        }
      });
    }
    return enumsByValues.get(values);
  }

  private static Set<String> enumValues(Schema schema) {
    Set<String> values = new java.util.TreeSet<>();
    for (Object value : schema.getEnum()) {
      if (value != null) {
        values.add((value instanceof String ? "string:" : "other:") + value);
      }
    }
    return values;
  }

  /**
   * Resolves every alias schema in spec order, so the names of their inline types depend on the
   * components alone; call after {@link #declareComponents(Map)}.
   */
  void declareAliases() {
    aliasDiagnosticsMark = report.mark();
    for (var entry : components.entrySet()) {
      if (!componentTypes.containsKey(entry.getKey()) && entry.getValue() != null) {
        alias(entry.getKey(), entry.getValue());
      }
    }
  }

  /** Builds the types of all declared components, in spec order. */
  List<TypeModel> buildComponents() {
    for (var entry : componentTypes.entrySet()) {
      String pointer = Schemas.pointer("components", "schemas", entry.getKey());
      componentModels.add(build(components.get(entry.getKey()), entry.getValue(), pointer));
    }
    return List.copyOf(componentModels);
  }

  private TypeModel build(Schema schema, TypeName name, String pointer) {
    building.put(schema, name);
    try {
      return builder.build(schema, name, pointer);
    } finally {
      building.remove(schema);
    }
  }

  /** Every type built so far: components, top-level inline types, alias schemas' inline types. */
  List<TypeModel> builtTypes() {
    List<TypeModel> all = new ArrayList<>(componentModels);
    all.addAll(inlineTopLevel.types());
    aliasScopes.values().forEach(scope -> all.addAll(scope.types()));
    return all;
  }

  /**
   * The top-level inline types: those of operations and webhooks, then those of the alias schemas
   * something refers to; puts the diagnostics of those aliases back where aliases were declared.
   * Call once, after every operation and webhook is read.
   */
  List<TypeModel> topLevelTypes() {
    Set<String> used = new HashSet<>();
    Deque<String> pending = new ArrayDeque<>(referencedAliases);
    while (!pending.isEmpty()) {
      String alias = pending.pop();
      if (used.add(alias)) {
        pending.addAll(aliasRefs.getOrDefault(alias, Set.of()));
      }
    }
    List<TypeModel> types = new ArrayList<>(inlineTopLevel.types());
    List<Diagnostic> diagnostics = new ArrayList<>();
    aliasScopes.forEach((alias, scope) -> {
      if (used.contains(alias)) {
        types.addAll(scope.types());
        diagnostics.addAll(aliasDiagnostics.getOrDefault(alias, List.of()));
      } else {
        scope.types().forEach(type -> unemitted.add(type.name()));
      }
    });
    if (aliasDiagnosticsMark >= 0) {
      report.insert(aliasDiagnosticsMark, diagnostics);
    }
    return types;
  }

  /**
   * Records that are variants of unions, with the unions they implement; leaves out the unions of
   * alias schemas nothing refers to. Call after {@link #topLevelTypes()}.
   */
  Map<TypeName, List<TypeName>> implementations() {
    Map<TypeName, List<TypeName>> implementations = new LinkedHashMap<>();
    builder
        .implementations()
        .forEach((record, unions) -> implementations.put(
            record, unions.stream().filter(union -> !unemitted.contains(union)).toList()));
    return implementations;
  }

  /** The scope of top-level inline types: those of operations and webhooks. */
  Scope topLevelScope() {
    return inlineTopLevel;
  }

  TypeBuilder builder() {
    return builder;
  }

  /** The resolver of every {@code $ref} to a component. */
  ComponentRefs refs() {
    return refs;
  }

  Schema component(String name) {
    return components.get(name);
  }

  TypeName componentType(String name) {
    return componentTypes.get(name);
  }

  /** The polymorphism of a component schema, or null when it is not a polymorphic parent. */
  Polymorphic polymorphic(Schema schema) {
    return schema == null ? null : polymorphic.get(schema);
  }

  /**
   * The subtypes of {@code parent} when it has a discriminator: the records whose {@code allOf}
   * refers to it (directly or through another component) and the records its mapping names (not itself), each with the values mapped to
   * it, else its single-valued discriminator enum, else its component name (OpenAPI's implicit
   * value). A value mapped to the parent itself has no variant of its own: it reads as
   * {@code Unknown}, which keeps the JSON and answers the shared accessors.
   */
  private Polymorphic findSubtypes(String parent, Schema schema) {
    if (schema == null
        || schema.getDiscriminator() == null
        || schema.getDiscriminator().getPropertyName() == null
        || kind(schema) != Kind.RECORD) {
      return null;
    }
    String property = schema.getDiscriminator().getPropertyName();
    Map<String, List<String>> mapped = new HashMap<>();
    UnionBuilder.invert(schema.getDiscriminator()).forEach((ref, values) -> {
      String target = ComponentRefs.name(ref, ComponentRefs.Section.SCHEMAS);
      if (target != null) {
        mapped.computeIfAbsent(target, k -> new ArrayList<>()).addAll(values);
      }
    });
    Map<String, List<String>> subtypes = new LinkedHashMap<>();
    for (var entry : components.entrySet()) {
      String name = entry.getKey();
      Schema candidate = entry.getValue();
      if (name.equals(parent) || kind(candidate) != Kind.RECORD) {
        continue;
      }
      if (mapped.containsKey(name)) {
        subtypes.put(name, List.copyOf(mapped.get(name)));
      } else if (extendsParent(candidate, parent, new HashSet<>())) {
        List<String> pinned = builder
            .unions()
            .singleValue(
                builder.merge(candidate, Schemas.pointer("components", "schemas", name)), property);
        subtypes.put(name, pinned.isEmpty() ? List.of(name) : pinned);
      }
    }
    return subtypes.isEmpty() ? null : new Polymorphic(property, subtypes);
  }

  /**
   * Whether {@code candidate} extends {@code parent} through {@code allOf}, directly or through
   * other components (C extends B extends A: C is an A too, and carries A's fields).
   */
  private boolean extendsParent(Schema candidate, String parent, Set<String> visited) {
    if (candidate == null || candidate.getAllOf() == null) {
      return false;
    }
    for (Object part : candidate.getAllOf()) {
      String name = ComponentRefs.name(((Schema) part).get$ref(), ComponentRefs.Section.SCHEMAS);
      if (name != null
          && (parent.equals(name)
              || (visited.add(name) && extendsParent(components.get(name), parent, visited)))) {
        return true;
      }
    }
    return false;
  }

  static Kind kind(Schema schema) {
    if (schema == null || schema.get$ref() != null) {
      return Kind.NONE;
    }
    boolean hasProperties = !Schemas.properties(schema).isEmpty();
    if (schema.getEnum() != null
        && schema.getEnum().stream().anyMatch(v -> v != null)
        && !Schemas.isObjectLike(schema)
        && !Schemas.nonNullTypes(schema).contains("array")) {
      return Kind.ENUM;
    }
    if (!hasProperties && Schemas.nonNullVariants(unionParts(schema)).size() >= 2) {
      return Kind.UNION;
    }
    if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
      // One member, or one schema plus members that only annotate it, is that member.
      return (schema.getAllOf().size() == 1 || AllOfWrappers.wrapped(schema) >= 0) && !hasProperties
          ? Kind.NONE
          : Kind.RECORD;
    }
    return hasProperties && Schemas.isObjectLike(schema) ? Kind.RECORD : Kind.NONE;
  }

  /**
   * What {@code schema} turns into, knowing the components: like {@link #kind(Schema)}, but an
   * {@code allOf} of scalars (its parts followed through {@code $ref}s) is that scalar, not a record.
   */
  Kind kindOf(Schema schema) {
    return schema != null && shapes.isScalarAllOf(schema) ? Kind.NONE : kind(schema);
  }

  static List<Schema> unionParts(Schema schema) {
    if (schema.getOneOf() != null && !schema.getOneOf().isEmpty()) {
      return schema.getOneOf();
    }
    return schema.getAnyOf() == null ? List.of() : schema.getAnyOf();
  }

  /**
   * The Java type of {@code schema}; inline types it needs are added to {@code scope}, named after
   * {@code baseName}.
   */
  Resolved resolve(Schema schema, Scope scope, String baseName, String pointer) {
    if (schema == null) {
      return new Resolved(new TypeRef.Any(), true);
    }
    // Null follows $refs, union branches and allOf parts: a property referring to a nullable
    // component is as nullable as the component says.
    boolean nullable = shapes.admitsNull(schema);
    if (schema.get$ref() != null) {
      Resolved target = resolveRef(schema.get$ref(), pointer);
      return new Resolved(target.type(), nullable || target.nullable());
    }
    Kind kind = kindOf(schema);
    if (kind != Kind.NONE) {
      TypeName active = building.get(schema);
      if (active != null) {
        return new Resolved(new TypeRef.Named(active), nullable);
      }
      TypeName reused = kind == Kind.ENUM ? namedEnum(schema) : null;
      if (reused == null && kind == Kind.RECORD) {
        reused = sharedType(schema, baseName, pointer);
      }
      if (reused == null && kind == Kind.ENUM) {
        reused = sharedEnum(schema, scope, baseName, pointer);
      }
      if (reused == null && kind == Kind.UNION) {
        reused = sharedUnion(schema, scope, baseName, pointer);
      }
      if (reused != null) {
        return new Resolved(new TypeRef.Named(reused), nullable);
      }
      TypeName name = claim(scope, Names.typeName(baseName), pointer);
      scope.add(build(schema, name, pointer));
      return new Resolved(new TypeRef.Named(name), nullable);
    }
    if (shapes.isScalarAllOf(schema)) {
      int part = shapes.typePart(schema);
      if (part < 0) {
        return new Resolved(shapes.scalarType(schema), nullable);
      }
      Resolved only = resolve(
          (Schema) schema.getAllOf().get(part), scope, baseName, pointer + "/allOf/" + part);
      return new Resolved(only.type(), nullable || only.nullable());
    }
    List<Schema> parts = unionParts(schema);
    if (!parts.isEmpty()) {
      List<Schema> kept = Schemas.nonNullVariants(parts);
      boolean withNull = nullable || kept.size() < parts.size();
      if (kept.isEmpty()) {
        return new Resolved(new TypeRef.Any(), true);
      }
      Resolved only =
          resolve(kept.get(0), scope, baseName, pointer + "/" + partsKey(schema) + "/0");
      return new Resolved(only.type(), withNull || only.nullable());
    }
    int wrapped = AllOfWrappers.wrapped(schema);
    if (wrapped >= 0 || (schema.getAllOf() != null && schema.getAllOf().size() == 1)) {
      int part = Math.max(wrapped, 0);
      Resolved only = resolve(
          (Schema) schema.getAllOf().get(part), scope, baseName, pointer + "/allOf/" + part);
      boolean annotatedNull = AllOfWrappers.flag(schema, Schema::getNullable);
      return new Resolved(only.type(), nullable || annotatedNull || only.nullable());
    }
    return new Resolved(structural(schema, scope, baseName, pointer), nullable);
  }

  /**
   * The one type of an inline object whose shape occurs more than once ({@link SharedShapes}),
   * built top level where the shape first occurs; null when it occurs once (or in the counting
   * pass, the first time).
   */
  private TypeName sharedType(Schema schema, String baseName, String pointer) {
    String key = shared.key(schema, baseName);
    // A shape named like a component (a request's `user: {id}` beside the User schema) stays
    // nested in each owner, named as before, rather than becoming User2 with a warning.
    if (key == null || componentNames.contains(SharedShapes.baseName(key))) {
      return null;
    }
    if (shared.isCounting()) {
      return shared.repeat(key) ? SharedShapes.COUNTED : null;
    }
    String base = shared.sharedName(key);
    if (base == null) {
      return null;
    }
    TypeName type = shared.type(key);
    return type != null ? type : buildShared(key, schema, base, pointer);
  }

  /** Builds the one top-level type of a shared shape or enum, named {@code base}, where it first occurs. */
  private TypeName buildShared(String key, Schema schema, String base, String pointer) {
    TypeName type = claim(inlineTopLevel, base, pointer);
    shared.type(key, type);
    inlineTopLevel.add(build(schema, type, pointer));
    return type;
  }

  /**
   * The one top-level type of an inline enum whose values occur more than once, built where it
   * first occurs and named by the first of {@link SharedShapes#enumNames} that no type holds yet
   * (so two different {@code status} enums are {@code Status} and, say, {@code PayoutStatus}, not
   * {@code Status2}); null when they occur once, in the counting pass, or when every name to try is
   * a component schema's or a nested type's (it then stays nested in each owner, as an object
   * would): a nested {@code Type} would hide a top-level {@code Type} inside its owner.
   */
  private TypeName sharedEnum(Schema schema, Scope scope, String baseName, String pointer) {
    return sharedByKey(SharedShapes.enumKey(schema), schema, scope, baseName, pointer);
  }

  /**
   * The one top-level type of an inline union whose shape occurs more than once (its variants equal
   * in everything but descriptions, titles and examples, like a shared object's), named like a
   * shared enum ({@link SharedShapes#enumNames}): Stripe's hundreds of expandable fields, each a
   * {@code string | File} union, are then one {@code Icon} type and not one per field. Null under
   * the same conditions as {@link #sharedEnum}, or when the union contains itself.
   */
  private TypeName sharedUnion(Schema schema, Scope scope, String baseName, String pointer) {
    String key = shared.unionKey(schema);
    return key == null ? null : sharedByKey(key, schema, scope, baseName, pointer);
  }

  private TypeName sharedByKey(
      String key, Schema schema, Scope scope, String baseName, String pointer) {
    if (shared.isCounting()) {
      shared.enumOccurrence(
          key, Names.typeName(baseName), schema.getTitle(), scope.ownerName(), pointer);
      return null;
    }
    TypeName type = shared.type(key);
    if (type == null) {
      List<String> names = shared.enumNames(key).stream()
          .filter(
              candidate -> !componentNames.contains(candidate) && shared.nameIsFree(candidate, key))
          .toList();
      if (names.isEmpty()) {
        return null;
      }
      // The first name no other type holds yet; when all are held, the first, numbered.
      String name = names.stream()
          .filter(candidate -> inlineTopLevel.holder(inlineTopLevel.suggestion(candidate)) == null)
          .findFirst()
          .orElse(names.get(0));
      type = buildShared(key, schema, name, pointer);
    }
    return type;
  }

  /**
   * Claims an inline type's name in {@code scope}; in the model package, warns when a component
   * schema (claimed first) holds the name, the one way a new schema can rename an inline type.
   */
  private TypeName claim(Scope scope, String base, String pointer) {
    String suggestion = scope.suggestion(base);
    Object holder = scope.holder(suggestion);
    TypeName name = scope.claim(base);
    if (scope.isTopLevel()
        && holder instanceof String schema
        && componentTypes.containsKey(schema)) {
      report.warning(
          DiagnosticCode.W040_SCHEMA_NAME_TAKEN,
          pointer,
          "the inline schema at " + pointer + " maps to the Java name " + suggestion
              + ", which schema '" + schema + "' already has; it is named " + name,
          "map the schema to another name with a type-name override, or give the operation"
              + " another name (x-paygen-name)");
    }
    return name;
  }

  private static String partsKey(Schema schema) {
    return schema.getOneOf() != null && !schema.getOneOf().isEmpty() ? "oneOf" : "anyOf";
  }

  private TypeRef structural(Schema schema, Scope scope, String baseName, String pointer) {
    Set<String> types = Schemas.nonNullTypes(schema);
    if (types.size() > 1) {
      return new TypeRef.Any();
    }
    String type = types.isEmpty() ? "" : types.iterator().next();
    if (type.equals("array") || (type.isEmpty() && schema.getItems() != null)) {
      Schema items = schema.getItems();
      if (items == null) {
        return new TypeRef.ListOf(new TypeRef.Any(), true);
      }
      Resolved item = resolve(items, scope, baseName + "Item", pointer + "/items");
      return new TypeRef.ListOf(item.type(), item.nullable());
    }
    if (type.equals("object") || (type.isEmpty() && schema.getAdditionalProperties() != null)) {
      Object extra = schema.getAdditionalProperties();
      if (extra instanceof Schema valueSchema) {
        Resolved value =
            resolve(valueSchema, scope, baseName + "Value", pointer + "/additionalProperties");
        return new TypeRef.MapOf(value.type(), value.nullable());
      }
      return new TypeRef.MapOf(new TypeRef.Any(), true);
    }
    ScalarKind scalar = scalar(type, schema.getFormat());
    return scalar == null ? new TypeRef.Any() : TypeRef.scalar(scalar);
  }

  static ScalarKind scalar(String type, String format) {
    String f = format == null ? "" : format.toLowerCase(Locale.ROOT);
    return switch (type) {
      case "string" ->
        switch (f) {
          case "date-time" -> ScalarKind.DATE_TIME;
          case "date" -> ScalarKind.DATE;
          case "uuid" -> ScalarKind.UUID;
          case "byte" -> ScalarKind.BYTES;
          case "binary" -> ScalarKind.BINARY;
          default -> ScalarKind.STRING;
        };
      case "integer" -> f.equals("int32") ? ScalarKind.INT32 : ScalarKind.INT64;
      case "number" ->
        switch (f) {
          case "float" -> ScalarKind.FLOAT;
          case "double" -> ScalarKind.DOUBLE;
          case "int32" -> ScalarKind.INT32;
          case "int64" -> ScalarKind.INT64;
          default -> ScalarKind.DECIMAL;
        };
      case "boolean" -> ScalarKind.BOOLEAN;
      default -> null;
    };
  }

  /** The type a {@code $ref} stands for: a generated type, or what an alias schema resolves to. */
  Resolved resolveRef(String ref, String pointer) {
    Schema target = refs.schema(ref, pointer);
    if (target == null) {
      // Reported (W042, or E010 when dangling); typed as Object so the rest of the spec is still
      // checked.
      return new Resolved(new TypeRef.Any(), true);
    }
    String name = ComponentRefs.name(ref, ComponentRefs.Section.SCHEMAS);
    TypeName generated = componentTypes.get(name);
    if (generated != null) {
      // A generated type is as nullable as its schema: `type: [object, "null"]`, an enum listing
      // null, a union with a null branch.
      return new Resolved(new TypeRef.Named(generated), shapes.admitsNull(target));
    }
    if (resolving.isEmpty()) {
      referencedAliases.add(name);
    } else {
      aliasRefs.computeIfAbsent(resolving.peek(), k -> new HashSet<>()).add(name);
    }
    return alias(name, target);
  }

  /** What alias schema {@code name} resolves to; its inline types go to a top-level scope of its own. */
  private Resolved alias(String name, Schema target) {
    Resolved cached = aliases.get(name);
    if (cached != null) {
      return cached;
    }
    if (resolving.contains(name)) {
      return new Resolved(new TypeRef.Any(), true);
    }
    Scope scope = aliasScopes.computeIfAbsent(name, k -> Scope.topLevel(topLevelNames));
    int mark = report.mark();
    resolving.push(name);
    Resolved resolved =
        resolve(target, scope, name, Schemas.pointer("components", "schemas", name));
    resolving.pop();
    aliasDiagnostics.put(name, report.cut(mark));
    aliases.put(name, resolved);
    return resolved;
  }
}
