package dev.paygen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paygen.generator.support.CompiledSpecs;
import dev.paygen.runtime.ObjectMappers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Map properties ({@code additionalProperties}, free-form objects) read and write their entries as received. */
class MapJsonTest {
  private static final ObjectMapper MAPPER = ObjectMappers.create();

  private static Class<?> product;

  @BeforeAll
  static void compile(@TempDir Path dir) throws IOException {
    Path spec = dir.resolve("spec.yaml");
    Files.writeString(spec, """
        openapi: 3.0.3
        info: {title: Shop, version: "1"}
        paths: {}
        components:
          schemas:
            product:
              type: object
              properties:
                metadata:
                  type: object
                  additionalProperties: {type: string}
                attributes:
                  type: object
        """);
    product = CompiledSpecs.compile("map spec", CompiledSpecs.generate(spec, "com.acme.shop"))
        .load("com.acme.shop.model.Product");
  }

  @Test
  void aFreeFormObjectKeepsItsEntriesInOrderWithNulls() throws IOException {
    String json = "{\"attributes\":{\"e\":1,\"d\":null,\"c\":\"x\",\"b\":[true],\"a\":{\"z\":0}}}";

    assertThat(MAPPER.writeValueAsString(MAPPER.readValue(json, product))).isEqualTo(json);
  }

  @Test
  void aTypedMapKeepsItsEntriesInOrder() throws IOException {
    String json = "{\"metadata\":{\"e\":\"5\",\"d\":\"4\",\"c\":\"3\",\"b\":\"2\",\"a\":\"1\"}}";

    assertThat(MAPPER.writeValueAsString(MAPPER.readValue(json, product))).isEqualTo(json);
  }
}
