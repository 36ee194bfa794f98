package dev.paygen.generator.load;

import dev.paygen.generator.naming.GeneratedNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.SourceVersion;

/**
 * The naming rules of docs/ARCHITECTURE.md ("Naming rules"): spec names to legal, predictable Java names.
 *
 * <p>Words are split at any character that is not a letter or digit and at lower-to-upper case
 * changes ({@code payment_status}, {@code paymentStatus} and {@code Payment-Status} all give the
 * words {@code payment}, {@code status}).
 */
final class Names {
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
    return GeneratedNames.REFERENCED_TYPES.contains(simpleName);
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
        boolean lowerToUpper =
            (Character.isLowerCase(prev) || Character.isDigit(prev)) && Character.isUpperCase(c);
        boolean acronymEnd = Character.isUpperCase(prev)
            && Character.isUpperCase(c)
            && i + 1 < cps.length
            && Character.isLowerCase(cps[i + 1]);
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
    return clashes(type) ? type + "Model" : type;
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

  /**
   * A constant's prefix for a Java name: {@code listLineItems} → {@code LIST_LINE_ITEMS}. Split only
   * where a lower-case letter or digit meets an upper-case one, so {@code listV2Items} gives
   * {@code LIST_V2_ITEMS}.
   */
  static String constantCase(String javaName) {
    return javaName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }

  /** {@code requires_capture} → {@code REQUIRES_CAPTURE}; {@code 7eleven} → {@code _7ELEVEN}. */
  static String upperSnake(String name) {
    String joined = String.join("_", words(name)).toUpperCase(Locale.ROOT);
    return legal(joined, "EMPTY");
  }

  private static String capitalize(String word) {
    String lower = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))
        ? word.toLowerCase(Locale.ROOT)
        : word;
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
