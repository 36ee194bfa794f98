package dev.paygen.generator.model;

/**
 * One property of an object schema, as a record component. Built with {@link #builder}, which names
 * the four flags a positional call would leave anonymous:
 *
 * <pre>{@code
 * PropertyModel status = PropertyModel.builder("status", "status", type).required(true).nullable(false).build();
 * }</pre>
 *
 * @param wireName the JSON name ({@code product_cart})
 * @param javaName the component name ({@code productCart})
 * @param type its Java type
 * @param required whether the JSON must carry it (checked by validation and the builder unless
 *     nullable)
 * @param nullable whether JSON {@code null} is a legal value
 * @param description Javadoc text, or empty
 * @param deprecated whether the spec marks it deprecated
 * @param readOnly whether the spec marks it read-only (sent by the server only: never demanded in
 *     requests)
 * @param writeOnly whether the spec marks it write-only (sent by the client only: never demanded in
 *     responses)
 * @param deprecation when deprecated, what the spec says to do instead ({@code Use `codes`.}), or
 *     empty
 */
public record PropertyModel(
    String wireName,
    String javaName,
    TypeRef type,
    boolean required,
    boolean nullable,
    String description,
    boolean deprecated,
    boolean readOnly,
    boolean writeOnly,
    String deprecation) {

  /**
   * Starts an optional, non-nullable property with no description.
   *
   * @param wireName the JSON name
   * @param javaName the component name
   * @param type its Java type
   * @return a builder of the property
   */
  public static Builder builder(String wireName, String javaName, TypeRef type) {
    return new Builder(wireName, javaName, type);
  }

  /**
   * {@return whether the value must be present: required and not nullable. A record's {@code
   * validate()} and builder check it (see {@code dev.paygen.runtime.Validatable}); params records'
   * constructors reject {@code null}}
   */
  public boolean checkedNonNull() {
    return required && !nullable;
  }

  /** Builds a {@link PropertyModel}; see the record's components for what each part means. */
  public static final class Builder {
    private final String wireName;
    private final String javaName;
    private final TypeRef type;
    private boolean required;
    private boolean nullable;
    private String description = "";
    private boolean deprecated;
    private boolean readOnly;
    private boolean writeOnly;
    private String deprecation = "";

    private Builder(String wireName, String javaName, TypeRef type) {
      this.wireName = wireName;
      this.javaName = javaName;
      this.type = type;
    }

    /**
     * Sets whether the property is required.
     *
     * @param required whether it is required
     * @return this builder
     */
    public Builder required(boolean required) {
      this.required = required;
      return this;
    }

    /**
     * Sets whether the property may be null.
     *
     * @param nullable whether it is nullable
     * @return this builder
     */
    public Builder nullable(boolean nullable) {
      this.nullable = nullable;
      return this;
    }

    /**
     * Sets the Javadoc text.
     *
     * @param description the text, or empty
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets whether the property is deprecated.
     *
     * @param deprecated whether it is deprecated
     * @return this builder
     */
    public Builder deprecated(boolean deprecated) {
      this.deprecated = deprecated;
      return this;
    }

    /**
     * Sets whether the property is read-only: sent by the server only.
     *
     * @param readOnly whether it is read-only
     * @return this builder
     */
    public Builder readOnly(boolean readOnly) {
      this.readOnly = readOnly;
      return this;
    }

    /**
     * Sets whether the property is write-only: sent by the client only.
     *
     * @param writeOnly whether it is write-only
     * @return this builder
     */
    public Builder writeOnly(boolean writeOnly) {
      this.writeOnly = writeOnly;
      return this;
    }

    /**
     * Sets what the spec says to use instead of a deprecated property.
     *
     * @param deprecation the text, or empty
     * @return this builder
     */
    public Builder deprecation(String deprecation) {
      this.deprecation = deprecation;
      return this;
    }

    /**
     * Builds the property.
     *
     * @return the property
     */
    public PropertyModel build() {
      return new PropertyModel(
          wireName,
          javaName,
          type,
          required,
          nullable,
          description,
          deprecated,
          readOnly,
          writeOnly,
          deprecation);
    }
  }
}
