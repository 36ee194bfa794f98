package dev.paygen.generator.emit;

/**
 * {@link Sources#compact}'s two layout rules as single linear passes over the rendered text: a
 * one-line Javadoc comment on one line, and no blank line between one-line fields or bare enum
 * constants. It was two regular expressions tried at every position of every file, a tenth of a
 * large spec's run; the result is the same text, character for character.
 *
 * <p>Lines start where Java's multiline {@code ^} matches: after {@code \n}, {@code \r} (not inside
 * {@code \r\n}), {@code U+0085}, {@code U+2028} or {@code U+2029}, never at the end of the text.
 */
final class CompactLayout {
  private static final String PRIVATE = "private ";
  private static final String CONSTANT = "public static final ";

  private CompactLayout() {}

  /** Both rules, Javadoc first: a joined comment never makes fields adjacent, nor keeps them apart. */
  static String apply(String source) {
    // Joining removes only spaces, '*', '/' and '\n': the joined text is plain when the source is.
    boolean plain = plain(source);
    return spaceFields(joinJavadoc(source, plain), plain);
  }

  /**
   * {@code INDENT/**\nINDENT * TEXT\nINDENT *}{@code /} becomes {@code INDENT/** TEXT *}{@code /}:
   * three lines of JavaPoet's for a comment of one line.
   */
  static String joinJavadoc(String s, boolean plain) {
    StringBuilder out = null;
    int copied = 0;
    int n = s.length();
    for (int i = 0; i < n; i = nextLine(s, i, plain)) {
      int indent = spaces(s, i);
      int open = i + indent;
      if (!s.startsWith("/**\n", open)) {
        continue;
      }
      int textLine = open + 4;
      if (!s.regionMatches(textLine, s, i, indent) || !s.startsWith(" * ", textLine + indent)) {
        continue;
      }
      int text = textLine + indent + 3;
      int textEnd = s.indexOf('\n', text);
      if (textEnd <= text) {
        continue;
      }
      int closeLine = textEnd + 1;
      int end = closeLine + indent + 3;
      if (!s.regionMatches(closeLine, s, i, indent)
          || !s.startsWith(" */", closeLine + indent)
          || (end < n && !terminator(s.charAt(end)))) {
        continue;
      }
      out = out == null ? new StringBuilder(n) : out;
      out.append(s, copied, open).append("/** ").append(s, text, textEnd).append(" */");
      copied = end;
      i = end - 1;
    }
    return out == null ? s : out.append(s, copied, n).toString();
  }

  /**
   * A one-line field ({@code private ...;} or {@code public static final ...;}) followed by a blank
   * line and another at the same indent loses the blank line; so does a bare enum constant
   * ({@code NAME,}) followed by a blank line and another ({@code NAME}, {@code NAME,} or {@code
   * NAME;}).
   */
  static String spaceFields(String s, boolean plain) {
    StringBuilder out = null;
    int copied = 0;
    int n = s.length();
    for (int i = 0; i < n; i = nextLine(s, i, plain)) {
      int indent = spaces(s, i);
      if (indent == 0) {
        continue;
      }
      int lineEnd = fieldEnd(s, i + indent);
      if (lineEnd < 0) {
        lineEnd = constantEnd(s, i + indent, true);
      }
      // The line ends at lineEnd (a '\n'), a blank line follows, then a line of the same kind.
      if (lineEnd < 0 || lineEnd + 1 >= n || s.charAt(lineEnd + 1) != '\n') {
        continue;
      }
      int next = lineEnd + 2;
      boolean field = s.charAt(lineEnd - 1) == ';';
      if (!s.regionMatches(next, s, i, indent)
          || s.startsWith(" ", next + indent)
          || (field ? fieldEnd(s, next + indent) : constantEnd(s, next + indent, false)) < 0) {
        continue;
      }
      out = out == null ? new StringBuilder(n) : out;
      out.append(s, copied, lineEnd + 1);
      copied = lineEnd + 2;
      i = lineEnd + 1;
    }
    return out == null ? s : out.append(s, copied, n).toString();
  }

  /** The {@code '\n'} ending a one-line field starting at {@code at}, or -1. */
  private static int fieldEnd(String s, int at) {
    int body;
    if (s.startsWith(PRIVATE, at)) {
      body = at + PRIVATE.length();
    } else if (s.startsWith(CONSTANT, at)) {
      body = at + CONSTANT.length();
    } else {
      return -1;
    }
    int end = s.indexOf('\n', body);
    return end > body && s.charAt(end - 1) == ';' ? end : -1;
  }

  /**
   * The {@code '\n'} ending a bare enum constant starting at {@code at}, or -1: a name then {@code
   * ,} ({@code first}), or a name then an optional {@code ,} or {@code ;} (the one after).
   */
  private static int constantEnd(String s, int at, boolean first) {
    int n = s.length();
    if (at >= n || !identifierStart(s.charAt(at))) {
      return -1;
    }
    int end = at + 1;
    while (end < n && identifierPart(s.charAt(end))) {
      end++;
    }
    if (first) {
      return end + 1 < n && s.charAt(end) == ',' && s.charAt(end + 1) == '\n' ? end + 1 : -1;
    }
    if (end < n && (s.charAt(end) == ',' || s.charAt(end) == ';')) {
      end++;
    }
    return end < n && s.charAt(end) == '\n' ? end : -1;
  }

  private static int spaces(String s, int at) {
    int end = at;
    while (end < s.length() && s.charAt(end) == ' ') {
      end++;
    }
    return end - at;
  }

  /** Whether {@code \n} is the only line break in {@code s}: lines are then found by indexOf. */
  private static boolean plain(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return false;
      }
    }
    return true;
  }

  /** The first line start after {@code from}, or the text's length. */
  private static int nextLine(String s, int from, boolean plain) {
    if (plain) {
      int lineBreak = s.indexOf('\n', from);
      return lineBreak < 0 ? s.length() : lineBreak + 1;
    }
    int next = from + 1;
    while (next < s.length() && !lineStart(s, next)) {
      next++;
    }
    return next;
  }

  /** Where Java's multiline {@code ^} matches. */
  private static boolean lineStart(String s, int i) {
    if (i == 0) {
      return true;
    }
    char before = s.charAt(i - 1);
    if (before == '\r') {
      return s.charAt(i) != '\n';
    }
    return before == '\n' || before == '\u0085' || before == '\u2028' || before == '\u2029';
  }

  /** A character before which Java's multiline {@code $} matches. */
  private static boolean terminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  private static boolean identifierStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
  }

  private static boolean identifierPart(char c) {
    return identifierStart(c) || (c >= '0' && c <= '9');
  }
}
