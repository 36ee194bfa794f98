package dev.paygen.generator.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The first difference between the JSON a round trip started from and the JSON it wrote, as a
 * JSON path and what differs there.
 *
 * <p>Two normalizations, both applied to the two sides alike: numbers compare by value ({@code 10},
 * {@code 10.0} and a long 10 are equal: the generated type chose the number's Java type, the value
 * is what the API means); and an object member whose value is {@code null} counts as absent (the
 * runtime's mapper writes {@code NON_NULL}, and a Java record component cannot tell "absent" from
 * "null"; what the proof checks for {@code null} is that it reads at all, and that no other member
 * is lost). {@code null} items in arrays are compared as they are. Strings compare exactly: the
 * instances use the canonical forms Jackson writes (such as {@code 2024-01-15T10:30:00Z}), so no
 * date-time normalization is needed; a {@code byte[]} written back is compared as the base64 text it
 * is on the wire (Jackson's tree keeps it as a binary node).
 */
public final class JsonDiff {
  private JsonDiff() {}

  /** The first difference, such as {@code $.items[0].type: expected "card", was absent}; empty when equal. */
  public static Optional<String> first(JsonNode expected, JsonNode actual) {
    return diff("$", expected, actual);
  }

  private static Optional<String> diff(String path, JsonNode expected, JsonNode actual) {
    if (expected.isNumber() && actual.isNumber()) {
      return expected.decimalValue().compareTo(actual.decimalValue()) == 0
          ? Optional.empty()
          : differs(path, expected, actual);
    }
    if (expected.isBinary() || actual.isBinary()) {
      // valueToTree keeps a byte[] as a binary node; on the wire it is its base64 text.
      return expected.asText().equals(actual.asText())
          ? Optional.empty()
          : differs(path, expected, actual);
    }
    if (expected.isObject() && actual.isObject()) {
      TreeSet<String> names = new TreeSet<>();
      expected.fieldNames().forEachRemaining(names::add);
      actual.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        JsonNode left = present(expected.get(name));
        JsonNode right = present(actual.get(name));
        String at = path + "." + name;
        if (left == null && right == null) {
          continue;
        }
        if (left == null) {
          return Optional.of(at + ": added " + right);
        }
        if (right == null) {
          return Optional.of(at + ": dropped (expected " + shorten(left) + ")");
        }
        Optional<String> inner = diff(at, left, right);
        if (inner.isPresent()) {
          return inner;
        }
      }
      return Optional.empty();
    }
    if (expected.isArray() && actual.isArray()) {
      if (expected.size() != actual.size()) {
        return Optional.of(path + ": " + expected.size() + " items written as " + actual.size());
      }
      Iterator<JsonNode> left = expected.elements();
      Iterator<JsonNode> right = actual.elements();
      for (int i = 0; left.hasNext(); i++) {
        Optional<String> inner = diff(path + "[" + i + "]", left.next(), right.next());
        if (inner.isPresent()) {
          return inner;
        }
      }
      return Optional.empty();
    }
    return expected.equals(actual) ? Optional.empty() : differs(path, expected, actual);
  }

  private static JsonNode present(JsonNode node) {
    return node == null || node.isNull() ? null : node;
  }

  private static Optional<String> differs(String path, JsonNode expected, JsonNode actual) {
    return Optional.of(path + ": expected " + shorten(expected) + ", written " + shorten(actual));
  }

  static String shorten(JsonNode node) {
    String text = node.toString();
    return text.length() > 80 ? text.substring(0, 77) + "..." : text;
  }
}
