package dev.paygen.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonParser.NumberType;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a wrong-typed value as null instead of failing the whole document, and records it as a
 * {@link Violation} at its JSON path when the read carries a problem list (see {@link #problems}).
 * Installed on the mapper {@link ObjectMappers#create()} returns.
 */
final class LenientReading extends DeserializationProblemHandler {
  /** The context attribute holding the read's {@code List<Violation>}. */
  static final Object PROBLEMS = LenientReading.class;

  /**
   * The context attribute that, set to {@code Boolean.TRUE}, turns leniency off for a part of a
   * read: {@link UnionDeserializer} sets it while it tries a variant, so that a variant which cannot
   * hold a value fails instead of reading it as null (and never wins over the variant that holds it).
   */
  static final Object STRICT = Boolean.class;

  /** A fresh problem list to pass as the {@link #PROBLEMS} attribute of one read. */
  static List<Violation> problems() {
    return new ArrayList<>();
  }

  /**
   * Integer and Long read a number out of their range ({@code 2147483648} for an {@code int32}
   * field) as a wrong-typed value, null and a violation, where Jackson would fail the whole
   * document: one odd item must not lose a page.
   */
  static SimpleModule numberRanges() {
    return new SimpleModule("paygen-number-ranges")
        .addDeserializer(Integer.class, new InRange<>(Integer.class, Set.of(NumberType.INT)))
        .addDeserializer(
            Long.class, new InRange<>(Long.class, Set.of(NumberType.INT, NumberType.LONG)));
  }

  /** Jackson's own deserializer of {@code type}, for every number that fits. */
  private static final class InRange<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient JsonDeserializer<?> standard;
    private final Set<NumberType> fits;

    InRange(Class<T> type, Set<NumberType> fits) {
      super(type);
      this.standard = NumberDeserializers.find(type, type.getName());
      this.fits = fits;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NUMBER_INT && !fits.contains(p.getNumberType())) {
        return (T) ctxt.handleWeirdNumberValue(handledType(), p.getNumberValue(), "out of range");
      }
      return (T) standard.deserialize(p, ctxt);
    }
  }

  @Override
  public @Nullable Object handleWeirdStringValue(
      DeserializationContext ctxt, Class<?> targetType, String valueToConvert, String failureMsg) {
    return record(ctxt, ctxt.getParser(), "\"" + valueToConvert + "\"", targetType);
  }

  /** {@code one of [open, complete]} for an enum, else the type's simple name. */
  private static String expected(JsonParser p, Class<?> type) {
    if (!type.isEnum() || !(p.getCodec() instanceof ObjectMapper mapper)) {
      return type.getSimpleName();
    }
    return "one of " + enumValues(mapper, type);
  }

  /** The wire values of a Java enum's constants, as the mapper writes them. */
  static List<String> enumValues(ObjectMapper mapper, Class<?> type) {
    List<String> values = new ArrayList<>();
    for (Object constant : type.getEnumConstants()) {
      values.add(mapper.convertValue(constant, String.class));
    }
    return values;
  }

  @Override
  public @Nullable Object handleWeirdNumberValue(
      DeserializationContext ctxt, Class<?> targetType, Number valueToConvert, String failureMsg) {
    return record(ctxt, ctxt.getParser(), String.valueOf(valueToConvert), targetType);
  }

  @Override
  public @Nullable Object handleUnexpectedToken(
      DeserializationContext ctxt,
      JavaType targetType,
      JsonToken t,
      JsonParser p,
      String failureMsg)
      throws IOException {
    return skip(ctxt, p, targetType.getRawClass());
  }

  @Override
  public @Nullable Object handleMissingInstantiator(
      DeserializationContext ctxt,
      Class<?> instClass,
      ValueInstantiator valueInsta,
      JsonParser p,
      String msg)
      throws IOException {
    return skip(ctxt, p, instClass);
  }

  private static @Nullable Object skip(DeserializationContext ctxt, JsonParser p, Class<?> type)
      throws IOException {
    if (strict(ctxt)) {
      return NOT_HANDLED;
    }
    JsonToken token = p.currentToken();
    String what = token == null ? "nothing" : describe(token);
    p.skipChildren();
    return record(ctxt, p, what, type);
  }

  private static String describe(JsonToken token) {
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      default -> token.toString();
    };
  }

  @SuppressWarnings("unchecked")
  private static @Nullable Object record(
      DeserializationContext ctxt, JsonParser p, String value, Class<?> type) {
    String path = path(p.getParsingContext());
    if (path.equals("$") || strict(ctxt)) {
      return NOT_HANDLED; // the whole document has the wrong shape: not a field to read as null
    }
    Object problems = ctxt.getAttribute(PROBLEMS);
    if (problems instanceof List<?> list) {
      String message = "expected " + expected(p, type) + ", but was " + value + " (read as null)";
      ((List<Violation>) list).add(new Violation(path, message));
    }
    return null;
  }

  private static boolean strict(DeserializationContext ctxt) {
    return Boolean.TRUE.equals(ctxt.getAttribute(STRICT));
  }

  /** The JSON path of the parser's position, {@code $.items[1].amount}. */
  static String path(@Nullable JsonStreamContext context) {
    List<JsonStreamContext> chain = new ArrayList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      chain.add(0, c);
    }
    String path = "$";
    for (JsonStreamContext c : chain) {
      if (c.inArray()) {
        path = path + "[" + Math.max(c.getCurrentIndex(), 0) + "]";
      } else if (c.getCurrentName() != null) {
        path = Validator.child(path, c.getCurrentName());
      }
    }
    return path;
  }
}
