package dev.paygen.generator.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * The naming rules of DESIGN.md: spec names to legal, predictable Java names.
 *
 * <p>Words are split at any character that is not a letter or digit and at lower-to-upper case
 * changes ({@code payment_status}, {@code paymentStatus} and {@code Payment-Status} all give the
 * words {@code payment}, {@code status}).
 */
final class Names {
  /** Types generated code refers to by simple name (java.lang and its imports); a model type may not shadow them. */
  private static final Set<String> SHADOWED_NAMES = Set.of(
      "Object", "String", "Integer", "Long", "Boolean", "Double", "Float", "Number", "Short", "Byte",
      "Character", "Void", "Class", "Override", "Deprecated", "SuppressWarnings", "SafeVarargs",
      "FunctionalInterface", "Record", "Enum", "Iterable", "Math", "System", "Exception",
      "RuntimeException", "Error", "Throwable", "IllegalArgumentException", "IllegalStateException",
      "NullPointerException", "StringBuilder", "Thread", "Runnable", "Comparable", "CharSequence",
      // and the types generated files import, which a model type of the same name would shadow
      "List", "Map", "Set", "Objects", "Collections", "ArrayList", "LinkedHashMap", "Generated", "UUID", "URI",
      "LocalDate", "OffsetDateTime", "BigDecimal", "BigInteger", "Duration", "JsonProperty", "JsonValue",
      "JsonCreator", "JsonIgnoreProperties", "JsonInclude", "JsonDeserialize", "JsonNode", "JsonNodeType",
      "TypeReference", "UnionDeserializer", "UnionVariant", "CompletableFuture", "Page", "Paginator",
      "RequestOptions", "ApiClient", "ApiRequest");

  /** The longest top-level type name kept whole. */
  static final int MAX_TOP_LEVEL = 120;
  /** The longest nested type name kept whole (class files are named Outer$Nested$Deeper.class). */
  static final int MAX_NESTED = 48;

  /**
   * A type name cut to {@code max} characters: a predictable prefix and a hash of the whole name, so
   * class file names stay under the file system's 255-byte limit.
   */
  static String shorten(String name, int max) {
    if (name.length() <= max) {
      return name;
    }
    return name.substring(0, max - 9) + "_" + String.format("%08x", name.hashCode());
  }

  /** Whether a type of this simple name would shadow a type generated code refers to. */
  static boolean clashes(String simpleName) {
    return SHADOWED_NAMES.contains(simpleName);
  }

  private Names() {}

  static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int[] cps = name.codePoints().toArray();
    for (int i = 0; i < cps.length; i++) {
      int c = cps[i];
      if (!Character.isLetterOrDigit(c) || (c > 0x7f && !Character.isJavaIdentifierPart(c))) {
        flush(words, word);
        continue;
      }
      if (word.length() > 0) {
        int prev = word.codePointBefore(word.length());
        boolean lowerToUpper = (Character.isLowerCase(prev) || Character.isDigit(prev)) && Character.isUpperCase(c);
        boolean acronymEnd = Character.isUpperCase(prev) && Character.isUpperCase(c)
            && i + 1 < cps.length && Character.isLowerCase(cps[i + 1]);
        if ((lowerToUpper && !Character.isDigit(prev)) || acronymEnd) {
          flush(words, word);
        }
      }
      word.appendCodePoint(c);
    }
    flush(words, word);
    return words;
  }

  private static void flush(List<String> words, StringBuilder word) {
    if (word.length() > 0) {
      words.add(word.toString());
      word.setLength(0);
    }
  }

  /** {@code payment_status} → {@code PaymentStatus}; {@code 3ds} → {@code _3ds}. */
  static String upperCamel(String name) {
    StringBuilder out = new StringBuilder();
    for (String word : words(name)) {
      out.append(capitalize(word));
    }
    return legal(out.toString(), "Type");
  }

  /** A type name: upper camel case that does not shadow a {@code java.lang} type. */
  static String typeName(String name) {
    String type = upperCamel(name);
    return SHADOWED_NAMES.contains(type) ? type + "Model" : type;
  }

  /** {@code product_cart} → {@code productCart}; {@code default} → {@code default_}. */
  static String lowerCamel(String name) {
    List<String> words = words(name);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      out.append(i == 0 ? word.toLowerCase(Locale.ROOT) : capitalize(word));
    }
    return legal(out.toString(), "value");
  }

  /** {@code requires_capture} → {@code REQUIRES_CAPTURE}; {@code 7eleven} → {@code _7ELEVEN}. */
  static String upperSnake(String name) {
    String joined = String.join("_", words(name)).toUpperCase(Locale.ROOT);
    return legal(joined, "EMPTY");
  }

  private static String capitalize(String word) {
    String lower = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))
        ? word.toLowerCase(Locale.ROOT) : word;
    return lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
  }

  /** A legal identifier: a leading digit gets {@code _}, a keyword gets a trailing {@code _}. */
  static String legal(String identifier, String ifEmpty) {
    if (identifier.isEmpty()) {
      return ifEmpty;
    }
    if (!Character.isJavaIdentifierStart(identifier.codePointAt(0))) {
      identifier = "_" + identifier;
    }
    if (SourceVersion.isKeyword(identifier, SourceVersion.RELEASE_17) || identifier.equals("_")) {
      identifier = identifier + "_";
    }
    return identifier;
  }
}
