package dev.paygen.generator;

import java.util.Objects;

/**
 * One problem found in a spec or in the configuration, located by file and JSON pointer.
 *
 * <p>Rendered as {@code dodo.yaml#/components/schemas/Payment/properties/status: [PAYGEN-E012] enum
 * value 7 is not a string. Fix: ...}; a problem with an option, which is in no file, is rendered
 * without a location.
 *
 * @param severity whether generation can go on
 * @param code a stable code such as {@code PAYGEN-E012}: the text of a {@link DiagnosticCode}, listed in the README
 * @param file the spec file the problem is in, as the user named it (may be empty when unknown)
 * @param pointer the JSON pointer inside {@code file}, starting with {@code /} (empty for the document)
 * @param message what is wrong, with the offending value
 * @param fix how to fix it, or empty
 */
public record Diagnostic(
    Severity severity, String code, String file, String pointer, String message, String fix) {

  /** How serious a diagnostic is. */
  public enum Severity {
    /** Generation cannot produce correct output; nothing is written. */
    ERROR,
    /** Generation went on with a predictable choice the user should know about. */
    WARNING
  }

  /**
   * Checks the required components and turns a {@code null} file, pointer or fix into empty.
   *
   * @param severity whether generation can go on
   * @param code the text of a {@link DiagnosticCode}
   * @param file the spec file, or {@code null}
   * @param pointer the JSON pointer inside {@code file}, or {@code null}
   * @param message what is wrong
   * @param fix how to fix it, or {@code null}
   */
  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    file = file == null ? "" : file;
    pointer = pointer == null ? "" : pointer;
    Objects.requireNonNull(message, "message");
    fix = fix == null ? "" : fix;
  }

  /**
   * Creates a diagnostic with the code's own severity.
   *
   * @param code the diagnostic's code
   * @param file the spec file the problem is in, or {@code null}/empty when unknown
   * @param pointer the JSON pointer inside {@code file}, or {@code null}/empty
   * @param message what is wrong, with the offending value
   * @param fix how to fix it, or {@code null}/empty
   * @return a diagnostic of {@code code}, with the code's severity
   */
  public static Diagnostic of(
      DiagnosticCode code, String file, String pointer, String message, String fix) {
    return new Diagnostic(code.severity(), code.code(), file, pointer, message, fix);
  }

  /**
   * Creates an error.
   *
   * @param code an error code
   * @param file the spec file the problem is in, or {@code null}/empty when unknown
   * @param pointer the JSON pointer inside {@code file}, or {@code null}/empty
   * @param message what is wrong, with the offending value
   * @param fix how to fix it, or {@code null}/empty
   * @return the error
   * @throws IllegalArgumentException if {@code code} is a warning code
   */
  public static Diagnostic error(
      DiagnosticCode code, String file, String pointer, String message, String fix) {
    return of(requireSeverity(code, Severity.ERROR), file, pointer, message, fix);
  }

  /**
   * Creates a warning.
   *
   * @param code a warning code
   * @param file the spec file the problem is in, or {@code null}/empty when unknown
   * @param pointer the JSON pointer inside {@code file}, or {@code null}/empty
   * @param message what is wrong, with the offending value
   * @param fix how to fix it, or {@code null}/empty
   * @return the warning
   * @throws IllegalArgumentException if {@code code} is an error code
   */
  public static Diagnostic warning(
      DiagnosticCode code, String file, String pointer, String message, String fix) {
    return of(requireSeverity(code, Severity.WARNING), file, pointer, message, fix);
  }

  private static DiagnosticCode requireSeverity(DiagnosticCode code, Severity severity) {
    if (code.severity() != severity) {
      throw new IllegalArgumentException(code + " is not a " + severity + " code");
    }
    return code;
  }

  /**
   * Tells whether this diagnostic carries a code.
   *
   * @param code the code to compare with
   * @return whether this diagnostic carries {@code code}
   */
  public boolean is(DiagnosticCode code) {
    return this.code.equals(code.code());
  }

  /** {@return whether this is an error, so that nothing is written} */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * {@return whether this is the build's fault (a crash of paygen or an output I/O failure) rather
   * than the spec's or the configuration's; Maven reports the two differently}
   */
  public boolean isBuildFault() {
    return DiagnosticCode.fromCode(code).map(DiagnosticCode::isBuildFault).orElse(false);
  }

  /** {@return the location as {@code file#/pointer}} */
  public String location() {
    return file + "#" + pointer;
  }

  @Override
  public String toString() {
    String text = (file.isEmpty() && pointer.isEmpty() ? "" : location() + ": ")
        + (isError() ? "error" : "warning") + " [" + code + "] " + message;
    return fix.isEmpty() ? text : text + ". Fix: " + fix;
  }
}
