package dev.paygen.generator.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds JSON instances of a component schema from the schema itself (Swagger Parser's resolved
 * model, where every {@code $ref} is {@code #/components/schemas/X}), one per {@link Kind}: what
 * the round-trip proof reads into the generated type and writes back.
 *
 * <p>Values follow type, format, enum, const, minimum/maximum, minLength/maxLength and minItems;
 * patterns are not followed (the generated types do not check them). Optional properties stop
 * below {@link #OPTIONAL_DEPTH} levels so that recursive schemas stay finite; a schema whose
 * required properties recurse deeper than {@link #MAX_DEPTH} has no instance ({@link
 * CannotGenerate}).
 */
public final class SchemaInstances {
  /** The field no spec declares, added by {@link Kind#EXTRA_FIELD}. */
  public static final String EXTRA_FIELD = "x_paygen_roundtrip_unknown_field";

  /** The string enum value no spec lists, used by {@link Kind#UNKNOWN_ENUM}. */
  public static final String UNKNOWN_ENUM_VALUE = "x_paygen_roundtrip_unknown_value";

  static final int OPTIONAL_DEPTH = 4;
  static final int MAX_DEPTH = 12;
  private static final int MAX_VARIANTS = 64;
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** What an instance exercises. */
  public enum Kind {
    /** Required properties only. */
    MINIMAL,
    /** Every optional property present (down to {@link #OPTIONAL_DEPTH}). */
    FULL,
    /** {@code null} wherever the schema allows it, else as {@link #FULL}. */
    NULLS,
    /** The n-th branch of every union and discriminator hierarchy (the first is {@link #FULL}). */
    VARIANT,
    /** As {@link #VARIANT}, with required properties only. */
    MINIMAL_VARIANT,
    /** A value no string enum lists, in every string enum of two values or more. */
    UNKNOWN_ENUM,
    /** An undeclared field in every object with declared properties that does not forbid it. */
    EXTRA_FIELD
  }

  /** One instance: its kind, a label (the variant number) and its JSON. */
  public record Instance(Kind kind, String label, JsonNode json) {}

  /** Thrown when a schema has no finite instance within {@link #MAX_DEPTH}. */
  public static final class CannotGenerate extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CannotGenerate(String message) {
      super(message);
    }
  }

  private final SchemaView view;

  public SchemaInstances(OpenAPI openApi) {
    this.view = new SchemaView(openApi);
  }

  /** Every instance of component schema {@code name}; empty-handed kinds are left out. */
  public List<Instance> of(String name) {
    Map<String, Instance> instances = new LinkedHashMap<>();
    Schema<?> ref = new Schema<>().$ref(SchemaView.COMPONENTS + name);
    instances.put("minimal", new Instance(Kind.MINIMAL, "", run(ref, Kind.MINIMAL, 0).json));
    Run full = run(ref, Kind.FULL, 0);
    instances.put("full", new Instance(Kind.FULL, "", full.json));
    Run nulls = run(ref, Kind.NULLS, 0);
    if (nulls.hits > 0) {
      instances.put("nulls", new Instance(Kind.NULLS, "", nulls.json));
    }
    for (int variant = 1; variant < Math.min(full.maxBranches, MAX_VARIANTS); variant++) {
      instances.put(
          "variant" + variant,
          new Instance(Kind.VARIANT, "#" + variant, run(ref, Kind.VARIANT, variant).json));
    }
    // Each variant with its required properties only: what tells variants apart must not be an
    // optional property that happens to be present.
    // (Variant 0 with required properties only is MINIMAL.)
    for (int variant = 1; variant < Math.min(full.maxBranches, MAX_VARIANTS); variant++) {
      instances.put(
          "minimalVariant" + variant,
          new Instance(
              Kind.MINIMAL_VARIANT, "#" + variant, run(ref, Kind.MINIMAL_VARIANT, variant).json));
    }
    Run unknown = run(ref, Kind.UNKNOWN_ENUM, 0);
    if (unknown.hits > 0) {
      instances.put("unknown", new Instance(Kind.UNKNOWN_ENUM, "", unknown.json));
    }
    Run extra = run(ref, Kind.EXTRA_FIELD, 0);
    if (extra.hits > 0) {
      instances.put("extra", new Instance(Kind.EXTRA_FIELD, "", extra.json));
    }
    return List.copyOf(instances.values());
  }

  /**
   * One instance of any schema of the document (an operation's inline request or response body, a
   * parameter's schema), of kind {@code kind} and its first variant.
   */
  public JsonNode of(Schema<?> schema, Kind kind) {
    return run(schema, kind, 0).json;
  }

  private Run run(Schema<?> schema, Kind kind, int variant) {
    Run run = new Run(kind, variant);
    run.json = run.value(schema, 0, null);
    return run;
  }

  /** One walk over a schema building one instance. */
  private final class Run {
    final Kind kind;
    final int variant;
    JsonNode json;
    int hits;
    int maxBranches = 1;

    Run(Kind kind, int variant) {
      this.kind = kind;
      this.variant = variant;
    }

    boolean minimal() {
      return kind == Kind.MINIMAL || kind == Kind.MINIMAL_VARIANT;
    }

    /** A value of {@code schema}; {@code component} names the component a $ref reached. */
    JsonNode value(Schema<?> schema, int depth, String component) {
      if (depth > MAX_DEPTH) {
        throw new CannotGenerate("required properties recurse deeper than " + MAX_DEPTH);
      }
      if (schema.get$ref() != null) {
        String name = view.componentName(schema.get$ref());
        return value(view.component(name), depth, name);
      }
      if (schema.getConst() != null) {
        return SchemaView.toJson(schema.getConst());
      }
      // A schema with properties beside its oneOf/anyOf is an object with those properties (the
      // branches only constrain it, as in Paystack's `oneOf: [{minProperties: 0}, {required}]`).
      List<Schema<?>> branches = schema.getProperties() == null ? view.branches(schema) : List.of();
      if (!branches.isEmpty()) {
        return union(schema, branches, depth);
      }
      if (schema.getDiscriminator() != null && component != null) {
        List<String> subtypes = view.subtypes(component, schema);
        if (!subtypes.isEmpty()) {
          maxBranches = Math.max(maxBranches, subtypes.size());
          String subtype = subtypes.get(variant % subtypes.size());
          if (!subtype.equals(component)) {
            return value(view.component(subtype), depth, subtype);
          }
        }
      }
      if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
        return enumValue(schema);
      }
      String type = view.type(schema);
      return switch (type) {
        case "object" -> object(schema, depth, component);
        case "array" -> array(schema, depth);
        case "string" -> JSON.textNode(Values.string(schema));
        case "integer" -> JSON.numberNode(Values.integer(schema));
        case "number" -> JSON.numberNode(Values.number(schema));
        case "boolean" -> JSON.booleanNode(true);
        default -> JSON.textNode("any value");
      };
    }

    private JsonNode enumValue(Schema<?> schema) {
      List<?> values = schema.getEnum();
      Object first = values.stream().filter(v -> v != null).findFirst().orElse(null);
      // A single-valued enum is a type tag (a union's implicit discriminator, a const): replaced,
      // it would send the whole union to its Unknown variant, where the raw JSON round-trips
      // whatever the enums inside do.
      boolean tag = values.stream().filter(v -> v != null).distinct().count() < 2;
      if (kind == Kind.UNKNOWN_ENUM && first instanceof String && !tag) {
        hits++;
        return JSON.textNode(UNKNOWN_ENUM_VALUE);
      }
      return SchemaView.toJson(first);
    }

    private JsonNode union(Schema<?> schema, List<Schema<?>> branches, int depth) {
      maxBranches = Math.max(maxBranches, branches.size());
      Schema<?> branch = branches.get(variant % branches.size());
      JsonNode node = value(branch, depth, null);
      if (node.isArray()
          && node.isEmpty()
          && branch.getItems() != null
          && branches.stream().filter(b -> b.getItems() != null).count() > 1) {
        // An empty array is an instance of every array branch, so not a valid instance of the
        // oneOf (and, for anyOf, says nothing about which branch it is): one item tells them apart.
        node = JSON.arrayNode().add(value(branch.getItems(), depth + 1, null));
      }
      String property =
          schema.getDiscriminator() == null ? null : schema.getDiscriminator().getPropertyName();
      if (property != null && node.isObject() && branch.get$ref() != null) {
        String name = view.componentName(branch.get$ref());
        ((ObjectNode) node).put(property, view.discriminatorValue(schema, name));
      }
      return node;
    }

    private JsonNode object(Schema<?> schema, int depth, String component) {
      SchemaView.Merged merged = view.merge(schema, component);
      ObjectNode node = JSON.objectNode();
      for (Map.Entry<String, Schema<?>> property : merged.properties().entrySet()) {
        boolean required = merged.required().contains(property.getKey());
        if (!required && (minimal() || depth >= OPTIONAL_DEPTH)) {
          continue;
        }
        Schema<?> propertySchema = property.getValue();
        if (kind == Kind.NULLS && view.allowsNull(propertySchema)) {
          hits++;
          node.putNull(property.getKey());
          continue;
        }
        node.set(property.getKey(), value(propertySchema, depth + 1, null));
      }
      Schema<?> additional = merged.additional();
      boolean declared = !merged.properties().isEmpty();
      if (additional != null && !minimal() && depth < OPTIONAL_DEPTH) {
        node.set(declared ? "x_paygen_additional_key" : "key", value(additional, depth + 1, null));
      } else if (!declared && merged.freeForm() && !minimal()) {
        node.put("key", "free-form value");
      }
      if (kind == Kind.EXTRA_FIELD && declared && !merged.closed()) {
        hits++;
        node.put(EXTRA_FIELD, "a field the spec does not declare");
      }
      for (Map.Entry<String, String> tag : merged.discriminators().entrySet()) {
        if (component != null && node.has(tag.getKey())) {
          node.put(tag.getKey(), view.discriminatorValueFor(tag.getValue(), component));
        }
      }
      return node;
    }

    private JsonNode array(Schema<?> schema, int depth) {
      ArrayNode array = JSON.arrayNode();
      int min = schema.getMinItems() == null ? 0 : schema.getMinItems();
      int count = minimal() || depth >= OPTIONAL_DEPTH ? min : Math.max(1, min);
      Schema<?> items = schema.getItems() == null ? new Schema<>() : schema.getItems();
      for (int i = 0; i < count; i++) {
        array.add(value(items, depth + 1, null));
      }
      return array;
    }
  }

  /** Scalar values that satisfy a schema's format and bounds. */
  static final class Values {
    private Values() {}

    static String string(Schema<?> schema) {
      // Formats as the generator reads them: case-insensitive (Dots writes `format: UUID`).
      String format =
          schema.getFormat() == null ? "" : schema.getFormat().toLowerCase(java.util.Locale.ROOT);
      String value = switch (format) {
        case "date-time" -> "2024-01-15T10:30:00Z";
        case "date" -> "2024-01-15";
        case "time" -> "10:30:00";
        case "uuid" -> "3fa85f64-5717-4562-b3fc-2c963f66afa6";
        case "email" -> "user@example.com";
        case "uri", "url" -> "https://example.com/a";
        case "byte" -> "aGVsbG8=";
        default -> "text";
      };
      if (!format.isEmpty() && !format.equals("password")) {
        return value;
      }
      if (schema.getPattern() != null) {
        String matching = matching(schema);
        if (matching != null) {
          return matching;
        }
      }
      int min = schema.getMinLength() == null ? 0 : schema.getMinLength();
      int max = schema.getMaxLength() == null ? Integer.MAX_VALUE : schema.getMaxLength();
      StringBuilder text = new StringBuilder(value);
      while (text.length() < min) {
        text.append('x');
      }
      return text.length() > max ? text.substring(0, Math.max(max, 0)) : text.toString();
    }

    /** The pattern's shortest match, for patterns of classes and literals with quantifiers only
     * ({@code ^[0-9]{1,3}$}); else the schema's example if it matches; else null. */
    static String matching(Schema<?> schema) {
      java.util.regex.Matcher token = java.util.regex.Pattern.compile(
              "(\\[[^\\]^]+\\]|\\\\d|[A-Za-z0-9_ -])(\\{(\\d+)(,\\d*)?\\}|[+*?])?")
          .matcher(schema.getPattern().replaceAll("^\\^|\\$$", ""));
      StringBuilder text = new StringBuilder();
      int end = 0;
      while (token.lookingAt()) {
        String unit = token.group(1);
        char c = unit.equals("\\d") ? '1' : unit.startsWith("[") ? unit.charAt(1) : unit.charAt(0);
        String quantifier = token.group(2);
        int count = quantifier == null || quantifier.equals("+")
            ? 1
            : token.group(3) != null ? Integer.parseInt(token.group(3)) : 0;
        text.append(String.valueOf(c).repeat(count));
        end = token.end();
        token.region(end, token.regionEnd());
      }
      if (end == token.regionEnd() && end > 0) {
        return text.toString();
      }
      Object example = schema.getExample();
      return example instanceof String s
              && java.util.regex.Pattern.compile(schema.getPattern()).matcher(s).find()
          ? s
          : null;
    }

    static BigDecimal integer(Schema<?> schema) {
      // int64 values beyond the int32 range prove that a long is a long.
      long preferred = "int32".equals(schema.getFormat()) ? 42 : 4_102_444_800_123L;
      return bounded(schema, BigDecimal.valueOf(preferred), BigDecimal.ONE);
    }

    static BigDecimal number(Schema<?> schema) {
      return bounded(schema, new BigDecimal("12.5"), new BigDecimal("0.5"));
    }

    private static BigDecimal bounded(Schema<?> schema, BigDecimal preferred, BigDecimal step) {
      BigDecimal min =
          schema.getMinimum() != null ? schema.getMinimum() : schema.getExclusiveMinimumValue();
      BigDecimal max =
          schema.getMaximum() != null ? schema.getMaximum() : schema.getExclusiveMaximumValue();
      boolean exclusiveMin = Boolean.TRUE.equals(schema.getExclusiveMinimum())
          || (schema.getMinimum() == null && min != null);
      boolean exclusiveMax = Boolean.TRUE.equals(schema.getExclusiveMaximum())
          || (schema.getMaximum() == null && max != null);
      BigDecimal value = preferred;
      if (max != null && value.compareTo(max) >= 0) {
        value = exclusiveMax ? max.subtract(step) : max;
      }
      if (min != null && value.compareTo(min) <= 0) {
        value = exclusiveMin ? min.add(step) : min;
      }
      return value;
    }
  }
}
