package dev.paygen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paygen.generator.support.CompiledSpecs;
import dev.paygen.runtime.ObjectMappers;
import dev.paygen.runtime.Validatable;
import dev.paygen.runtime.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What required, optional and nullable mean on the wire for a generated record, with the runtime's
 * mapper: optional and unset is absent; required and nullable is sent as {@code null}; required and
 * missing reads, and {@code validate()} names the property.
 */
class RequiredAndNullableJsonTest {
  private static final ObjectMapper MAPPER = ObjectMappers.create();

  private static Class<?> refund;

  @BeforeAll
  static void compile(@TempDir Path dir) throws IOException {
    Path spec = dir.resolve("spec.yaml");
    Files.writeString(spec, """
        openapi: 3.1.0
        info: {title: Shop, version: "1"}
        paths: {}
        components:
          schemas:
            refund:
              type: object
              required: [id, reason]
              properties:
                id: {type: string}
                reason: {type: [string, "null"]}
                note: {type: string}
        """);
    refund = CompiledSpecs.compile("refund spec", CompiledSpecs.generate(spec, "com.acme.shop"))
        .load("com.acme.shop.model.Refund");
  }

  @Test
  void anOptionalPropertyLeftUnsetIsNotWritten() throws Exception {
    JsonNode json =
        MAPPER.valueToTree(MAPPER.readValue("{\"id\":\"r_1\",\"reason\":\"duplicate\"}", refund));

    assertThat(json.toString()).isEqualTo("{\"id\":\"r_1\",\"reason\":\"duplicate\"}");
  }

  @Test
  void aRequiredNullablePropertySetToNullIsWrittenAsNull() throws Exception {
    JsonNode json =
        MAPPER.valueToTree(MAPPER.readValue("{\"id\":\"r_1\",\"reason\":null}", refund));

    assertThat(json.toString()).isEqualTo("{\"id\":\"r_1\",\"reason\":null}");
  }

  @Test
  void aMissingRequiredPropertyReadsAndValidateNamesIt() throws Exception {
    Object read = MAPPER.readValue("{\"reason\":\"duplicate\"}", refund);

    assertThat(((Validatable) read).validate())
        .containsExactly(new Violation("$.id", "is required, but is missing"));
  }

  @Test
  void aRequiredNullablePropertySetToNullIsValid() throws Exception {
    Object read = MAPPER.readValue("{\"id\":\"r_1\",\"reason\":null}", refund);

    assertThat(((Validatable) read).validate()).isEmpty();
  }
}
