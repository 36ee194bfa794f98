package dev.paygen.runtime;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Creates the Jackson mapper generated clients use, configured once for every API.
 *
 * <p>This class and {@link LenientReading} and {@link UnionDeserializer} hold the code that
 * differs between Jackson 2 (this artifact) and Jackson 3 ({@code paygen-runtime-jackson3}, built
 * from these sources with the Jackson package names replaced and these classes written for
 * Jackson 3); the package-private helpers below keep the other classes free of such differences.
 */
public final class ObjectMappers {
  private ObjectMappers() {}

  /**
   * Returns a new mapper: reading is lenient (a wrong-typed value reads as null, see {@link
   * LenientReading}; unknown properties are kept by records in {@code additionalProperties()}),
   * unknown values of a Java enum read as its {@code @JsonEnumDefaultValue} constant (generated
   * enums are open classes that keep any value and do not need it), {@code java.time} types as
   * ISO-8601 strings keeping their offset, decimals of untyped values and unknown fields exactly as
   * written, and null properties not written (absent optionals are not sent).
   *
   * @return a new, fully configured mapper
   */
  public static ObjectMapper create() {
    return create(JsonMapper.builder().build());
  }

  /**
   * Returns a copy of an application's mapper (its modules, naming and other settings kept) with
   * the settings of {@link #create()} applied on top: what a client needs to read and write its
   * API's JSON. The given mapper is not changed (Jackson 2: {@code copy()}; Jackson 3: {@code
   * rebuild()}).
   *
   * @param base the application's mapper
   * @return a new mapper configured as {@link #create()}'s, on top of {@code base}'s settings
   */
  public static ObjectMapper create(ObjectMapper base) {
    Objects.requireNonNull(base, "`base` is required, but was null");
    ObjectMapper mapper = base.copy();
    mapper.registerModule(new JavaTimeModule());
    mapper.addHandler(new LenientReading());
    mapper.registerModule(LenientReading.numberRanges());
    mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    // Unknown fields and free-form values keep their decimals as written ("1.10" stays 1.10):
    // a double would round them, and a payments client must write back what it read.
    mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    mapper.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    mapper.enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE);
    mapper.disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    mapper.disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);
    mapper.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    mapper.setDefaultPropertyInclusion(JsonInclude.Value.construct(
        JsonInclude.Include.NON_NULL, JsonInclude.Include.USE_DEFAULTS));
    return mapper;
  }

  /** The value as a JSON tree, or null when the mapper cannot write it. */
  static @Nullable JsonNode tree(ObjectMapper mapper, Object value) {
    try {
      return mapper.valueToTree(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * Reads a whole body; failures of the JSON are {@link JsonProcessingException}s, as in Jackson
   * 3 where they are all unchecked (an I/O failure cannot happen on bytes at hand).
   */
  static @Nullable Object read(ObjectReader reader, byte[] bytes) throws JsonProcessingException {
    try {
      return reader.readValue(bytes);
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JSON path a mapping failure names, {@code $.items[1].amount}. */
  static String path(JsonMappingException e) {
    String path = "$";
    for (JsonMappingException.Reference step : e.getPath()) {
      String name = step.getFieldName();
      if (name != null) {
        path = Validator.child(path, name);
      } else if (step.getIndex() >= 0) {
        path = path + "[" + step.getIndex() + "]";
      }
    }
    return path;
  }
}
