package dev.paygen.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every generated record's {@code Builder} has in common: the fields sent beside the declared
 * ones (the record's last component, {@code additionalProperties}), in the order they were put, and
 * their two setters. Generated builders extend it, so each does not repeat the same field and
 * methods; the setters return the generated builder, so calls chain as before.
 *
 * @param <B> the generated builder, returned by the setters
 * @param <V> the type of an additional value: {@code JsonNode}, unless the schema types them
 */
public abstract class RecordBuilder<B extends RecordBuilder<B, V>, V> {
  /**
   * The fields sent beside the declared ones; the generated builder also keeps its explicit nulls
   * here ({@link ExplicitNulls}) and hands the map to the record it builds.
   */
  protected final Map<String, V> additionalProperties = new LinkedHashMap<>();

  /** For generated builders. */
  protected RecordBuilder() {}

  /**
   * Replaces the fields sent beside the declared ones.
   *
   * @param additionalProperties the fields, copied
   * @return this builder
   */
  public final B additionalProperties(Map<String, V> additionalProperties) {
    this.additionalProperties.clear();
    this.additionalProperties.putAll(additionalProperties);
    return self();
  }

  /**
   * Adds a field sent beside the declared ones.
   *
   * @param name the field's JSON name
   * @param value its value
   * @return this builder
   */
  public final B putAdditionalProperty(String name, V value) {
    additionalProperties.put(name, value);
    return self();
  }

  // B is the generated subclass itself, as its declaration (Builder extends RecordBuilder<Builder,
  // V>) says.
  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }
}
