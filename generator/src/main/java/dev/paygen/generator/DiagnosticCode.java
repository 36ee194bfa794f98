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
  E001_SPEC_NOT_FOUND(Severity.ERROR, "the spec file is missing or cannot be read"),
  E002_MALFORMED(Severity.ERROR, "malformed YAML or JSON, in the spec or in a file it `$ref`s"),
  E003_EMPTY_SPEC(Severity.ERROR, "the spec file is empty"),
  E004_NOT_OPENAPI(Severity.ERROR, "not an OpenAPI document (no `openapi` or `swagger` field)"),
  E005_PARSER_FAILED(Severity.ERROR, "Swagger Parser could not read the document"),
  E006_PARSER_ERROR(Severity.ERROR, "the parser rejected the document at a location"),
  W006_PARSER_WARNING(Severity.WARNING, "parser warning (e.g. repeated operationId)"),
  E010_DANGLING_REF(Severity.ERROR, "dangling `$ref`"),
  E011_REMOTE_REF_REFUSED(
      Severity.ERROR, "remote `$ref` refused (allow with `--allow-remote-refs`)"),
  E012_REF_OUTSIDE_FOLDER(
      Severity.ERROR,
      "`$ref` to a file outside the ref root (widen it with `--ref-root`, `<refRoot>`, `-Apaygen.refRoot`)"),
  E013_REF_FILE_MISSING(Severity.ERROR, "`$ref` to a file that does not exist"),
  E014_REF_CYCLE(Severity.ERROR, "`$ref` cycle made only of references"),
  E015_REF_NOT_A_COMPONENT(
      Severity.ERROR,
      "parameter, request body or response `$ref` that does not name a component of its kind"),
  E030_ENUM_VALUE_TYPE(Severity.ERROR, "enum value of the wrong type"),
  W031_ENUM_VALUE_AS_STRING(Severity.WARNING, "non-string enum value used as a string"),
  W040_SCHEMA_NAME_TAKEN(
      Severity.WARNING, "two schemas map to one Java type name; the later one is renamed"),
  W041_PROPERTY_NAME_TAKEN(
      Severity.WARNING, "two properties map to one Java name; the later one is renamed"),
  W042_REF_NOT_A_SCHEMA(
      Severity.WARNING,
      "`$ref` that does not name a schema under `#/components/schemas`, typed as `Object`"),
  W043_ENUM_CONSTANT_TAKEN(
      Severity.WARNING, "two enum values map to one constant; the later one is renamed"),
  W044_DUPLICATE_VARIANT(
      Severity.WARNING, "a union lists the same variant twice; the repeat is ignored"),
  W045_CLIENT_NAME_TAKEN(
      Severity.WARNING,
      "two webhook event records or two credential setters map to one Java name; the later one is renamed"),
  W049_GENERIC_CLIENT_NAME(
      Severity.WARNING,
      "the spec's `info.title` is generic (\"public\", \"API\", one lower-case word); name the client with `--client-name`"),
  E050_INVALID_PACKAGE(Severity.ERROR, "invalid package name"),
  E051_INVALID_CLIENT_NAME(Severity.ERROR, "invalid client name"),
  E052_INVALID_TYPE_NAME(
      Severity.ERROR,
      "invalid type-name override (empty schema name, or not a legal Java type name)"),
  W052_UNKNOWN_SCHEMA(Severity.WARNING, "type-name override for a schema the spec does not have"),
  E053_INVALID_OPERATION_NAME(
      Severity.ERROR,
      "invalid operation-name override (empty operationId, or not a legal Java method name)"),
  W053_UNKNOWN_OPERATION(
      Severity.WARNING, "operation-name override for an operationId the spec does not have"),
  E054_SPEC_NOT_A_FILE(Severity.ERROR, "the spec path names a folder, not a file"),
  E055_OUTPUT_NOT_A_FOLDER(Severity.ERROR, "the output path names a file, not a folder"),
  E056_INVALID_NAMES_FILE(
      Severity.ERROR,
      "the names file is missing, not YAML, or not `operations:`/`schemas:` mappings"),
  E057_SPEC_OUTSIDE_REF_ROOT(
      Severity.ERROR, "the ref root is not a folder, or does not hold the spec"),
  W061_METHOD_NAME_TAKEN(
      Severity.WARNING,
      "two operations want one method name; one falls back to its next naming rule"),
  W062_UNKNOWN_SECURITY_SCHEME(
      Severity.WARNING,
      "a security requirement names a scheme `components/securitySchemes` lacks; its alternative is never met"),
  W070_PAGINATION_NO_RESPONSE(
      Severity.WARNING, "`x-paygen-pagination` on an operation without an object response"),
  W071_PAGINATION_NO_ITEMS(
      Severity.WARNING, "`x-paygen-pagination` names no array property of the response"),
  W072_PAGINATION_NO_CURSOR(
      Severity.WARNING,
      "cursor `x-paygen-pagination` whose `has-more` or `id` property is missing"),
  E080_INVALID_X_PAYGEN_NAME(
      Severity.ERROR, "`x-paygen-name` is not a name (a string with a letter or digit)"),
  E081_INVALID_X_PAYGEN_PAGINATION(
      Severity.ERROR, "`x-paygen-pagination` is not a valid page description"),
  E082_INVALID_X_PAYGEN_ENVIRONMENT(
      Severity.ERROR, "`x-paygen-environment` is not a name (a string with a letter or digit)"),
  E083_INVALID_X_PAYGEN_ENV(
      Severity.ERROR,
      "`x-paygen-env` is not an environment variable name (or `{username, password}` for http basic)"),
  E084_INVALID_X_PAYGEN_ENV_BASE_URL(
      Severity.ERROR, "`x-paygen-env-base-url` is not an environment variable name"),
  E085_INVALID_X_PAYGEN_WEBHOOK_SECRET_ENV(
      Severity.ERROR, "`x-paygen-webhook-secret-env` is not an environment variable name"),
  E086_INVALID_X_PAYGEN_CLIENT_NAME(
      Severity.ERROR, "`x-paygen-client-name` is not a name (a string with a letter or digit)"),
  E900_UNEXPECTED(
      Severity.ERROR, "a bug in paygen (reported with the spec, never as a stack trace)"),
  E901_OUTPUT_IO(Severity.ERROR, "the output folder could not be read, written or cleaned"),
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

  /** The code users see and search for, such as {@code PAYGEN-E010}. */
  public String code() {
    return "PAYGEN-" + shortCode();
  }

  /** The code without its prefix, such as {@code E010}, as README.md lists it. */
  public String shortCode() {
    return name().substring(0, name().indexOf('_'));
  }

  public Severity severity() {
    return severity;
  }

  /** What the code means, in one line (Markdown, as README.md shows it). */
  public String meaning() {
    return meaning;
  }

  /** The code whose text is {@code code} ({@code PAYGEN-E010}), if there is one. */
  public static Optional<DiagnosticCode> fromCode(String code) {
    return Arrays.stream(values()).filter(c -> c.code().equals(code)).findFirst();
  }

  /** Whether a diagnostic with this code is the build's fault (a crash or an I/O failure), not the spec's. */
  public boolean isBuildFault() {
    return this == E900_UNEXPECTED || this == E901_OUTPUT_IO;
  }
}
