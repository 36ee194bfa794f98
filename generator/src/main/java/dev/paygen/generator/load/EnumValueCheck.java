package dev.paygen.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paygen.generator.Diagnostic;
import dev.paygen.generator.DiagnosticCode;
import java.util.List;

/**
 * Finds enum values that do not fit their schema's numeric or boolean type, on the raw document
 * (called by {@link RefScanner}'s walk over every file): Swagger Parser silently drops such values,
 * so after parsing they can no longer be reported.
 */
final class EnumValueCheck {
  private EnumValueCheck() {}

  /** Checks one schema object of the raw document: its {@code enum} values against its {@code type}. */
  static void check(String file, JsonNode node, String pointer, List<Diagnostic> diagnostics) {
    JsonNode values = node.get("enum");
    JsonNode type = node.get("type");
    if (values != null && values.isArray() && type != null && type.isTextual()) {
      checkValues(file, type.asText(), values, pointer + "/enum", diagnostics);
    }
  }

  private static void checkValues(
      String file, String type, JsonNode values, String pointer, List<Diagnostic> diagnostics) {
    for (int i = 0; i < values.size(); i++) {
      JsonNode value = values.get(i);
      boolean fits = value.isNull()
          || switch (type) {
            // Quoted values that still read as the type ("7", "true") survive Swagger Parser: only
            // the rest is lost.
            case "integer" ->
              value.isIntegralNumber()
                  || (value.isNumber()
                      && value.decimalValue().stripTrailingZeros().scale() <= 0)
                  || (value.isTextual() && value.asText().matches("-?\\d+"));
            case "number" ->
              value.isNumber()
                  || (value.isTextual()
                      && value.asText().matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?"));
            case "boolean" ->
              value.isBoolean() || (value.isTextual() && value.asText().matches("true|false"));
            default -> true;
          };
      if (!fits) {
        String article = type.equals("integer") ? "an integer" : "a " + type;
        diagnostics.add(Diagnostic.error(
            DiagnosticCode.E030_ENUM_VALUE_TYPE,
            file,
            pointer + "/" + i,
            "enum value " + value + " is not " + article,
            "make the value " + article + ", or change the schema's type"));
      }
    }
  }
}
