package dev.paygen.generator.load;

import dev.paygen.generator.DiagnosticCode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks an operation's {@code x-paygen-pagination} for shape and types before anything reads it,
 * so that {@link PaginationDetector} can trust its keys: an object whose {@code kind} is
 * {@code page-number} (the default) or {@code cursor}, with only the keys that kind takes.
 */
final class PaginationExtension {
  static final String NAME = "x-paygen-pagination";
  private static final String PAGE_NUMBER = "page-number";
  private static final String CURSOR = "cursor";
  private static final List<String> SHARED_KEYS = List.of("kind", "items", "size-param");
  private static final List<String> PAGE_NUMBER_KEYS = List.of("page-param", "first-page");
  private static final List<String> CURSOR_KEYS = List.of("cursor-param", "has-more", "id");
  /** Keys naming a query parameter; the others name properties of the response or its items. */
  private static final Set<String> PARAMETER_KEYS =
      Set.of("size-param", "page-param", "cursor-param");

  private PaginationExtension() {}

  /** Reports every problem of {@code value}, the extension found at {@code pointer}. */
  static void check(Object value, String pointer, Report report) {
    if (!(value instanceof Map<?, ?> config)) {
      report.error(
          DiagnosticCode.E081_INVALID_X_PAYGEN_PAGINATION,
          pointer,
          NAME + " must be an object, but is " + ExtensionCheck.describe(value),
          "write it as {kind: page-number, page-param: page, items: items} or"
              + " {kind: cursor, cursor-param: starting_after, items: data, has-more: has_more, id: id}");
      return;
    }
    String kind = kind(config.get("kind"), pointer + "/kind", report);
    for (Map.Entry<?, ?> entry : config.entrySet()) {
      String key = String.valueOf(entry.getKey());
      if (!key.equals("kind")) {
        checkKey(key, entry.getValue(), kind, pointer + "/" + RefScanner.escape(key), report);
      }
    }
  }

  /** The kind the extension states, {@code page-number} when absent, or null when it is not a kind. */
  private static String kind(Object kind, String pointer, Report report) {
    if (kind == null || PAGE_NUMBER.equals(kind)) {
      return PAGE_NUMBER;
    }
    if (CURSOR.equals(kind)) {
      return CURSOR;
    }
    report.error(
        DiagnosticCode.E081_INVALID_X_PAYGEN_PAGINATION,
        pointer,
        NAME + " 'kind' must be " + PAGE_NUMBER + " or " + CURSOR + ", but is "
            + ExtensionCheck.describe(kind),
        "set kind: " + PAGE_NUMBER + " or kind: " + CURSOR + " (page-number when left out)");
    return null;
  }

  private static void checkKey(
      String key, Object value, String kind, String pointer, Report report) {
    List<String> otherKeys = CURSOR.equals(kind) ? PAGE_NUMBER_KEYS : CURSOR_KEYS;
    if (!SHARED_KEYS.contains(key)
        && !PAGE_NUMBER_KEYS.contains(key)
        && !CURSOR_KEYS.contains(key)) {
      report.error(
          DiagnosticCode.E081_INVALID_X_PAYGEN_PAGINATION,
          pointer,
          NAME + " has no key '" + key + "'",
          "use only kind, items, size-param, page-param and first-page (page-number), or cursor-param, has-more"
              + " and id (cursor)");
      return;
    }
    if (kind != null && otherKeys.contains(key)) {
      String other = CURSOR.equals(kind) ? PAGE_NUMBER : CURSOR;
      report.error(
          DiagnosticCode.E081_INVALID_X_PAYGEN_PAGINATION,
          pointer,
          NAME + " '" + key + "' applies to kind " + other + " only, but the kind is " + kind,
          "remove '" + key + "', or set kind: " + other);
      return;
    }
    if (key.equals("first-page")) {
      if (!(value instanceof Integer || value instanceof Long)
          || ((Number) value).longValue() < 0) {
        report.error(
            DiagnosticCode.E081_INVALID_X_PAYGEN_PAGINATION,
            pointer,
            NAME + " 'first-page' must be a" + " whole number of 0 or more, but is "
                + ExtensionCheck.describe(value),
            "write first-page: 0 or" + " first-page: 1");
      }
      return;
    }
    if (!(value instanceof String name) || name.isBlank()) {
      String what = PARAMETER_KEYS.contains(key) ? "a query parameter name" : "a property name";
      report.error(
          DiagnosticCode.E081_INVALID_X_PAYGEN_PAGINATION,
          pointer,
          NAME + " '" + key + "' must be " + what + " (a non-empty string), but is "
              + ExtensionCheck.describe(value),
          "write the name as the spec spells it");
    }
  }
}
