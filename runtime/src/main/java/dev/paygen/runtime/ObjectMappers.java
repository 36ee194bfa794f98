package dev.paygen.runtime;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Creates the Jackson mapper generated clients use, configured once for every API. */
public final class ObjectMappers {
  private ObjectMappers() {}

  /**
   * Returns a new mapper: reading is lenient (a wrong-typed value reads as null, see {@link
   * LenientReading}; unknown properties are kept by records in {@code additionalProperties()}),
   * unknown values of a Java enum read as its {@code @JsonEnumDefaultValue} constant (generated
   * enums are open classes that keep any value and do not need it), {@code java.time} types as
   * ISO-8601 strings keeping
   * their offset, decimals of untyped values and unknown fields exactly as written, and null properties not written (absent optionals are not sent).
   *
   * @return a new, fully configured mapper
   */
  public static ObjectMapper create() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .addHandler(new LenientReading())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        // Unknown fields and free-form values keep their decimals as written ("1.10" stays 1.10):
        // a double would round them, and a payments client must write back what it read.
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .defaultPropertyInclusion(JsonInclude.Value.construct(
            JsonInclude.Include.NON_NULL, JsonInclude.Include.USE_DEFAULTS))
        .build();
  }
}
