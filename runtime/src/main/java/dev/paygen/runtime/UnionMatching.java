package dev.paygen.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which variants of a union may hold a JSON value, in tiers tried in turn by {@link
 * UnionDeserializer}: the part of reading a union that only looks at the JSON tree, the same for
 * Jackson 2 and 3.
 */
final class UnionMatching {
  private UnionMatching() {}

  /**
   * The tiers for a value: for an object, the candidates that declare every property present,
   * then all candidates; for anything else, {@link #scalarTiers}.
   */
  static <T> List<List<UnionVariant<? extends T>>> tiers(
      List<UnionVariant<? extends T>> variants, JsonNode node) {
    List<UnionVariant<? extends T>> candidates = candidates(variants, node);
    if (!node.isObject()) {
      return scalarTiers(node, candidates);
    }
    List<UnionVariant<? extends T>> exact = new ArrayList<>();
    for (UnionVariant<? extends T> v : candidates) {
      if (declaresAll(v, node)) {
        exact.add(v);
      }
    }
    return List.of(exact, candidates);
  }

  /**
   * The tiers for a non-object value, most exact first: enums listing the value; integers (for an
   * integral number only: a number with a fraction is never an integer) and formatted strings;
   * the plain variants (string, number, boolean, array). An enum that does not list the value is a
   * candidate only when no other variant of the value's kind could hold it, and then it reads the
   * value as an open enum.
   */
  private static <V> List<List<UnionVariant<? extends V>>> scalarTiers(
      JsonNode node, List<UnionVariant<? extends V>> candidates) {
    List<UnionVariant<? extends V>> listed = new ArrayList<>();
    List<UnionVariant<? extends V>> specific = new ArrayList<>();
    List<UnionVariant<? extends V>> plain = new ArrayList<>();
    List<UnionVariant<? extends V>> unlisted = new ArrayList<>();
    for (UnionVariant<? extends V> v : candidates) {
      switch (v.tiering()) {
        case ENUMERATION -> (lists(v, node) ? listed : unlisted).add(v);
        case INTEGER -> {
          if (node.isIntegralNumber()) {
            specific.add(v);
          }
        }
        case FORMATTED -> specific.add(v);
        case PLAIN -> plain.add(v);
      }
    }
    boolean othersHoldIt = !specific.isEmpty() || !plain.isEmpty();
    return othersHoldIt ? List.of(listed, specific, plain) : List.of(listed, unlisted);
  }

  /** Whether an enum variant lists the value: numbers compare by value ({@code 7} is {@code 7.0}). */
  private static boolean lists(UnionVariant<?> v, JsonNode node) {
    if (!node.isNumber()) {
      return v.enumValues().contains(node.asText());
    }
    BigDecimal value = node.decimalValue();
    for (String listed : v.enumValues()) {
      try {
        if (new BigDecimal(listed).compareTo(value) == 0) {
          return true;
        }
      } catch (NumberFormatException e) {
        // a listed value that is not a number never equals a number
      }
    }
    return false;
  }

  private static <T> List<UnionVariant<? extends T>> candidates(
      List<UnionVariant<? extends T>> variants, JsonNode node) {
    List<UnionVariant<? extends T>> out = new ArrayList<>();
    for (UnionVariant<? extends T> v : variants) {
      if (kindMatches(v.kind(), node)
          && (!node.isObject()
              || (v.requiredProperties().stream().allMatch(node::has)
                  && (!v.closed() || declaresAll(v, node))))) {
        out.add(v);
      }
    }
    return out;
  }

  private static boolean kindMatches(JsonNodeType kind, JsonNode node) {
    JsonNodeType actual = node.getNodeType();
    return kind == actual;
  }

  private static boolean declaresAll(UnionVariant<?> v, JsonNode node) {
    for (Map.Entry<String, JsonNode> property : node.properties()) {
      if (!v.allProperties().contains(property.getKey())) {
        return false;
      }
    }
    return true;
  }
}
