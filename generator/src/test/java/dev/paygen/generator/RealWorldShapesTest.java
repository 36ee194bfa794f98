package dev.paygen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paygen.generator.support.CompiledSpecs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shapes found in public specs (a sweep over the APIs.guru directory) that once produced code javac
 * rejected; each spec here is the smallest that showed the bug, and must now generate and compile
 * with {@code -Xlint:all -Werror}.
 */
class RealWorldShapesTest {
  @TempDir
  Path dir;

  private CompiledSpecs.Compiled compile(String yaml) throws IOException {
    Path spec = dir.resolve("spec.yaml");
    Files.writeString(spec, yaml);
    return CompiledSpecs.compile("spec", CompiledSpecs.generate(spec, "com.acme.api"));
  }

  private static String source(CompiledSpecs.Compiled compiled, String path) {
    return compiled.files().stream()
        .filter(f -> f.relativePath().equals(path))
        .findFirst()
        .orElseThrow()
        .content();
  }

  /** Regression: azure apimanagement (query parameter {@code notify}) and fecru ({@code clone}). */
  @Test
  void parametersNamedLikeObjectMethodsGetATrailingUnderscore() throws IOException {
    CompiledSpecs.Compiled compiled = compile("""
        openapi: 3.0.3
        info: {title: Users, version: "1"}
        paths:
          /users/{id}:
            delete:
              tags: [Users]
              operationId: delete_user
              x-paygen-name: delete_user
              parameters:
                - {name: id, in: path, required: true, schema: {type: string}}
                - {name: notify, in: query, schema: {type: boolean}}
                - {name: clone, in: query, schema: {type: boolean}}
              responses: {"204": {description: gone}}
        """);

    assertThat(source(compiled, "com/acme/api/service/UsersDeleteUserParams.java"))
        .contains("Boolean notify_,")
        .contains("Boolean clone_)");
  }

  /**
   * Regression: Microsoft Graph, where a record listed by a union declared inline in another record
   * implemented it, and javac reported cyclic inheritance. Records listed by an inline union are
   * wrapped; only a top-level union is implemented by its records.
   */
  @Test
  void recordsListedByAnInlineUnionAreWrappedNotImplemented() throws IOException {
    CompiledSpecs.Compiled compiled = compile("""
        openapi: 3.0.3
        info: {title: Graph, version: "1"}
        paths: {}
        components:
          schemas:
            team:
              type: object
              properties:
                info: {oneOf: [{$ref: '#/components/schemas/teamInfo'}, {type: object, additionalProperties: true}]}
            teamInfo:
              type: object
              properties:
                team: {oneOf: [{$ref: '#/components/schemas/team'}, {type: object, additionalProperties: true}]}
        """);

    assertThat(source(compiled, "com/acme/api/model/Team.java"))
        .contains("record TeamInfoValue(@JsonValue TeamInfo value) implements Info")
        .doesNotContain("public record Team(@JsonProperty(\"info\") Team.Info info) implements");
  }

  /** Regression: Microsoft Graph's {@code list} schema, nested type {@code List} shadowed java.util.List. */
  @Test
  void typesNamedLikeImportedTypesAreRenamed() throws IOException {
    CompiledSpecs.Compiled compiled = compile("""
        openapi: 3.0.3
        info: {title: Lists, version: "1"}
        paths: {}
        components:
          schemas:
            List:
              type: object
              properties:
                items: {type: array, items: {type: string}}
                list: {type: object, properties: {template: {type: string}}}
        """);

    assertThat(compiled.files())
        .extracting(f -> f.relativePath())
        .contains("com/acme/api/model/ListModel.java");
    assertThat(source(compiled, "com/acme/api/model/ListModel.java"))
        .contains("record ListModel2(");
  }

  /** Regression: Microsoft Graph operation ids long enough that class file names passed 255 bytes. */
  @Test
  void veryLongNamesAreShortenedPredictablySoClassFilesCanBeWritten() throws IOException {
    String longId =
        "get_" + "identity_governance_entitlement_management_assignments_".repeat(4) + "by_id";
    CompiledSpecs.Compiled compiled = compile("""
        openapi: 3.0.3
        info: {title: Long, version: "1"}
        paths:
          /a:
            get:
              tags: [Things]
              operationId: %1$s
              x-paygen-name: %1$s
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          value:
                            type: array
                            items: {type: object, properties: {deeplyNestedThingWithAVeryLongNameIndeed: {type: object, properties: {x: {type: string}}}}}
        """.formatted(longId));

    List<String> names = compiled.files().stream().map(f -> f.qualifiedName()).toList();
    assertThat(names).allSatisfy(n -> assertThat(n.length()).isLessThan(160));
    assertThat(names).anySatisfy(n -> assertThat(n).matches(".*_[0-9a-f]{8}"));
  }

  /** PayPal's dispute evidence upload: a multipart body is sent as parts, a binary property as a file. */
  @Test
  void multipartBodiesAreSentAsPartsWithBinaryPropertiesAsFiles() throws IOException {
    CompiledSpecs.Compiled compiled = compile("""
        openapi: 3.0.3
        info: {title: Disputes, version: "1"}
        paths:
          /disputes/{id}/provide-evidence:
            post:
              tags: [Disputes]
              operationId: provide_evidence
              x-paygen-name: provide_evidence
              parameters:
                - {name: id, in: path, required: true, schema: {type: string}}
              requestBody:
                content:
                  multipart/form-data:
                    schema:
                      type: object
                      properties:
                        evidence-file: {type: string, format: binary}
                        note: {type: string}
              responses: {"204": {description: accepted}}
        """);

    assertThat(source(compiled, "com/acme/api/model/DisputesProvideEvidenceRequest.java"))
        .contains("@JsonProperty(\"evidence-file\") byte @Nullable [] evidenceFile");
    assertThat(source(compiled, "com/acme/api/service/DisputesServiceImpl.java"))
        .contains(".multipartBody(body)")
        .doesNotContain("UnsupportedOperationException");
  }
}
