package dev.paygen.generator.load;

import dev.paygen.generator.DiagnosticCode;
import dev.paygen.generator.model.RecordModel;
import dev.paygen.generator.model.TypeName;
import dev.paygen.generator.model.TypeRef;
import dev.paygen.generator.model.UnionModel;
import dev.paygen.generator.model.UnionModel.UnionVariant;
import dev.paygen.generator.naming.GeneratedNames;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds sealed unions from {@code oneOf}/{@code anyOf}, and from polymorphic schemas (a
 * discriminator with {@code allOf} subtypes): object variants are records implementing the union;
 * scalars, lists, maps, enums, nested unions, and records listed by an inline union are wrapped in
 * a nested record. Every variant records what tells it apart: its discriminator values (explicit
 * mapping, else a single-valued enum or {@code const} property shared by every branch, the implicit
 * discriminator), its required and declared properties, whether it admits others.
 */
// Swagger Parser\'s model is raw-typed (Schema, List<Schema>); generics would only add casts here.
@SuppressWarnings({"rawtypes", "unchecked"})
final class UnionBuilder {
  private final TypeResolver resolver;
  private final TypeBuilder types;
  private final Report report;
  private final Map<TypeName, List<TypeName>> implementations = new LinkedHashMap<>();
  private final Map<TypeName, Map<String, String>> discriminatorValues = new HashMap<>();
  private final Set<TypeName> conflictingValues = new HashSet<>();
  private final Map<TypeName, List<String>> sharedProperties = new HashMap<>();

  UnionBuilder(TypeResolver resolver, TypeBuilder types, Report report) {
    this.resolver = resolver;
    this.types = types;
    this.report = report;
  }

  Map<TypeName, List<TypeName>> implementations() {
    return implementations;
  }

  /** Records with a single discriminator value, by discriminator wire name (see RecordModel). */
  Map<TypeName, Map<String, String>> discriminatorValues() {
    Map<TypeName, Map<String, String>> out = new HashMap<>(discriminatorValues);
    conflictingValues.forEach(out::remove);
    return out;
  }

  /** Polymorphic unions, with their parent's wire names (candidates for shared accessors). */
  Map<TypeName, List<String>> sharedProperties() {
    return sharedProperties;
  }

  UnionModel build(Schema schema, TypeName name, String pointer) {
    Discriminator discriminator = schema.getDiscriminator();
    String key = schema.getOneOf() != null && !schema.getOneOf().isEmpty() ? "oneOf" : "anyOf";
    List<Schema> parts = TypeResolver.unionParts(schema);
    List<String> pointers = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      pointers.add(pointer + "/" + key + "/" + i);
    }
    String property = discriminator == null ? null : discriminator.getPropertyName();
    Map<String, List<String>> valuesByRef = invert(discriminator);
    List<List<String>> values = new ArrayList<>();
    if (property == null) {
      property = implicitDiscriminator(parts, pointers, values);
    }
    if (values.isEmpty()) {
      for (int i = 0; i < parts.size(); i++) {
        values.add(explicitValues(parts.get(i), property, valuesByRef, pointers.get(i)));
      }
    }
    return assemble(schema, name, pointer, property, parts, pointers, values);
  }

  /** The sealed interface of a polymorphic schema: its subtypes are the variants. */
  UnionModel polymorphic(
      Schema schema, TypeResolver.Polymorphic polymorphic, TypeName name, String pointer) {
    List<Schema> parts = new ArrayList<>();
    List<String> pointers = new ArrayList<>();
    List<List<String>> values = new ArrayList<>();
    polymorphic.subtypes().forEach((subtype, tags) -> {
      String subtypePointer = Schemas.pointer("components", "schemas", subtype);
      parts.add(new Schema().$ref("#" + subtypePointer));
      pointers.add(subtypePointer);
      values.add(tags);
    });
    sharedProperties.put(
        name, List.copyOf(types.merge(schema, pointer).properties().keySet()));
    return assemble(schema, name, pointer, polymorphic.property(), parts, pointers, values);
  }

  private UnionModel assemble(
      Schema schema,
      TypeName name,
      String pointer,
      String property,
      List<Schema> parts,
      List<String> pointers,
      List<List<String>> values) {
    Scope nested = Scope.nestedIn(name, GeneratedNames.UNION_NESTED, resolver.componentNames());
    List<UnionVariant> variants = new ArrayList<>();
    Set<TypeName> seen = new HashSet<>();
    for (int i = 0; i < parts.size(); i++) {
      Schema part = parts.get(i);
      if (Schemas.isNullOnly(part)) {
        continue;
      }
      UnionVariant variant =
          variant(part, name, nested, property, values.get(i), pointers.get(i), i);
      if (seen.add(variant.type())) {
        variants.add(variant);
        if (variant.wrapped() == null) {
          implementations
              .computeIfAbsent(variant.type(), k -> new ArrayList<>())
              .add(name);
        }
        pinDiscriminator(variant, property);
      } else {
        report.warning(
            DiagnosticCode.W044_DUPLICATE_VARIANT,
            pointers.get(i),
            "union " + name + " lists " + variant.type() + " twice; the repeat is ignored",
            "remove the duplicate variant");
      }
    }
    return new UnionModel(
        name, Schemas.doc(schema), pointer, property, variants, nested.types(), List.of());
  }

  /** A variant with one discriminator value: its record starts with that value. */
  private void pinDiscriminator(UnionVariant variant, String property) {
    if (property == null || variant.discriminatorValues().size() != 1) {
      return;
    }
    TypeName record = variant.wrapped() == null
        ? variant.type()
        : variant.wrapped() instanceof TypeRef.Named named ? named.name() : null;
    if (record == null) {
      return;
    }
    String value = variant.discriminatorValues().get(0);
    String earlier = discriminatorValues
        .computeIfAbsent(record, k -> new HashMap<>())
        .putIfAbsent(property, value);
    if (earlier != null && !earlier.equals(value)) {
      conflictingValues.add(record);
    }
  }

  private List<String> explicitValues(
      Schema part, String property, Map<String, List<String>> valuesByRef, String pointer) {
    if (property == null) {
      return List.of();
    }
    if (part.get$ref() != null) {
      List<String> mapped = valuesByRef.get(part.get$ref());
      if (mapped != null) {
        return mapped;
      }
      String component = ComponentRefs.name(part.get$ref(), ComponentRefs.Section.SCHEMAS);
      Schema target = component == null ? null : resolver.component(component);
      if (target != null && TypeResolver.kind(target) == TypeResolver.Kind.RECORD) {
        // Without a mapping the value is the schema's name, unless the schema pins the property to
        // one value (Spotify's TrackObject says type: [track]): JSON carrying the name would not
        // be valid against it, so the pinned value is the one the API sends.
        List<String> pinned = singleValue(types.merge(target, pointer), property);
        if (!pinned.isEmpty()) {
          return pinned;
        }
      }
      return component == null ? List.of() : List.of(component);
    }
    return TypeResolver.kind(part) == TypeResolver.Kind.RECORD
        ? singleValue(types.merge(part, pointer), property)
        : List.of();
  }

  /**
   * Without a declared discriminator: a property that every branch, all objects, pins to one value
   * ({@code enum} of one, or {@code const}), the values all distinct, is the discriminator. Fills
   * {@code values} (one list per part) and returns the property, or returns null.
   */
  private String implicitDiscriminator(
      List<Schema> parts, List<String> pointers, List<List<String>> values) {
    List<TypeBuilder.Merged> merged = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      Schema part = parts.get(i);
      if (Schemas.isNullOnly(part)) {
        merged.add(null);
        continue;
      }
      Schema target = part.get$ref() == null
          ? part
          : resolver.component(ComponentRefs.name(part.get$ref(), ComponentRefs.Section.SCHEMAS));
      if (target == null || TypeResolver.kind(target) != TypeResolver.Kind.RECORD) {
        return null;
      }
      merged.add(types.merge(part, pointers.get(i)));
    }
    TypeBuilder.Merged first =
        merged.stream().filter(m -> m != null).findFirst().orElse(null);
    if (first == null || merged.stream().filter(m -> m != null).count() < 2) {
      return null;
    }
    for (String property : first.properties().keySet()) {
      List<List<String>> found = new ArrayList<>();
      Set<String> distinct = new HashSet<>();
      for (TypeBuilder.Merged m : merged) {
        List<String> value = m == null ? List.of() : singleValue(m, property);
        if (m != null && (value.size() != 1 || !distinct.add(value.get(0)))) {
          found = null;
          break;
        }
        found.add(value);
      }
      if (found != null) {
        values.addAll(found);
        return property;
      }
    }
    return null;
  }

  private UnionVariant variant(
      Schema part,
      TypeName union,
      Scope nested,
      String property,
      List<String> values,
      String pointer,
      int index) {
    Schema target = null;
    if (part.get$ref() != null) {
      String component = ComponentRefs.name(part.get$ref(), ComponentRefs.Section.SCHEMAS);
      TypeName record = component == null ? null : resolver.componentType(component);
      target = component == null ? null : resolver.component(component);
      // Only a top-level union is implemented by the records it lists: a record implementing an
      // interface nested in another type can make javac see cyclic inheritance (the record encloses
      // it, or the enclosing type in turn implements a union nested in the record), so a union
      // declared inline wraps the records it lists instead. A polymorphic type is an interface:
      // it is wrapped too.
      if (record != null
          && !union.isNested()
          && TypeResolver.kind(target) == TypeResolver.Kind.RECORD
          && resolver.polymorphic(target) == null) {
        return objectVariant(record, null, target, values, pointer);
      }
    } else if (resolver.kindOf(part) == TypeResolver.Kind.RECORD) {
      TypeName record = nested.claim(variantName(part, property, index));
      RecordModel model = types.record(part, record, pointer);
      nested.add(model);
      return objectVariant(record, null, part, values, pointer);
    }
    TypeResolver.Resolved resolved = resolver.resolve(part, nested, "Value" + (index + 1), pointer);
    TypeName wrapper = nested.claimWrapper(wrapperName(resolved.type()));
    if (target != null && TypeResolver.kind(target) == TypeResolver.Kind.RECORD) {
      // A wrapped record is told apart exactly as a record variant is.
      return objectVariant(wrapper, resolved.type(), part, values, pointer);
    }
    return new UnionVariant(wrapper, resolved.type(), List.of(), List.of(), List.of(), false);
  }

  private UnionVariant objectVariant(
      TypeName type, TypeRef wrapped, Schema schema, List<String> values, String pointer) {
    TypeBuilder.Merged merged = types.merge(schema, pointer);
    List<String> required =
        merged.required().stream().filter(merged.properties()::containsKey).toList();
    Schema own =
        schema.get$ref() == null ? schema : resolver.refs().schema(schema.get$ref(), pointer);
    boolean closed = own != null && Boolean.FALSE.equals(own.getAdditionalProperties());
    return new UnionVariant(
        type, wrapped, values, required, List.copyOf(merged.properties().keySet()), closed);
  }

  /** A name for an inline object variant: its title, its discriminator value, else its position. */
  private String variantName(Schema part, String property, int index) {
    if (part.getTitle() != null && !part.getTitle().isBlank()) {
      return Names.typeName(part.getTitle());
    }
    // Named after the part's own properties (not merged ones), so names stay as they were.
    Map<String, TypeBuilder.Property> own = new LinkedHashMap<>();
    Schemas.properties(part).forEach((k, v) -> own.put(k, new TypeBuilder.Property(k, v, "")));
    List<String> values = singleValue(new TypeBuilder.Merged(own, Set.of()), property);
    return values.isEmpty() ? "Variant" + (index + 1) : Names.typeName(values.get(0));
  }

  /** The one value {@code property} takes in a merged object: an enum of one, or a const. */
  List<String> singleValue(TypeBuilder.Merged merged, String property) {
    TypeBuilder.Property found = property == null ? null : merged.properties().get(property);
    Schema p = found == null ? null : found.schema();
    if (p != null && p.get$ref() != null) {
      String name = ComponentRefs.name(p.get$ref(), ComponentRefs.Section.SCHEMAS);
      p = name == null ? null : resolver.component(name);
    }
    if (p == null) {
      return List.of();
    }
    if (p.getEnum() != null && p.getEnum().size() == 1 && p.getEnum().get(0) != null) {
      return List.of(String.valueOf(p.getEnum().get(0)));
    }
    return p.getConst() != null ? List.of(String.valueOf(p.getConst())) : List.of();
  }

  private static String wrapperName(TypeRef type) {
    if (type instanceof TypeRef.Named named) {
      return named.name().simpleName() + "Value";
    }
    if (type instanceof TypeRef.ListOf) {
      return "ListValue";
    }
    if (type instanceof TypeRef.MapOf) {
      return "MapValue";
    }
    if (!(type instanceof TypeRef.Scalar scalar)) {
      return "JsonValue";
    }
    return switch (scalar.kind()) {
      case STRING -> "StringValue";
      case INT32, INT64 -> "IntegerValue";
      case FLOAT, DOUBLE, DECIMAL -> "NumberValue";
      case BOOLEAN -> "BooleanValue";
      case DATE -> "DateValue";
      case DATE_TIME -> "DateTimeValue";
      case UUID -> "UuidValue";
      case BYTES, BINARY -> "BytesValue";
    };
  }

  /** The discriminator's mapping, from {@code $ref} (bare names made refs) to the values. */
  static Map<String, List<String>> invert(Discriminator discriminator) {
    Map<String, List<String>> byRef = new HashMap<>();
    if (discriminator != null && discriminator.getMapping() != null) {
      for (var entry : discriminator.getMapping().entrySet()) {
        String ref = entry.getValue().startsWith("#")
            ? entry.getValue()
            : ComponentRefs.Section.SCHEMAS.section() + "/" + entry.getValue();
        byRef.computeIfAbsent(ref, k -> new ArrayList<>()).add(entry.getKey());
      }
    }
    return byRef;
  }
}
