package dev.paygen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
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

  /** A type only the application's module knows how to write. */
  static final class Sku {
    private final String code;

    Sku(String code) {
      this.code = code;
    }

    @Override
    public String toString() {
      return "sku:" + code;
    }
  }

  record Line(Sku sku, @Nullable String note, OffsetDateTime at) {}

  @Test
  void userMapperKeepsItsModulesAndGainsPaygenSettings() throws Exception {
    // An application's mapper (Spring Boot's, say) with its own module; paygen must keep the
    // module and add what it needs: absent values not written, ISO dates with their offset,
    // exact decimals, lenient reading.
    ObjectMapper user = JsonMapper.builder()
        .addModule(new SimpleModule("app").addSerializer(Sku.class, ToStringSerializer.instance))
        .build();
    ClientOptions options =
        ClientOptions.builder().baseUrl("http://localhost").jsonMapper(user).build();

    ObjectMapper clientMapper = new ApiClient(options).mapper();

    Line line = new Line(new Sku("A1"), null, OffsetDateTime.parse("2026-01-02T03:04:05+02:00"));
    assertThat(clientMapper.writeValueAsString(line))
        .isEqualTo("{\"sku\":\"sku:A1\",\"at\":\"2026-01-02T03:04:05+02:00\"}");
    assertThat(clientMapper.readValue("{\"amount\":19.90}", Map.class).get("amount"))
        .isEqualTo(new BigDecimal("19.90"));
    assertThat(clientMapper.readValue("{\"count\":\"many\"}", Counted.class).count())
        .isNull();
    assertThat(options.jsonMapper()).isSameAs(user);
    // The application's own mapper is left as it was: it still writes nulls.
    assertThat(user.writeValueAsString(new Counted(null))).isEqualTo("{\"count\":null}");
    assertThat(Objects.requireNonNull(options.toBuilder().build().jsonMapper())).isSameAs(user);
  }

  record Counted(@Nullable Integer count) {}
}
