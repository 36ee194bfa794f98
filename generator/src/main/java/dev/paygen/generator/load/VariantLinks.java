package dev.paygen.generator.load;

import dev.paygen.generator.model.PropertyModel;
import dev.paygen.generator.model.RecordModel;
import dev.paygen.generator.model.TypeModel;
import dev.paygen.generator.model.TypeName;
import dev.paygen.generator.model.UnionModel;
import dev.paygen.generator.model.UnionModel.UnionVariant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Links union variants to their unions once every type is built (a record can be built before the
 * union listing it): each record gets the unions it implements and its pre-set discriminator
 * values; each polymorphic union gets the accessors all its variant records share.
 */
final class VariantLinks {
  private final Map<TypeName, List<TypeName>> unions;
  private final Map<TypeName, Map<String, String>> discriminatorValues;
  private final Map<TypeName, List<String>> sharedProperties;
  private final Map<TypeName, RecordModel> records = new HashMap<>();

  VariantLinks(
      Map<TypeName, List<TypeName>> unions,
      Map<TypeName, Map<String, String>> discriminatorValues,
      Map<TypeName, List<String>> sharedProperties) {
    this.unions = unions;
    this.discriminatorValues = discriminatorValues;
    this.sharedProperties = sharedProperties;
  }

  List<TypeModel> apply(List<TypeModel> types) {
    List<TypeModel> linked = records(types);
    return accessors(linked);
  }

  private List<TypeModel> records(List<TypeModel> types) {
    List<TypeModel> out = new ArrayList<>();
    for (TypeModel type : types) {
      if (type instanceof RecordModel r) {
        RecordModel linked = new RecordModel(
            r.name(),
            r.description(),
            r.pointer(),
            r.properties(),
            unions.getOrDefault(r.name(), List.of()),
            r.deprecated(),
            records(r.nested()),
            discriminatorValues.getOrDefault(r.name(), Map.of()),
            r.additionalProperties());
        records.put(linked.name(), linked);
        out.add(linked);
      } else if (type instanceof UnionModel u) {
        out.add(union(u, records(u.nested()), u.accessors()));
      } else {
        out.add(type);
      }
    }
    return out;
  }

  private List<TypeModel> accessors(List<TypeModel> types) {
    List<TypeModel> out = new ArrayList<>();
    for (TypeModel type : types) {
      if (type instanceof UnionModel u) {
        out.add(union(u, accessors(u.nested()), shared(u)));
      } else {
        out.add(type);
      }
    }
    return out;
  }

  private static UnionModel union(
      UnionModel u, List<TypeModel> nested, List<PropertyModel> accessors) {
    return new UnionModel(
        u.name(), u.description(), u.pointer(), u.discriminator(), u.variants(), nested, accessors);
  }

  /**
   * The parent's properties that every variant record has under the same Java name and type; none
   * when a variant is wrapped (a nested polymorphic type), or is not a record of this run. The
   * {@code Unknown} variant's {@code json} component keeps its name.
   */
  private List<PropertyModel> shared(UnionModel union) {
    List<String> candidates = sharedProperties.get(union.name());
    if (candidates == null || union.variants().isEmpty()) {
      return List.of();
    }
    List<RecordModel> variants = new ArrayList<>();
    for (UnionVariant v : union.variants()) {
      RecordModel record = v.wrapped() == null ? records.get(v.type()) : null;
      if (record == null) {
        return List.of();
      }
      variants.add(record);
    }
    List<PropertyModel> shared = new ArrayList<>();
    for (String wireName : candidates) {
      PropertyModel first = property(variants.get(0), wireName);
      if (first == null || first.javaName().equals("json")) {
        continue;
      }
      boolean everywhere = variants.stream().allMatch(r -> {
        PropertyModel p = property(r, wireName);
        return p != null
            && p.javaName().equals(first.javaName())
            && Objects.equals(p.type(), first.type())
            && p.checkedNonNull() == first.checkedNonNull();
      });
      if (everywhere) {
        shared.add(first);
      }
    }
    return shared;
  }

  private static PropertyModel property(RecordModel record, String wireName) {
    return record.properties().stream()
        .filter(p -> p.wireName().equals(wireName))
        .findFirst()
        .orElse(null);
  }
}
