package dev.paygen.generator.load;

import dev.paygen.generator.DiagnosticCode;
import dev.paygen.generator.model.PropertyModel;
import dev.paygen.generator.model.RecordModel;
import dev.paygen.generator.model.TypeModel;
import dev.paygen.generator.model.TypeName;
import dev.paygen.generator.model.TypeRef;
import dev.paygen.generator.naming.GeneratedNames;
import dev.paygen.generator.naming.NameAllocator;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the record, enum or union model of one schema that needs a type of its own. */
// Swagger Parser\'s model is raw-typed (Schema, List<Schema>); generics would only add casts here.
@SuppressWarnings({"rawtypes", "unchecked"})
final class TypeBuilder {
  /** A record component's name for a wire name: lower camel case, clear of the methods records have. */
  static String componentName(String wireName) {
    String base = Names.lowerCamel(wireName);
    return GeneratedNames.RECORD_METHODS.contains(base) ? base + "_" : base;
  }

  /** One property found while merging a schema and its {@code allOf} parts. */
  record Property(String wireName, Schema schema, String pointer) {}

  /** The properties and required names of a schema with its {@code allOf} parts merged. */
  record Merged(Map<String, Property> properties, Set<String> required) {}

  private final TypeResolver resolver;
  private final Report report;
  private final UnionBuilder unions;

  TypeBuilder(TypeResolver resolver, Report report) {
    this.resolver = resolver;
    this.report = report;
    this.unions = new UnionBuilder(resolver, this, report);
  }

  UnionBuilder unions() {
    return unions;
  }

  TypeModel build(Schema schema, TypeName name, String pointer) {
    TypeResolver.Polymorphic polymorphic = resolver.polymorphic(schema);
    if (polymorphic != null) {
      return unions.polymorphic(schema, polymorphic, name, pointer);
    }
    return switch (TypeResolver.kind(schema)) {
      case ENUM -> EnumBuilder.build(schema, name, pointer, report);
      case UNION -> unions.build(schema, name, pointer);
      default -> record(schema, name, pointer);
    };
  }

  RecordModel record(Schema schema, TypeName name, String pointer) {
    Scope nested = Scope.nestedIn(name, GeneratedNames.RECORD_NESTED, resolver.componentNames());
    Merged merged = merge(schema, pointer);
    NameAllocator javaNames = NameAllocator.camelCase();
    List<PropertyModel> properties = new ArrayList<>();
    for (Property property : merged.properties().values()) {
      String javaName = uniqueComponent(property, javaNames, name);
      Schema ps = property.schema();
      TypeResolver.Resolved resolved =
          resolver.resolve(ps, nested, property.wireName(), property.pointer());
      // An allOf wrapper's annotating members describe the property (AllOfWrappers).
      boolean deprecated = AllOfWrappers.flag(ps, Schema::getDeprecated);
      properties.add(PropertyModel.builder(property.wireName(), javaName, resolved.type())
          .required(merged.required().contains(property.wireName()))
          .nullable(resolved.nullable())
          .description(Schemas.propertyDoc(ps))
          .deprecated(deprecated)
          .deprecation(Deprecations.note(deprecated, Schemas.propertyDoc(ps), ps.getExtensions()))
          .readOnly(AllOfWrappers.flag(ps, Schema::getReadOnly))
          .writeOnly(AllOfWrappers.flag(ps, Schema::getWriteOnly))
          .build());
    }
    TypeRef additional = new TypeRef.Any();
    if (schema.getAdditionalProperties() instanceof Schema values) {
      // Typed values beside the declared properties: kept as a Map<String, T>, never dropped.
      additional = resolver
          .resolve(values, nested, "AdditionalProperty", pointer + "/additionalProperties")
          .type();
    }
    return new RecordModel(
        name,
        Schemas.doc(schema),
        pointer,
        properties,
        List.of(),
        Boolean.TRUE.equals(schema.getDeprecated()),
        nested.types(),
        Map.of(),
        additional);
  }

  private String uniqueComponent(Property property, NameAllocator components, TypeName owner) {
    String base = componentName(property.wireName());
    Object earlier = components.holder(base);
    String name = components.newName(base, property.wireName());
    if (!name.equals(base)) {
      report.warning(
          DiagnosticCode.W041_PROPERTY_NAME_TAKEN,
          property.pointer(),
          "property '" + property.wireName() + "' of " + owner + " maps to the Java name " + base
              + ", which property '" + earlier + "' already has; it is named " + name,
          "rename one of the properties");
    }
    return name;
  }

  /** The properties of {@code schema}, its {@code allOf} parts first, in spec order. */
  Merged merge(Schema schema, String pointer) {
    Map<String, Property> properties = new LinkedHashMap<>();
    Set<String> required = new LinkedHashSet<>();
    merge(schema, pointer, properties, required, new HashSet<>());
    return new Merged(properties, required);
  }

  private void merge(
      Schema schema,
      String pointer,
      Map<String, Property> properties,
      Set<String> required,
      Set<String> visiting) {
    if (schema.get$ref() != null) {
      String name = ComponentRefs.name(schema.get$ref(), ComponentRefs.Section.SCHEMAS);
      Schema target = resolver.refs().schema(schema.get$ref(), pointer);
      if (target != null && visiting.add(name)) {
        merge(
            target, Schemas.pointer("components", "schemas", name), properties, required, visiting);
      }
      return;
    }
    if (schema.getAllOf() != null) {
      for (int i = 0; i < schema.getAllOf().size(); i++) {
        merge(
            (Schema) schema.getAllOf().get(i),
            pointer + "/allOf/" + i,
            properties,
            required,
            visiting);
      }
    }
    for (var entry : Schemas.properties(schema).entrySet()) {
      Property property = new Property(
          entry.getKey(),
          entry.getValue(),
          pointer + "/properties/" + RefScanner.escape(entry.getKey()));
      properties.merge(entry.getKey(), property, (earlier, later) -> later);
    }
    if (schema.getRequired() != null) {
      required.addAll(schema.getRequired());
    }
  }

  /** Records that are variants of unions, with the unions they implement. */
  Map<TypeName, List<TypeName>> implementations() {
    return unions.implementations();
  }
}
