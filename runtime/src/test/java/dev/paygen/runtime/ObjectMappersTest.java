package dev.paygen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the mapper of generated clients does to values no schema types. */
class ObjectMappersTest {
  private final ObjectMapper mapper = ObjectMappers.create();

  @Test
  void unknownFieldsKeepTheirDecimalsAsWrittenOnARoundTrip() throws Exception {
    // Records keep unknown fields as JsonNode; a double would write 1.10 back as 1.1 and round
    // 0.1 + 0.2-style amounts.
    String json = "{\"fee\":1.10,\"rate\":0.30000000000000004441,\"count\":3}";

    JsonNode node = mapper.readTree(json);

    assertThat(mapper.writeValueAsString(node)).isEqualTo(json);
  }

  @Test
  void freeFormObjectsReadDecimalsAsBigDecimal() throws Exception {
    Map<?, ?> map = mapper.readValue("{\"amount\":19.90}", Map.class);

    assertThat(map.get("amount")).isEqualTo(new BigDecimal("19.90"));
  }
}
