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
 * Builds sealed unions from {@code oneOf}/{@code anyOf}: object variants are records implementing
 * the union; scalars, lists, maps, enums and nested unions are wrapped in a nested record.
 */
// Swagger Parser\'s model is raw-typed (Schema, List<Schema>); generics would only add casts here.
@SuppressWarnings({"rawtypes", "unchecked"})
final class UnionBuilder {
  private final TypeResolver resolver;
  private final TypeBuilder types;
  private final Report report;
  private final Map<TypeName, List<TypeName>> implementations = new LinkedHashMap<>();

  UnionBuilder(TypeResolver resolver, TypeBuilder types, Report report) {
    this.resolver = resolver;
    this.types = types;
    this.report = report;
  }

  Map<TypeName, List<TypeName>> implementations() {
    return implementations;
  }

  UnionModel build(Schema schema, TypeName name, String pointer) {
    Scope nested = Scope.nestedIn(name, GeneratedNames.UNION_NESTED);
    Discriminator discriminator = schema.getDiscriminator();
    String property = discriminator == null ? null : discriminator.getPropertyName();
    Map<String, List<String>> valuesByRef = invert(discriminator);
    String key = schema.getOneOf() != null && !schema.getOneOf().isEmpty() ? "oneOf" : "anyOf";
    List<Schema> parts = TypeResolver.unionParts(schema);
    List<UnionVariant> variants = new ArrayList<>();
    Set<TypeName> seen = new HashSet<>();
    for (int i = 0; i < parts.size(); i++) {
      Schema part = parts.get(i);
      if (Schemas.isNullOnly(part)) {
        continue;
      }
      UnionVariant variant =
          variant(part, name, nested, property, valuesByRef, pointer + "/" + key + "/" + i, i);
      if (seen.add(variant.type())) {
        variants.add(variant);
        if (variant.wrapped() == null) {
          implementations
              .computeIfAbsent(variant.type(), k -> new ArrayList<>())
              .add(name);
        }
      } else {
        report.warning(
            DiagnosticCode.W044_DUPLICATE_VARIANT,
            pointer + "/" + key + "/" + i,
            "union " + name + " lists " + variant.type() + " twice; the repeat is ignored",
            "remove the duplicate variant");
      }
    }
    return new UnionModel(name, Schemas.doc(schema), pointer, property, variants, nested.types());
  }

  private UnionVariant variant(
      Schema part,
      TypeName union,
      Scope nested,
      String property,
      Map<String, List<String>> valuesByRef,
      String pointer,
      int index) {
    if (part.get$ref() != null) {
      String component = ComponentRefs.name(part.get$ref(), ComponentRefs.Section.SCHEMAS);
      TypeName record = component == null ? null : resolver.componentType(component);
      Schema target = component == null ? null : resolver.component(component);
      // Only a top-level union is implemented by the records it lists: a record implementing an
      // interface nested in another type can make javac see cyclic inheritance (the record encloses
      // it, or the enclosing type in turn implements a union nested in the record), so a union
      // declared inline wraps the records it lists instead.
      if (record != null
          && !union.isNested()
          && TypeResolver.kind(target) == TypeResolver.Kind.RECORD) {
        List<String> values = valuesByRef.getOrDefault(part.get$ref(), List.of());
        if (property != null && values.isEmpty()) {
          values = List.of(component);
        }
        return objectVariant(
            record, target, values, Schemas.pointer("components", "schemas", component));
      }
    } else if (resolver.kindOf(part) == TypeResolver.Kind.RECORD) {
      TypeName record = nested.claim(variantName(part, property, index));
      RecordModel model = types.record(part, record, pointer);
      nested.add(model);
      List<String> values = new ArrayList<>(valuesByRef.getOrDefault(part.get$ref(), List.of()));
      values.addAll(singleEnumValue(part, property));
      return objectVariant(record, part, values, pointer);
    }
    TypeResolver.Resolved resolved = resolver.resolve(part, nested, "Value" + (index + 1), pointer);
    TypeName wrapper = nested.claim(wrapperName(resolved.type()));
    return new UnionVariant(wrapper, resolved.type(), List.of(), List.of(), List.of());
  }

  private UnionVariant objectVariant(
      TypeName record, Schema schema, List<String> values, String pointer) {
    TypeBuilder.Merged merged = types.merge(schema, pointer);
    List<String> required =
        merged.required().stream().filter(merged.properties()::containsKey).toList();
    return new UnionVariant(
        record, null, values, required, List.copyOf(merged.properties().keySet()));
  }

  /** A name for an inline object variant: its title, its discriminator value, else its position. */
  private static String variantName(Schema part, String property, int index) {
    if (part.getTitle() != null && !part.getTitle().isBlank()) {
      return Names.typeName(part.getTitle());
    }
    List<String> values = singleEnumValue(part, property);
    return values.isEmpty() ? "Variant" + (index + 1) : Names.typeName(values.get(0));
  }

  private static List<String> singleEnumValue(Schema part, String property) {
    if (property == null) {
      return List.of();
    }
    Schema p = Schemas.properties(part).get(property);
    if (p != null
        && p.getEnum() != null
        && p.getEnum().size() == 1
        && p.getEnum().get(0) != null) {
      return List.of(String.valueOf(p.getEnum().get(0)));
    }
    return List.of();
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

  private static Map<String, List<String>> invert(Discriminator discriminator) {
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
