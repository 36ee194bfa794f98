package dev.paygen.generator;

import java.util.Objects;

/**
 * One problem found in a spec or in the configuration, located by file and JSON pointer.
 *
 * <p>Rendered as {@code dodo.yaml#/components/schemas/Payment/properties/status: [PAYGEN-E012] enum
 * value 7 is not a string. Fix: ...}.
 *
 * @param severity whether generation can go on
 * @param code a stable code such as {@code PAYGEN-E012}, listed in the README
 * @param file the spec file the problem is in, as the user named it (may be empty when unknown)
 * @param pointer the JSON pointer inside {@code file}, starting with {@code /} (empty for the document)
 * @param message what is wrong, with the offending value
 * @param fix how to fix it, or empty
 */
public record Diagnostic(Severity severity, String code, String file, String pointer, String message, String fix) {

  /** How serious a diagnostic is. */
  public enum Severity {
    /** Generation cannot produce correct output; nothing is written. */
    ERROR,
    /** Generation went on with a predictable choice the user should know about. */
    WARNING
  }

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    file = file == null ? "" : file;
    pointer = pointer == null ? "" : pointer;
    Objects.requireNonNull(message, "message");
    fix = fix == null ? "" : fix;
  }

  public static Diagnostic error(String code, String file, String pointer, String message, String fix) {
    return new Diagnostic(Severity.ERROR, code, file, pointer, message, fix);
  }

  public static Diagnostic warning(String code, String file, String pointer, String message, String fix) {
    return new Diagnostic(Severity.WARNING, code, file, pointer, message, fix);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The location as {@code file#/pointer}. */
  public String location() {
    return file + "#" + pointer;
  }

  @Override
  public String toString() {
    String text = location() + ": " + (isError() ? "error" : "warning") + " [" + code + "] " + message;
    return fix.isEmpty() ? text : text + ". Fix: " + fix;
  }
}
