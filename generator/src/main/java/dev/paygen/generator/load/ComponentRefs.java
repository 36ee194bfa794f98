package dev.paygen.generator.load;

import dev.paygen.generator.DiagnosticCode;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The one place a {@code $ref} to a component is looked up: schemas, parameters, request bodies and
 * responses alike. A ref is read as a URI fragment holding a JSON pointer (RFC 6901 section 6):
 * percent-decoded first, then split on {@code /}, then {@code ~1} and {@code ~0} unescaped, so
 * {@code #/components/schemas/a~1b} names the schema {@code a/b} and {@code #/components/schemas/Pay%20ment}
 * names {@code Pay ment}. A ref that names no component of the kind asked for is reported once, at
 * the {@code $ref} itself: {@code PAYGEN-E010} when the component does not exist; {@code PAYGEN-W042}
 * for a schema ref that points elsewhere in the document (typed as {@code Object}, as before), and
 * {@code PAYGEN-E015} for a parameter, body or response ref that does (it cannot be read, and dropping
 * it would lose a part of the request).
 *
 * <p>{@link RefScanner} has already checked that every ref points at something; what is left to
 * miss here is a ref to a place that is not a component of the expected kind (a path's parameter, a
 * schema's property).
 */
// Swagger Parser's model is raw-typed (Schema); generics would only add casts here.
@SuppressWarnings("rawtypes")
final class ComponentRefs {
  /** The sections of {@code #/components} that operations and schemas refer to. */
  enum Section {
    SCHEMAS("schemas", "schema"),
    PARAMETERS("parameters", "parameter"),
    REQUEST_BODIES("requestBodies", "request body"),
    RESPONSES("responses", "response");

    private final String key;
    private final String noun;

    Section(String key, String noun) {
      this.key = key;
      this.noun = noun;
    }

    /** {@code #/components/<key>}, as messages name the section. */
    String section() {
      return "#/components/" + key;
    }
  }

  private final Components components;
  private final Report report;
  private final Set<String> reported = new HashSet<>();

  ComponentRefs(Components components, Report report) {
    this.components = components == null ? new Components() : components;
    this.report = report;
  }

  /**
   * The name of the component {@code ref} points at in {@code section}, decoded; null when it
   * points elsewhere (another section, deeper into a component, another file).
   */
  static String name(String ref, Section section) {
    if (ref == null || !ref.startsWith("#")) {
      return null;
    }
    String[] tokens = RefScanner.decode(ref.substring(1)).split("/", -1);
    if (tokens.length != 4
        || !tokens[0].isEmpty()
        || !tokens[1].equals("components")
        || !tokens[2].equals(section.key)) {
      return null;
    }
    return tokens[3].replace("~1", "/").replace("~0", "~");
  }

  /** The schemas under {@code #/components/schemas}, by name (empty when there are none). */
  Map<String, Schema> schemas() {
    return components.getSchemas() == null ? Map.of() : components.getSchemas();
  }

  /**
   * The schema {@code ref} names, or null after reporting the miss.
   *
   * @param pointer where the {@code $ref} is: the pointer of the object holding it
   */
  Schema schema(String ref, String pointer) {
    if (name(ref, Section.SCHEMAS) == null) {
      if (reported.add(pointer)) {
        report.warning(
            DiagnosticCode.W042_REF_NOT_A_SCHEMA,
            pointer,
            "$ref '" + ref + "' does not name a schema"
                + " under #/components/schemas; it is typed as Object",
            "point the $ref at #/components/schemas/<Name>");
      }
      return null;
    }
    return lookup(schemas(), Section.SCHEMAS, ref, pointer);
  }

  /** {@code parameter} itself, or the component its {@code $ref} names, or null after reporting the miss. */
  Parameter parameter(Parameter parameter, String pointer) {
    return parameter.get$ref() == null
        ? parameter
        : lookup(components.getParameters(), Section.PARAMETERS, parameter.get$ref(), pointer);
  }

  /** {@code body} itself, or the component its {@code $ref} names, or null after reporting the miss. */
  RequestBody requestBody(RequestBody body, String pointer) {
    return body.get$ref() == null
        ? body
        : lookup(components.getRequestBodies(), Section.REQUEST_BODIES, body.get$ref(), pointer);
  }

  /** {@code response} itself, or the component its {@code $ref} names, or null after reporting the miss. */
  ApiResponse response(ApiResponse response, String pointer) {
    return response.get$ref() == null
        ? response
        : lookup(components.getResponses(), Section.RESPONSES, response.get$ref(), pointer);
  }

  private <T> T lookup(Map<String, T> section, Section kind, String ref, String pointer) {
    String name = name(ref, kind);
    T found = name == null || section == null ? null : section.get(name);
    if (found == null && reported.add(pointer)) {
      if (name == null) {
        report.error(
            DiagnosticCode.E015_REF_NOT_A_COMPONENT,
            pointer + "/$ref",
            "$ref '" + ref + "' does not name a " + kind.noun + " under " + kind.section()
                + "; paygen reads " + kind.noun + " refs only from there",
            "move the definition under " + kind.section() + "/<Name> and point the $ref at it");
      } else {
        report.error(
            DiagnosticCode.E010_DANGLING_REF,
            pointer + "/$ref",
            "dangling $ref '" + ref + "': no " + kind.noun + " named '" + name + "' under "
                + kind.section(),
            "point the $ref at an existing definition, " + kind.section() + "/<Name>");
      }
    }
    return found;
  }
}
