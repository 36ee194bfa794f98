package dev.paygen.generator.model;

/**
 * One property of an object schema, as a record component.
 *
 * @param wireName the JSON name ({@code product_cart})
 * @param javaName the component name ({@code productCart})
 * @param type its Java type
 * @param required whether the JSON must carry it (checked in the compact constructor unless nullable)
 * @param nullable whether JSON {@code null} is a legal value
 * @param description Javadoc text, or empty
 * @param deprecated whether the spec marks it deprecated
 * @param readOnly whether the spec marks it read-only (sent by the server only)
 */
public record PropertyModel(
    String wireName,
    String javaName,
    TypeRef type,
    boolean required,
    boolean nullable,
    String description,
    boolean deprecated,
    boolean readOnly) {

  /** Whether the record's constructor rejects {@code null} for this component. */
  public boolean checkedNonNull() {
    return required && !nullable;
  }
}
