package dev.paygen.runtime;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Creates the Jackson mapper generated clients use, configured once for every API.
 *
 * <p>This class and {@link LenientReading} and {@link UnionDeserializer} hold the code that
 * differs between Jackson 3 (this artifact, {@code paygen-runtime-jackson3}) and Jackson 2 ({@code
 * paygen-runtime}, whose sources this artifact is built from); the package-private helpers below
 * keep the other classes free of such differences.
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
    return configure(JsonMapper.builder());
  }

  /**
   * Returns a copy of an application's mapper (its modules, naming and other settings kept) with
   * the settings of {@link #create()} applied on top: what a client needs to read and write its
   * API's JSON. The given mapper is not changed (Jackson 3: {@code rebuild()}; Jackson 2: {@code
   * copy()}).
   *
   * @param base the application's mapper, e.g. the {@code JsonMapper} Spring Boot 4 configures
   * @return a new mapper configured as {@link #create()}'s, on top of {@code base}'s settings
   */
  public static ObjectMapper create(ObjectMapper base) {
    Objects.requireNonNull(base, "`base` is required, but was null");
    return configure(base.rebuild());
  }

  private static ObjectMapper configure(MapperBuilder<?, ?> builder) {
    return builder
        .addHandler(new LenientReading())
        .addModule(LenientReading.numberRanges())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        // Unknown fields and free-form values keep their decimals as written ("1.10" stays 1.10):
        // a double would round them, and a payments client must write back what it read.
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
        // Jackson 3 defaults that would make the wire differ from paygen-runtime's (Jackson 2):
        // a null for an int reads as 0 (lenient), properties are written in declaration order,
        // Java enums by name.
        .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .disable(EnumFeature.READ_ENUMS_USING_TO_STRING, EnumFeature.WRITE_ENUMS_USING_TO_STRING)
        .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .changeDefaultPropertyInclusion(ignored -> JsonInclude.Value.construct(
            JsonInclude.Include.NON_NULL, JsonInclude.Include.USE_DEFAULTS))
        .build();
  }

  /** The value as a JSON tree, or null when the mapper cannot write it. */
  static @Nullable JsonNode tree(ObjectMapper mapper, Object value) {
    try {
      return mapper.valueToTree(value);
    } catch (JacksonException | IllegalArgumentException e) {
      return null;
    }
  }

  /** Reads a whole body; every failure of the JSON is a {@link JacksonException}. */
  static @Nullable Object read(ObjectReader reader, byte[] bytes) {
    return reader.readValue(bytes);
  }

  /** The JSON path a mapping failure names, {@code $.items[1].amount}. */
  static String path(JacksonException e) {
    String path = "$";
    for (JacksonException.Reference step : e.getPath()) {
      String name = step.getPropertyName();
      if (name != null) {
        path = Validator.child(path, name);
      } else if (step.getIndex() >= 0) {
        path = path + "[" + step.getIndex() + "]";
      }
    }
    return path;
  }
}
