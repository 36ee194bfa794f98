package dev.paygen.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paygen.generator.Diagnostic;
import java.util.List;
import java.util.Map;

/**
 * Finds enum values that do not fit their schema's numeric or boolean type, on the raw document:
 * Swagger Parser silently drops such values, so after parsing they can no longer be reported.
 */
final class EnumValueCheck {
  private EnumValueCheck() {}

  static void check(String file, JsonNode tree, List<Diagnostic> diagnostics) {
    walk(file, tree, "", diagnostics);
  }

  private static void walk(String file, JsonNode node, String pointer, List<Diagnostic> diagnostics) {
    if (node.isObject()) {
      JsonNode values = node.get("enum");
      JsonNode type = node.get("type");
      if (values != null && values.isArray() && type != null && type.isTextual()) {
        checkValues(file, type.asText(), values, pointer + "/enum", diagnostics);
      }
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        if (!field.getKey().equals("example") && !field.getKey().equals("examples") && !field.getKey().equals("enum")) {
          walk(file, field.getValue(), pointer + "/" + RefScanner.escape(field.getKey()), diagnostics);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(file, node.get(i), pointer + "/" + i, diagnostics);
      }
    }
  }

  private static void checkValues(String file, String type, JsonNode values, String pointer,
      List<Diagnostic> diagnostics) {
    for (int i = 0; i < values.size(); i++) {
      JsonNode value = values.get(i);
      boolean fits = value.isNull() || switch (type) {
        // Quoted values that still read as the type ("7", "true") survive Swagger Parser: only the rest is lost.
        case "integer" -> value.isIntegralNumber() || value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0
            || value.isTextual() && value.asText().matches("-?\\d+");
        case "number" -> value.isNumber() || value.isTextual() && value.asText().matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
        case "boolean" -> value.isBoolean() || value.isTextual() && value.asText().matches("true|false");
        default -> true;
      };
      if (!fits) {
        String article = type.equals("integer") ? "an integer" : "a " + type;
        diagnostics.add(Diagnostic.error("PAYGEN-E030", file, pointer + "/" + i, "enum value " + value
            + " is not " + article, "make the value " + article + ", or change the schema's type"));
      }
    }
  }
}
