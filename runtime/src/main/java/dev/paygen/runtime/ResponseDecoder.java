package dev.paygen.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads a successful response body into the expected type, naming the JSON path on failure. */
final class ResponseDecoder {
  private final ObjectMapper mapper;
  private final boolean strict;

  ResponseDecoder(ObjectMapper mapper, boolean strict) {
    this.mapper = mapper;
    this.strict = strict;
  }

  /**
   * Reads the body. A {@code byte[]} type takes the body as it is (a PDF, an image, a zip) unless
   * the response is JSON, which then holds base64 text; a {@code String} type takes a non-JSON body
   * as text in the {@code Content-Type}'s charset (UTF-8 by default); everything else is read as
   * JSON, whatever JSON media type the server names ({@code application/hal+json}, {@code
   * application/problem+json}, {@code application/json; charset=utf-8}).
   */
  @SuppressWarnings("unchecked")
  <T> @Nullable T decode(
      byte @Nullable [] bytes,
      @Nullable String contentType,
      @Nullable TypeReference<T> type,
      String route) {
    if (type == null) {
      return null;
    }
    JavaType javaType = mapper.getTypeFactory().constructType(type);
    boolean json = MediaTypes.isJson(contentType);
    if (javaType.getRawClass() == byte[].class && !json) {
      return (T) bytes;
    }
    if (bytes == null || isBlank(bytes) || javaType.getRawClass() == Void.class) {
      return null;
    }
    if (javaType.getRawClass() == String.class && (contentType != null ? !json : bytes[0] != '"')) {
      return (T) new String(bytes, MediaTypes.charset(contentType)); // text/plain, text/csv
    }
    try {
      List<Violation> problems = LenientReading.problems();
      T value = (T) ObjectMappers.read(
          mapper.readerFor(javaType).withAttribute(LenientReading.PROBLEMS, problems), bytes);
      if (strict) {
        check(value, problems, javaType, route);
      }
      return value;
    } catch (JsonProcessingException e) {
      if (contentType != null && !json) {
        throw new InvalidResponseException(
            "Invalid response to " + route + ": expected JSON for "
                + javaType.getRawClass().getSimpleName() + ", but the response is "
                + MediaTypes.essence(contentType) + " (" + e.getOriginalMessage() + ")",
            "$",
            e);
      }
      throw invalid(e, javaType, route);
    } catch (UncheckedIOException e) {
      throw new InvalidResponseException(
          "Invalid response to " + route + ": " + e.getMessage(), "$", e);
    }
  }

  /** Strict responses: every wrong-typed value and every missing required value fails the call. */
  private static void check(
      @Nullable Object value, List<Violation> problems, JavaType type, String route) {
    List<Violation> all = new ArrayList<>(problems);
    all.addAll(Validator.response(value));
    if (!all.isEmpty()) {
      throw new InvalidResponseException(
          "Invalid response to " + route + " (reading " + type.getRawClass().getSimpleName() + "): "
              + Validator.describe(all),
          all);
    }
  }

  private InvalidResponseException invalid(JsonProcessingException e, JavaType type, String route) {
    String path = "$";
    if (e instanceof JsonMappingException mapping) {
      path = ObjectMappers.path(mapping);
    }
    String what = e.getOriginalMessage();
    if (e instanceof InvalidFormatException f
        && f.getTargetType() != null
        && f.getTargetType().isEnum()) {
      what = "expected one of " + LenientReading.enumValues(mapper, f.getTargetType())
          + ", but was \"" + f.getValue() + "\"";
    }
    String message = "Invalid response to " + route + " (reading "
        + type.getRawClass().getSimpleName() + "): " + what + " at " + path;
    return new InvalidResponseException(message, path, e);
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }
}
