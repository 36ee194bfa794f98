package dev.paygen.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paygen.generator.load.LoadedSpec;
import dev.paygen.generator.load.SpecLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The growth benchmark's input: N renamed copies of the full Dodo document in one valid spec. */
class SyntheticSpecTest {
  static final Path DODO =
      Path.of("..", "specs", "upstream", "dodopayments-openapi-v1.86.0.documented.yml");

  static JsonNode source;

  @BeforeAll
  static void readSource() throws IOException {
    source = SyntheticSpec.read(DODO);
  }

  @Test
  void threeCopiesHaveThreeTimesThePathsSchemasOperationsAndWebhooks() {
    ObjectNode one = SyntheticSpec.copies(source, 1);
    ObjectNode three = SyntheticSpec.copies(source, 3);

    assertThat(one.get("paths").size()).isEqualTo(source.get("paths").size()).isGreaterThan(50);
    assertThat(one.at("/components/schemas").size())
        .isEqualTo(source.at("/components/schemas").size());
    assertThat(three.get("paths").size()).isEqualTo(3 * one.get("paths").size());
    assertThat(three.at("/components/schemas").size())
        .isEqualTo(3 * one.at("/components/schemas").size());
    assertThat(three.get("webhooks").size()).isEqualTo(3 * one.get("webhooks").size());
    assertThat(three.get("tags").size()).isEqualTo(3 * one.get("tags").size());
    assertThat(operationIds(three)).hasSize(3 * operationIds(one).size()).doesNotHaveDuplicates();
    // One API, one way to authenticate: the security schemes are shared, not copied.
    assertThat(three.at("/components/securitySchemes"))
        .isEqualTo(source.at("/components/securitySchemes"));
    assertThat(three.get("paths").has("/copy3/payments")).isTrue();
    assertThat(three.at("/components/schemas").has("PaymentResponseCopy2")).isTrue();
  }

  @Test
  void everyRefOfThreeCopiesResolvesToItsOwnCopy() {
    ObjectNode three = SyntheticSpec.copies(source, 3);
    List<String> refs = new ArrayList<>();
    collectRefs(three, refs);

    assertThat(refs).hasSize(3 * countRefs(source));
    for (String ref : refs) {
      assertThat(ref).startsWith("#/components/schemas/").containsPattern("Copy[123]$");
      assertThat(three.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
    }
  }

  @Test
  void threeCopiesLoadWithoutAnyDiagnostic(@TempDir Path dir) throws IOException {
    Path spec = dir.resolve("dodo-x3.json");
    SyntheticSpec.main(new String[] {DODO.toString(), "3", spec.toString()});

    LoadedSpec loaded = SpecLoader.load(spec, false);

    assertThat(loaded.diagnostics()).isEmpty();
    assertThat(loaded.hasErrors()).isFalse();
    assertThat(loaded.openApi().getPaths()).hasSize(3 * source.get("paths").size());
    assertThat(loaded.openApi().getComponents().getSchemas())
        .hasSize(3 * source.at("/components/schemas").size());
    assertThat(new ObjectMapper().readTree(Files.readString(spec)))
        .isEqualTo(SyntheticSpec.copies(source, 3));
  }

  private static List<String> operationIds(JsonNode doc) {
    List<String> ids = new ArrayList<>();
    for (String section : List.of("paths", "webhooks")) {
      doc.get(section)
          .forEach(item -> item.forEach(op -> {
            if (op.has("operationId")) {
              ids.add(op.get("operationId").asText());
            }
          }));
    }
    return ids;
  }

  private static int countRefs(JsonNode node) {
    List<String> refs = new ArrayList<>();
    collectRefs(node, refs);
    return refs.size();
  }

  private static void collectRefs(JsonNode node, List<String> refs) {
    if (node.isObject() && node.path("$ref").isTextual()) {
      refs.add(node.get("$ref").asText());
    }
    node.forEach(child -> collectRefs(child, refs));
  }
}
