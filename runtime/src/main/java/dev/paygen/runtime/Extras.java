package dev.paygen.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Merges {@link RequestOptions#extraBodyProperties()} and {@link
 * RequestOptions#extraQueryParams()} into what a request sends: the escape hatches for fields and
 * parameters a spec lacks.
 */
final class Extras {
  private Extras() {}

  /** The JSON body with the extra properties set on its top-level object, or the body itself. */
  static @Nullable Object json(
      ObjectMapper mapper, ApiRequest request, Map<String, @Nullable Object> extras) {
    if (extras.isEmpty()) {
      return request.body();
    }
    JsonNode tree = mapper.valueToTree(request.body());
    if (!(tree instanceof ObjectNode object)) {
      throw notAnObject(request, "a JSON " + tree.getNodeType().name().toLowerCase(Locale.ROOT));
    }
    extras.forEach((name, value) -> object.set(name, mapper.valueToTree(value)));
    return object;
  }

  /** The form fields or multipart parts with the extra properties added (replacing a same name). */
  static Map<String, ?> fields(Map<String, ?> fields, Map<String, @Nullable Object> extras) {
    if (extras.isEmpty()) {
      return fields;
    }
    Map<String, @Nullable Object> merged = new LinkedHashMap<>(fields);
    merged.putAll(extras);
    return merged;
  }

  /** Fails a call with extra body properties whose body has no properties to add them to. */
  static void requireNone(ApiRequest request, Map<String, @Nullable Object> extras) {
    if (!extras.isEmpty()) {
      throw notAnObject(
          request, request.bodyKind() == ApiRequest.BodyKind.NONE ? "no body" : "a raw body");
    }
  }

  private static IllegalArgumentException notAnObject(ApiRequest request, String what) {
    return new IllegalArgumentException("Cannot add extra body properties to " + request
        + ": it sends " + what + ", not a JSON object or form; remove extraBodyProperty(..) from"
        + " this call's RequestOptions");
  }

  /**
   * Applies the extra query parameters to {@code query}: each replaces the parameter of its name
   * (a null value removes it) in its place and is sent form-exploded.
   *
   * @return the styles of the parameters left, without the replaced ones'
   */
  static Map<String, PercentEncoder.Styling> query(
      Map<String, List<Object>> query,
      Map<String, PercentEncoder.Styling> styles,
      Map<String, @Nullable Object> extras) {
    if (extras.isEmpty()) {
      return styles;
    }
    Map<String, PercentEncoder.Styling> left = new LinkedHashMap<>(styles);
    extras.forEach((name, value) -> {
      left.remove(name);
      List<Object> values = new ArrayList<>();
      PercentEncoder.flatten(value, values);
      if (values.isEmpty()) {
        query.remove(name);
      } else {
        query.put(name, values); // in the replaced parameter's place, if there was one
      }
    });
    return left;
  }
}
