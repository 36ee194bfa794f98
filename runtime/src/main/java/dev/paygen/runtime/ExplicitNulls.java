package dev.paygen.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How a generated builder tells "set to null" from "never set" for an optional property whose
 * schema admits {@code null}: a record has no hidden fields, so the explicit null is kept in its
 * last component, the fields written beside the declared ones ({@code additionalProperties}),
 * under the property's wire name. The mapper leaves a null component out and writes that entry, so
 * the JSON carries {@code "field": null}; a record never given an explicit null writes the field
 * only when it has a value. Equal records are equal on the wire: a cleared field and an untouched
 * one are different records.
 *
 * <p>Reading never adds such an entry (a JSON {@code null} of a declared property reads into its
 * component), so a record read, changed through {@code toBuilder()} and sent back clears only what
 * the caller set to null.
 */
public final class ExplicitNulls {
  private ExplicitNulls() {}

  /**
   * Called by a builder's setter: a null value marks the property to be sent as {@code null}, any
   * other value removes the mark.
   *
   * @param fields the builder's additional properties
   * @param wireName the property's JSON name
   * @param value the value just set
   */
  public static void mark(Map<String, JsonNode> fields, String wireName, @Nullable Object value) {
    if (value == null) {
      fields.put(wireName, NullNode.getInstance());
    } else {
      fields.remove(wireName);
    }
  }

  /**
   * As {@link #mark} for a record whose additional properties have a type of their own ({@code
   * Map<String, T>}): the mark is a {@code null} value, which the mapper writes as {@code null}.
   *
   * @param fields the builder's additional properties
   * @param wireName the property's JSON name
   * @param value the value just set
   */
  public static void markTyped(Map<String, ?> fields, String wireName, @Nullable Object value) {
    if (value == null) {
      @SuppressWarnings("unchecked") // null is a value of every type
      Map<String, @Nullable Object> any = (Map<String, @Nullable Object>) fields;
      any.put(wireName, null);
    } else {
      fields.remove(wireName);
    }
  }
}
