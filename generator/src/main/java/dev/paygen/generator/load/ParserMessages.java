package dev.paygen.generator.load;

import dev.paygen.generator.Diagnostic;
import dev.paygen.generator.DiagnosticCode;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns Swagger Parser's free-text messages into diagnostics with a JSON pointer where it names one. */
final class ParserMessages {
  private static final Pattern ATTRIBUTE = Pattern.compile("attribute ([^ ]+)");
  private static final Pattern PATH_PART = Pattern.compile("'([^']*)'|\\(([^)]*)\\)|([^.'()]+)");

  private ParserMessages() {}

  static Diagnostic toDiagnostic(String file, String message, boolean fatal) {
    String pointer = pointerOf(message);
    return fatal
        ? Diagnostic.error(
            DiagnosticCode.E006_PARSER_ERROR,
            file,
            pointer,
            message,
            "fix the document at that location")
        : Diagnostic.warning(DiagnosticCode.W006_PARSER_WARNING, file, pointer, message, "");
  }

  /**
   * A message about a component {@link Bundler} copied from another file, moved to that file and
   * pointer ({@code schemas/Customer.yaml#/properties/country}); others stay as they are.
   */
  static Diagnostic relocate(Diagnostic diagnostic, Map<String, String> sources) {
    String pointer = diagnostic.pointer();
    for (int end = pointer.length(); end > 0; end = pointer.lastIndexOf('/', end - 1)) {
      String source = sources.get(pointer.substring(0, end));
      if (source != null) {
        int hash = source.indexOf('#');
        return new Diagnostic(
            diagnostic.severity(),
            diagnostic.code(),
            source.substring(0, hash),
            source.substring(hash + 1) + pointer.substring(end),
            diagnostic.message(),
            diagnostic.fix());
      }
    }
    return diagnostic;
  }

  /** {@code attribute paths.'/pets'(get).responses is missing} → {@code /paths/~1pets/get/responses}. */
  static String pointerOf(String message) {
    Matcher m = ATTRIBUTE.matcher(message);
    if (!m.find()) {
      return "";
    }
    String path = m.group(1);
    StringBuilder pointer = new StringBuilder();
    Matcher part = PATH_PART.matcher(path);
    while (part.find()) {
      String token = part.group(1) != null
          ? part.group(1)
          : part.group(2) != null ? part.group(2) : part.group(3);
      pointer.append('/').append(token.replace("~", "~0").replace("/", "~1"));
    }
    return pointer.toString();
  }
}
