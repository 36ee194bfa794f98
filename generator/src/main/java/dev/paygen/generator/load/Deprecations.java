package dev.paygen.generator.load;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a deprecated operation or property should be replaced with, as the spec says it: an
 * {@code x-deprecatedMessage} (Adyen) or {@code x-deprecated-replacement} extension, else the
 * sentence of the description that says what to use ({@code Deprecated: use `codes`.}, {@code Use
 * [Get Playlist Items](..) instead}). Empty when the spec says nothing, or the item is not
 * deprecated: the emitter then writes only "Deprecated.".
 */
final class Deprecations {
  /** A sentence: up to a full stop followed by a blank or the end, or a line break. */
  private static final Pattern SENTENCE =
      Pattern.compile("[^\\n]+?(?:\\.(?=\\s|$)|$)", Pattern.MULTILINE);

  /** "use X instead" anywhere, or a sentence "Deprecated: use X" / "DEPRECATED - please use X". */
  private static final Pattern USE = Pattern.compile(
      "(?i)^\\W*deprecated\\W*(?:please\\s+)?(use\\s.*)$|\\b(use\\s.*\\binstead\\b.*)$");

  private Deprecations() {}

  static String note(Boolean deprecated, String description, Map<String, Object> extensions) {
    if (!Boolean.TRUE.equals(deprecated)) {
      return "";
    }
    if (extensions != null) {
      if (extensions.get("x-deprecatedMessage") instanceof String message && !message.isBlank()) {
        return sentence(message.strip());
      }
      if (extensions.get("x-deprecated-replacement") instanceof String replacement
          && !replacement.isBlank()) {
        return "Use " + replacement.strip() + " instead.";
      }
    }
    if (description == null) {
      return "";
    }
    Matcher sentences = SENTENCE.matcher(description);
    while (sentences.find()) {
      Matcher use = USE.matcher(sentences.group().strip());
      if (use.find()) {
        String text = use.group(1) != null ? use.group(1) : use.group(2);
        return sentence(text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1));
      }
    }
    return "";
  }

  private static String sentence(String text) {
    return text.endsWith(".") ? text : text + ".";
  }
}
