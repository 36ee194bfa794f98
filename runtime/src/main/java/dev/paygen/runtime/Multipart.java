package dev.paygen.runtime;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@code multipart/form-data} body (RFC 7578) from a map or a generated record: each
 * non-null value is a part named by its wire name; {@code byte[]} values are file parts, scalars
 * text parts, collections one part per element, and other objects JSON parts.
 */
final class Multipart {
  private final ObjectMapper mapper;
  private final PercentEncoder encoder;

  Multipart(ObjectMapper mapper, PercentEncoder encoder) {
    this.mapper = mapper;
    this.encoder = encoder;
  }

  byte[] write(Object body, String boundary) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Map.Entry<String, ?> part : parts(body).entrySet()) {
      Object value = part.getValue();
      if (value instanceof Collection<?> values) {
        values.forEach(v -> writePart(out, boundary, part.getKey(), v));
      } else {
        writePart(out, boundary, part.getKey(), value);
      }
    }
    write(out, "--" + boundary + "--\r\n");
    return out.toByteArray();
  }

  /** The parts of a map, or of a record by the wire names of its components; nulls left out. */
  static Map<String, ?> parts(Object body) {
    Map<String, Object> parts = new LinkedHashMap<>();
    if (body instanceof Map<?, ?> map) {
      map.forEach((k, v) -> {
        if (v != null) {
          parts.put(String.valueOf(k), v);
        }
      });
      return parts;
    }
    if (!body.getClass().isRecord()) {
      throw new IllegalArgumentException(
          "a multipart body must be a Map or a record, not " + body.getClass().getName());
    }
    for (RecordComponent component : body.getClass().getRecordComponents()) {
      // @JsonProperty cannot target a record component; javac propagates it to the accessor.
      JsonProperty wire = component.getAccessor().getAnnotation(JsonProperty.class);
      String name = wire != null && !wire.value().isEmpty() ? wire.value() : component.getName();
      try {
        Object value = component.getAccessor().invoke(body);
        if (value != null) {
          parts.put(name, value);
        }
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalArgumentException(
            "cannot read component " + component.getName() + " of "
                + body.getClass().getName() + " for a multipart body",
            e);
      }
    }
    return parts;
  }

  private void writePart(
      ByteArrayOutputStream out, String boundary, String name, @Nullable Object value) {
    if (value == null) {
      return;
    }
    String quoted = name.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    write(out, "--" + boundary + "\r\n");
    byte[] content;
    if (value instanceof byte[] bytes) {
      write(
          out,
          "Content-Disposition: form-data; name=\"" + quoted + "\"; filename=\"" + quoted
              + "\"\r\n");
      write(out, "Content-Type: application/octet-stream\r\n\r\n");
      content = bytes;
    } else if (isScalar(value)) {
      write(out, "Content-Disposition: form-data; name=\"" + quoted + "\"\r\n\r\n");
      content = encoder.format(value).getBytes(StandardCharsets.UTF_8);
    } else {
      write(out, "Content-Disposition: form-data; name=\"" + quoted + "\"\r\n");
      write(out, "Content-Type: application/json\r\n\r\n");
      try {
        content = mapper.writeValueAsBytes(value);
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException(
            "cannot write multipart part " + name + " as JSON: " + e.getOriginalMessage(), e);
      }
    }
    out.writeBytes(content);
    write(out, "\r\n");
  }

  private boolean isScalar(Object value) {
    return value instanceof CharSequence
        || value instanceof Number
        || value instanceof Boolean
        || value instanceof Enum<?>
        || value instanceof java.time.temporal.Temporal
        || value instanceof java.util.UUID
        || value instanceof java.net.URI
        || isJsonScalar(value);
  }

  /** A generated open enum is a class whose {@code @JsonValue} is its wire value: a text part. */
  private boolean isJsonScalar(Object value) {
    JsonNode tree = ObjectMappers.tree(mapper, value);
    return tree != null && tree.isValueNode(); // else written as JSON, which reports the failure
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
