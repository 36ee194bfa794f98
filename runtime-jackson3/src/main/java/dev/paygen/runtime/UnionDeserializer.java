package dev.paygen.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.deser.BeanDeserializerFactory;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a generated sealed union: by the discriminator property when it is present, otherwise by
 * deduction from the JSON kind and the properties present; anything else becomes the union's
 * unknown variant, which keeps the raw JSON.
 *
 * <p>A discriminator value selects the one variant listing it; when that variant cannot read the
 * JSON, the result is the unknown variant, never another variant. Without a discriminator value the
 * variant is deduced, and chosen only when exactly one candidate reads: the candidates are the variants of the
 * JSON's kind whose required properties are present, those declaring every property present first. A
 * non-object value is tried in tiers: enums listing it; integers (integral numbers only) and formatted
 * strings; plain variants; and, only when nothing else could hold it, an enum as an open enum.
 *
 * <pre>{@code
 * static final class Deserializer extends UnionDeserializer<CustomerRequest> {
 *   private static final long serialVersionUID = 1L;
 *   Deserializer() {
 *     super(CustomerRequest.class, null, List.of(
 *         UnionVariant.object(AttachExistingCustomer.class, Set.of(), Set.of("customer_id"), Set.of("customer_id")),
 *         UnionVariant.object(NewCustomer.class, Set.of(), Set.of("email"), Set.of("email", "name", "phone_number"))),
 *         CustomerRequest.Unknown::new);
 *   }
 * }
 * }</pre>
 *
 * @param <T> the sealed union type
 */
public abstract class UnionDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  /** Converts the properties of unknown variants; configured as every generated client's mapper. */
  private static final ObjectMapper PROPERTY_READER = ObjectMappers.create();

  /** The discriminator's JSON property, or null. */
  private final @Nullable String discriminatorProperty;

  private final transient List<UnionVariant<? extends T>> variants;
  private final transient @Nullable Function<JsonNode, ? extends T> unknown;
  private final transient Map<Class<?>, ValueDeserializer<Object>> cache =
      new ConcurrentHashMap<>();

  /**
   * Creates the deserializer.
   *
   * @param type the union type
   * @param discriminatorProperty the discriminator's JSON property, or null to deduce
   * @param variants the variants in declaration order
   * @param unknown makes the unknown variant from the raw JSON; null makes unmatched JSON an error
   */
  protected UnionDeserializer(
      Class<T> type,
      @Nullable String discriminatorProperty,
      List<UnionVariant<? extends T>> variants,
      @Nullable Function<JsonNode, ? extends T> unknown) {
    super(type);
    this.discriminatorProperty = discriminatorProperty;
    this.variants = List.copyOf(variants);
    this.unknown = unknown;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) {
    JsonNode node = ctxt.readTree(p);
    if (discriminatorProperty != null && node.isObject()) {
      JsonNode tag = node.get(discriminatorProperty);
      if (tag != null && tag.isValueNode() && !tag.isNull()) {
        String value = tag.asString();
        for (UnionVariant<? extends T> v : variants) {
          if (v.discriminatorValues().contains(value)) {
            // The tag names exactly one variant: if it cannot hold the JSON, no other may guess.
            T read = tryRead(node, v, ctxt, false);
            return read != null
                ? read
                : unknown(node, ctxt, discriminatorProperty + " \"" + value + "\" does not read");
          }
        }
        return unknown(node, ctxt, "unknown " + discriminatorProperty + " \"" + value + "\"");
      }
    }
    return deduce(node, ctxt);
  }

  /**
   * Deduction: a variant is chosen only when it is the one candidate left. The candidates are the
   * variants of the JSON's kind whose required properties are all present (and, for a closed
   * variant, that declare every property present); those that declare every property present are
   * tried first. A non-object value goes through the tiers of {@link UnionMatching#tiers}. Within a tier,
   * exactly one variant must read: several that read are ambiguous and none that reads moves on to
   * the next tier; either way the answer is never a guess.
   */
  private T deduce(JsonNode node, DeserializationContext ctxt) {
    for (List<UnionVariant<? extends T>> tier : UnionMatching.tiers(variants, node)) {
      List<T> read = new ArrayList<>();
      for (UnionVariant<? extends T> v : tier) {
        T value = tryRead(node, v, ctxt, true);
        if (value != null) {
          read.add(value);
        }
      }
      if (read.size() == 1) {
        return read.get(0);
      }
      if (read.size() > 1) {
        return unknown(node, ctxt, read.size() + " variants match");
      }
    }
    return unknown(node, ctxt, "no variant matches");
  }

  /**
   * Reads one variant strictly, even under a lenient mapper: a variant that would read a
   * wrong-typed value as null, or that lacks a value its schema requires (anywhere inside it: a
   * list of records is checked item by item), cannot hold the JSON, so it neither wins over the
   * variant that can nor makes the answer ambiguous. Records read leniently and check nothing in
   * their constructors, so the check is the variant's validation, by response rules ({@code
   * complete}). A variant named by its tag is not held to that: the tag says what it is, and it
   * reads leniently like any record, its {@code validate()} naming what is missing.
   */
  private @Nullable T tryRead(
      JsonNode node, UnionVariant<? extends T> v, DeserializationContext ctxt, boolean complete) {
    Object previous = ctxt.getAttribute(LenientReading.STRICT);
    ctxt.setAttribute(LenientReading.STRICT, true);
    try {
      T value = v.type().cast(readVariant(node, v.type(), ctxt));
      return !complete || Validator.response(value).isEmpty() ? value : null;
    } catch (RuntimeException e) { // JacksonException included
      // this variant cannot hold the JSON
      return null;
    } finally {
      ctxt.setAttribute(LenientReading.STRICT, previous);
    }
  }

  /**
   * Reads one property of an unknown variant's raw JSON as {@code type}: how the unknown variant of
   * a polymorphic type ({@code allOf} subtypes) answers the accessors every subtype shares.
   *
   * @param json the raw JSON the unknown variant keeps
   * @param property the property's JSON name
   * @param type the accessor's type
   * @param <V> the accessor's type
   * @return the value, or null when the JSON does not carry the property
   * @throws IllegalArgumentException when the property does not read as {@code type}
   */
  public static <V> @Nullable V property(JsonNode json, String property, TypeReference<V> type) {
    JsonNode value = json.get(property);
    if (value == null || value.isNull()) {
      return null;
    }
    return PROPERTY_READER.convertValue(value, type);
  }

  /**
   * Reads one variant. Jackson lets a class inherit {@code @JsonDeserialize} from its interfaces,
   * so reading a variant by its class would come back here and recurse; a variant is therefore
   * read with a bean deserializer built for it directly, unless the variant declares its own
   * {@code @JsonDeserialize(using = ...)} (e.g. a union nested in a union).
   */
  private Object readVariant(JsonNode node, Class<?> type, DeserializationContext ctxt) {
    ValueDeserializer<Object> deserializer = cache.get(type);
    if (deserializer == null) {
      deserializer = variantDeserializer(type, ctxt);
      cache.putIfAbsent(type, deserializer);
    }
    try (JsonParser p = node.traverse(ctxt)) {
      p.nextToken();
      return deserializer.deserialize(p, ctxt);
    }
  }

  @SuppressWarnings("unchecked")
  private static ValueDeserializer<Object> variantDeserializer(
      Class<?> type, DeserializationContext ctxt) {
    JavaType javaType = ctxt.constructType(type);
    JsonDeserialize own = type.getDeclaredAnnotation(JsonDeserialize.class);
    if (own != null && own.using() != ValueDeserializer.None.class) {
      return ctxt.findRootValueDeserializer(javaType);
    }
    ValueDeserializer<Object> deserializer =
        BeanDeserializerFactory.instance.createBeanDeserializer(
            ctxt, javaType, ctxt.lazyIntrospectBeanDescriptionForCreation(javaType));
    deserializer.resolve(ctxt);
    return (ValueDeserializer<Object>)
        ctxt.handleSecondaryContextualization(deserializer, null, javaType);
  }

  private T unknown(JsonNode node, DeserializationContext ctxt, String why) {
    if (unknown != null) {
      return unknown.apply(node);
    }
    return ctxt.reportInputMismatch(
        this,
        "Cannot read %s: %s; expected one of %s",
        handledType().getSimpleName(),
        why,
        variants);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "(" + Objects.toString(handledType()) + ")";
  }
}
