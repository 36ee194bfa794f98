package dev.paygen.generator.load;

import dev.paygen.generator.DiagnosticCode;
import dev.paygen.generator.model.EnumModel;
import dev.paygen.generator.model.EnumModel.EnumConstant;
import dev.paygen.generator.model.EnumModel.ValueType;
import dev.paygen.generator.model.TypeName;
import dev.paygen.generator.naming.GeneratedNames;
import dev.paygen.generator.naming.NameAllocator;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Builds enums: wire values checked against the declared type, constants named by the rules. */
// Swagger Parser\'s model is raw-typed (Schema, List<Schema>); generics would only add casts here.
@SuppressWarnings({"rawtypes", "unchecked"})
final class EnumBuilder {
  /** The {@code Known} constant every generated enum has for values the spec did not list. */
  static final String UNRECOGNIZED = GeneratedNames.UNRECOGNIZED_CONSTANT;

  private EnumBuilder() {}

  static EnumModel build(Schema schema, TypeName name, String pointer, Report report) {
    ValueType valueType = valueType(schema);
    Set<String> wireValues = new LinkedHashSet<>();
    List<?> values = schema.getEnum();
    for (int i = 0; i < values.size(); i++) {
      Object value = values.get(i);
      if (value == null) {
        continue;
      }
      String wire = wireValue(value, valueType, pointer + "/enum/" + i, report);
      if (wire != null) {
        wireValues.add(wire);
      }
    }
    NameAllocator used = NameAllocator.upperSnake().reserve(UNRECOGNIZED);
    List<EnumConstant> constants = new ArrayList<>();
    for (String wire : wireValues) {
      String base = constantName(wire);
      Object earlier = used.holder(base);
      String constant = used.newName(base, wire);
      if (!constant.equals(base)) {
        String takenBy = earlier == NameAllocator.RESERVED
            ? "Known's constant for values the spec does not list"
            : "value '" + earlier + "'";
        report.warning(
            DiagnosticCode.W043_ENUM_CONSTANT_TAKEN,
            pointer + "/enum",
            "enum value '" + wire + "' of " + name + " maps to the" + " constant " + base
                + ", which " + takenBy + " already has; it is named " + constant,
            "rename the value, or accept the predictable rename");
      }
      constants.add(new EnumConstant(constant, wire));
    }
    // A nested type may not repeat the name of a type enclosing it (an enum schema named Known).
    String known = NameAllocator.camelCase()
        .reserve(name.simpleNames())
        .newName(GeneratedNames.ENUM_KNOWN_TYPE);
    return new EnumModel(name, Schemas.doc(schema), pointer, valueType, constants, known);
  }

  static String constantName(String wire) {
    String name = Names.upperSnake(wire);
    if (name.equals("EMPTY") && !wire.isEmpty()) {
      StringBuilder hex = new StringBuilder("VALUE");
      wire.codePoints()
          .forEach(c ->
              hex.append('_').append(Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)));
      return hex.toString();
    }
    return name;
  }

  static ValueType valueType(Schema schema) {
    Set<String> types = Schemas.nonNullTypes(schema);
    if (types.contains("integer")) {
      return ValueType.INTEGER;
    }
    if (types.contains("number")) {
      return ValueType.NUMBER;
    }
    if (types.contains("boolean")) {
      return ValueType.BOOLEAN;
    }
    if (types.contains("string")) {
      return ValueType.STRING;
    }
    Object first = schema.getEnum().stream().filter(v -> v != null).findFirst().orElse("");
    if (first instanceof Boolean) {
      return ValueType.BOOLEAN;
    }
    if (first instanceof Number number) {
      return new BigDecimal(number.toString()).stripTrailingZeros().scale() <= 0
          ? ValueType.INTEGER
          : ValueType.NUMBER;
    }
    return ValueType.STRING;
  }

  /** The wire value as text, or null (with an error) when it does not fit the declared type. */
  private static String wireValue(Object value, ValueType type, String pointer, Report report) {
    String text = value instanceof Number n
        ? new BigDecimal(n.toString()).toPlainString()
        : String.valueOf(value);
    boolean fits = switch (type) {
      case STRING -> value instanceof String || value instanceof Number || value instanceof Boolean;
      case BOOLEAN -> value instanceof Boolean;
      case INTEGER -> integral(value);
      case NUMBER -> value instanceof Number || (value instanceof String s && isNumber(s));
    };
    if (!fits) {
      report.error(
          DiagnosticCode.E030_ENUM_VALUE_TYPE,
          pointer,
          "enum value " + describe(value) + " is not " + article(type),
          "make the value " + article(type) + ", or change the schema's type");
      return null;
    }
    if (type == ValueType.STRING && !(value instanceof String)) {
      report.warning(
          DiagnosticCode.W031_ENUM_VALUE_AS_STRING,
          pointer,
          "enum value " + text + " is not a string; it is used as the string \"" + text + "\"",
          "quote the value in the spec");
    }
    return type == ValueType.INTEGER ? new BigDecimal(text).toBigIntegerExact().toString() : text;
  }

  private static boolean integral(Object value) {
    if (value instanceof Number n) {
      return new BigDecimal(n.toString()).stripTrailingZeros().scale() <= 0;
    }
    return value instanceof String s && s.matches("-?\\d+");
  }

  private static boolean isNumber(String s) {
    try {
      new BigDecimal(s);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String describe(Object value) {
    return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
  }

  private static String article(ValueType type) {
    return switch (type) {
      case STRING -> "a string";
      case INTEGER -> "an integer";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
    };
  }
}
