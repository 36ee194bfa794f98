package dev.paygen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paygen.generator.support.CompiledSpecs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A list whose items may be null keeps its null items through a record's builder and a params
 * builder, as the record's own constructor does. Regression: the builders copied such lists with
 * {@code List.copyOf}, which throws on a null item the record accepts.
 */
class BuilderNullItemsTest {
  private static CompiledSpecs.Compiled compiled;

  @BeforeAll
  static void compile(@TempDir Path dir) throws IOException {
    Path spec = Files.writeString(dir.resolve("spec.yaml"), """
        openapi: 3.1.0
        info: {title: Shop, version: "1"}
        paths:
          /pets:
            get:
              tags: [pets]
              operationId: list
              parameters:
                - name: labels
                  in: query
                  schema: {type: array, items: {type: [string, "null"]}}
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Tagged'}
        components:
          schemas:
            Tagged:
              type: object
              properties:
                tags: {type: array, items: {type: [string, "null"]}}
        """);
    compiled =
        CompiledSpecs.compile("null items spec", CompiledSpecs.generate(spec, "com.acme.shop"));
  }

  @Test
  void aRecordBuilderKeepsNullItemsTheRecordAccepts() throws Exception {
    List<?> given = Arrays.asList("a", null);
    Class<?> record = compiled.load("com.acme.shop.model.Tagged");

    Object direct = record.getConstructor(List.class).newInstance(given);
    Object built = build(record, "tags", given);

    assertThat(record.getMethod("tags").invoke(direct)).isEqualTo(given);
    assertThat(record.getMethod("tags").invoke(built)).isEqualTo(given);
  }

  @Test
  void aParamsBuilderKeepsNullItemsTheParamsRecordAccepts() throws Exception {
    List<?> given = Arrays.asList("a", null);
    Class<?> params = compiled.load("com.acme.shop.service.PetsListParams");

    Object direct = params.getConstructor(List.class).newInstance(given);
    Object built = build(params, "labels", given);

    assertThat(params.getMethod("labels").invoke(direct)).isEqualTo(given);
    assertThat(params.getMethod("labels").invoke(built)).isEqualTo(given);
  }

  private static Object build(Class<?> type, String setter, List<?> value) throws Exception {
    Object builder = type.getMethod("builder").invoke(null);
    builder.getClass().getMethod(setter, List.class).invoke(builder, value);
    return builder.getClass().getMethod("build").invoke(builder);
  }
}
