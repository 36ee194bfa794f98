package dev.paygen.generator;

import dev.paygen.generator.Diagnostic.Severity;
import java.util.Arrays;
import java.util.Optional;

/**
 * Every code a {@link Diagnostic} can carry: its stable text ({@code PAYGEN-E010}), its severity and
 * what it means in one line. README.md's "Diagnostic codes" table lists exactly these, and a test
 * keeps the two in step.
 *
 * <p>Numbering by area: {@code 00} reading the spec, {@code 10} {@code $ref}s, {@code 30} enums,
 * {@code 40} names, {@code 50} options of the request, {@code 60} operations, {@code 70} pagination,
 * {@code 80} {@code x-paygen-*} extensions, {@code 900} the generator's own faults and output I/O.
 */
public enum DiagnosticCode {
  // CPD-OFF: a table of constants, alike to any other such table once names and literals are
  // ignored
  /** Error: the spec file is missing or cannot be read. */
  E001_SPEC_NOT_FOUND(Severity.ERROR, "the spec file is missing or cannot be read"),
  /** Error: malformed YAML or JSON, in the spec or in a file it {@code $ref}s. */
  E002_MALFORMED(Severity.ERROR, "malformed YAML or JSON, in the spec or in a file it `$ref`s"),
  /** Error: the spec file is empty. */
  E003_EMPTY_SPEC(Severity.ERROR, "the spec file is empty"),
  /** Error: not an OpenAPI document (no {@code openapi} or {@code swagger} field). */
  E004_NOT_OPENAPI(Severity.ERROR, "not an OpenAPI document (no `openapi` or `swagger` field)"),
  /** Error: Swagger Parser could not read the document. */
  E005_PARSER_FAILED(Severity.ERROR, "Swagger Parser could not read the document"),
  /** Error: the parser rejected the document at a location. */
  E006_PARSER_ERROR(Severity.ERROR, "the parser rejected the document at a location"),
  /** Warning: parser warning (e.g. repeated operationId). */
  W006_PARSER_WARNING(Severity.WARNING, "parser warning (e.g. repeated operationId)"),
  /** Error: dangling {@code $ref}. */
  E010_DANGLING_REF(Severity.ERROR, "dangling `$ref`"),
  /** Error: remote {@code $ref} refused (allow with {@code --allow-remote-refs}). */
  E011_REMOTE_REF_REFUSED(
      Severity.ERROR, "remote `$ref` refused (allow with `--allow-remote-refs`)"),
  /**
   * Error: {@code $ref} to a file outside the ref root (widen it with {@code --ref-root}, {@code
   * <refRoot>}, {@code -Apaygen.refRoot}).
   */
  E012_REF_OUTSIDE_FOLDER(
      Severity.ERROR,
      "`$ref` to a file outside the ref root (widen it with `--ref-root`, `<refRoot>`, `-Apaygen.refRoot`)"),
  /** Error: {@code $ref} to a file that does not exist. */
  E013_REF_FILE_MISSING(Severity.ERROR, "`$ref` to a file that does not exist"),
  /** Error: {@code $ref} cycle made only of references. */
  E014_REF_CYCLE(Severity.ERROR, "`$ref` cycle made only of references"),
  /**
   * Error: parameter, request body or response {@code $ref} that does not name a component of its
   * kind.
   */
  E015_REF_NOT_A_COMPONENT(
      Severity.ERROR,
      "parameter, request body or response `$ref` that does not name a component of its kind"),
  /** Error: enum value of the wrong type. */
  E030_ENUM_VALUE_TYPE(Severity.ERROR, "enum value of the wrong type"),
  /** Warning: non-string enum value used as a string. */
  W031_ENUM_VALUE_AS_STRING(Severity.WARNING, "non-string enum value used as a string"),
  /** Warning: two schemas map to one Java type name; the later one is renamed. */
  W040_SCHEMA_NAME_TAKEN(
      Severity.WARNING, "two schemas map to one Java type name; the later one is renamed"),
  /** Warning: two properties map to one Java name; the later one is renamed. */
  W041_PROPERTY_NAME_TAKEN(
      Severity.WARNING, "two properties map to one Java name; the later one is renamed"),
  /**
   * Warning: {@code $ref} that does not name a schema under {@code #/components/schemas}, typed as
   * {@code Object}.
   */
  W042_REF_NOT_A_SCHEMA(
      Severity.WARNING,
      "`$ref` that does not name a schema under `#/components/schemas`, typed as `Object`"),
  /** Warning: two enum values map to one constant; the later one is renamed. */
  W043_ENUM_CONSTANT_TAKEN(
      Severity.WARNING, "two enum values map to one constant; the later one is renamed"),
  /** Warning: a union lists the same variant twice; the repeat is ignored. */
  W044_DUPLICATE_VARIANT(
      Severity.WARNING, "a union lists the same variant twice; the repeat is ignored"),
  /**
   * Warning: two webhook event records or two credential setters map to one Java name; the later
   * one is renamed.
   */
  W045_CLIENT_NAME_TAKEN(
      Severity.WARNING,
      "two webhook event records or two credential setters map to one Java name; the later one is renamed"),
  /**
   * Warning: the spec's {@code info.title} is generic ("public", "API", one lower-case word); name
   * the client with {@code --client-name}.
   */
  W049_GENERIC_CLIENT_NAME(
      Severity.WARNING,
      "the spec's `info.title` is generic (\"public\", \"API\", one lower-case word); name the client with `--client-name`"),
  /** Error: invalid package name. */
  E050_INVALID_PACKAGE(Severity.ERROR, "invalid package name"),
  /** Error: invalid client name. */
  E051_INVALID_CLIENT_NAME(Severity.ERROR, "invalid client name"),
  /** Error: invalid type-name override (empty schema name, or not a legal Java type name). */
  E052_INVALID_TYPE_NAME(
      Severity.ERROR,
      "invalid type-name override (empty schema name, or not a legal Java type name)"),
  /** Warning: type-name override for a schema the spec does not have. */
  W052_UNKNOWN_SCHEMA(Severity.WARNING, "type-name override for a schema the spec does not have"),
  /**
   * Error: invalid operation-name override (empty operationId, or not a legal Java method name).
   */
  E053_INVALID_OPERATION_NAME(
      Severity.ERROR,
      "invalid operation-name override (empty operationId, or not a legal Java method name)"),
  /** Warning: operation-name override for an operationId the spec does not have. */
  W053_UNKNOWN_OPERATION(
      Severity.WARNING, "operation-name override for an operationId the spec does not have"),
  /** Error: the spec path names a folder, not a file. */
  E054_SPEC_NOT_A_FILE(Severity.ERROR, "the spec path names a folder, not a file"),
  /** Error: the output path names a file, not a folder. */
  E055_OUTPUT_NOT_A_FOLDER(Severity.ERROR, "the output path names a file, not a folder"),
  /**
   * Error: the names file is missing, not YAML, or not {@code operations:}/{@code schemas:}
   * mappings.
   */
  E056_INVALID_NAMES_FILE(
      Severity.ERROR,
      "the names file is missing, not YAML, or not `operations:`/`schemas:` mappings"),
  /** Error: the ref root is not a folder, or does not hold the spec. */
  E057_SPEC_OUTSIDE_REF_ROOT(
      Severity.ERROR, "the ref root is not a folder, or does not hold the spec"),
  /** Warning: two operations want one method name; one falls back to its next naming rule. */
  W061_METHOD_NAME_TAKEN(
      Severity.WARNING,
      "two operations want one method name; one falls back to its next naming rule"),
  /**
   * Warning: a security requirement names a scheme {@code components/securitySchemes} lacks; its
   * alternative is never met.
   */
  W062_UNKNOWN_SECURITY_SCHEME(
      Severity.WARNING,
      "a security requirement names a scheme `components/securitySchemes` lacks; its alternative is never met"),
  /** Warning: {@code x-paygen-pagination} on an operation without an object response. */
  W070_PAGINATION_NO_RESPONSE(
      Severity.WARNING, "`x-paygen-pagination` on an operation without an object response"),
  /** Warning: {@code x-paygen-pagination} names no array property of the response. */
  W071_PAGINATION_NO_ITEMS(
      Severity.WARNING, "`x-paygen-pagination` names no array property of the response"),
  /**
   * Warning: cursor {@code x-paygen-pagination} whose {@code has-more} or {@code id} property is
   * missing.
   */
  W072_PAGINATION_NO_CURSOR(
      Severity.WARNING,
      "cursor `x-paygen-pagination` whose `has-more` or `id` property is missing"),
  /** Error: {@code x-paygen-name} is not a name (a string with a letter or digit). */
  E080_INVALID_X_PAYGEN_NAME(
      Severity.ERROR, "`x-paygen-name` is not a name (a string with a letter or digit)"),
  /** Error: {@code x-paygen-pagination} is not a valid page description. */
  E081_INVALID_X_PAYGEN_PAGINATION(
      Severity.ERROR, "`x-paygen-pagination` is not a valid page description"),
  /** Error: {@code x-paygen-environment} is not a name (a string with a letter or digit). */
  E082_INVALID_X_PAYGEN_ENVIRONMENT(
      Severity.ERROR, "`x-paygen-environment` is not a name (a string with a letter or digit)"),
  /**
   * Error: {@code x-paygen-env} is not an environment variable name (or {@code {username,
   * password}} for http basic).
   */
  E083_INVALID_X_PAYGEN_ENV(
      Severity.ERROR,
      "`x-paygen-env` is not an environment variable name (or `{username, password}` for http basic)"),
  /** Error: {@code x-paygen-env-base-url} is not an environment variable name. */
  E084_INVALID_X_PAYGEN_ENV_BASE_URL(
      Severity.ERROR, "`x-paygen-env-base-url` is not an environment variable name"),
  /** Error: {@code x-paygen-webhook-secret-env} is not an environment variable name. */
  E085_INVALID_X_PAYGEN_WEBHOOK_SECRET_ENV(
      Severity.ERROR, "`x-paygen-webhook-secret-env` is not an environment variable name"),
  /** Error: {@code x-paygen-client-name} is not a name (a string with a letter or digit). */
  E086_INVALID_X_PAYGEN_CLIENT_NAME(
      Severity.ERROR, "`x-paygen-client-name` is not a name (a string with a letter or digit)"),
  /** Error: a bug in paygen (reported with the spec, never as a stack trace). */
  E900_UNEXPECTED(
      Severity.ERROR, "a bug in paygen (reported with the spec, never as a stack trace)"),
  /** Error: the output folder could not be read, written or cleaned. */
  E901_OUTPUT_IO(Severity.ERROR, "the output folder could not be read, written or cleaned"),
  /**
   * Error: an output file paygen did not generate differs and is left alone (use {@code --force}).
   */
  E902_NOT_OWNED(
      Severity.ERROR,
      "an output file paygen did not generate differs and is left alone (use `--force`)");
  // CPD-ON

  private final Severity severity;
  private final String meaning;

  DiagnosticCode(Severity severity, String meaning) {
    this.severity = severity;
    this.meaning = meaning;
  }

  /** {@return the code users see and search for, such as {@code PAYGEN-E010}} */
  public String code() {
    return "PAYGEN-" + shortCode();
  }

  /** {@return the code without its prefix, such as {@code E010}, as README.md lists it} */
  public String shortCode() {
    return name().substring(0, name().indexOf('_'));
  }

  /**
   * {@return how serious a diagnostic with this code is: an error fails generation, a warning does
   * not}
   */
  public Severity severity() {
    return severity;
  }

  /** {@return what the code means, in one line (Markdown, as README.md shows it)} */
  public String meaning() {
    return meaning;
  }

  /**
   * Looks a code up by its text.
   *
   * @param code the text of a code, such as {@code PAYGEN-E010}
   * @return the code whose text is {@code code}, or empty if there is none
   */
  public static Optional<DiagnosticCode> fromCode(String code) {
    return Arrays.stream(values()).filter(c -> c.code().equals(code)).findFirst();
  }

  /**
   * {@return whether a diagnostic with this code is the build's fault (a crash or an I/O failure),
   * not the spec's}
   */
  public boolean isBuildFault() {
    return this == E900_UNEXPECTED || this == E901_OUTPUT_IO;
  }
}
