package dev.paygen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Open enums as the generator emits them: the boilerplate in {@link OpenEnum}, the rest here. */
class OpenEnumTest {
  private final ObjectMapper mapper = ObjectMappers.create();

  /** A string enum listing "active", "paused" and, literally, "UNRECOGNIZED" (named UNRECOGNIZED_2). */
  static final class Status extends OpenEnum<String, Status.Known> {
    static final Status ACTIVE = new Status("active", Known.ACTIVE);
    static final Status PAUSED = new Status("paused", Known.PAUSED);
    static final Status UNRECOGNIZED_2 = new Status("UNRECOGNIZED", Known.UNRECOGNIZED_2);

    private Status(String value, Known known) {
      super(value, known, known != Known.UNRECOGNIZED);
    }

    private static final OpenEnum.Index<Status> index =
        OpenEnum.index(List.of(ACTIVE, PAUSED, UNRECOGNIZED_2));

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Status of(String value) {
      Status listed = index.get(Objects.requireNonNull(value, "Status.of: value is null"));
      return listed != null ? listed : new Status(value, Known.UNRECOGNIZED);
    }

    static List<Status> values() {
      return index.values();
    }

    enum Known {
      ACTIVE,
      PAUSED,
      UNRECOGNIZED_2,
      UNRECOGNIZED
    }
  }

  /** A number enum: 1.5 and 2. */
  static final class Rate extends OpenEnum<BigDecimal, Rate.Known> {
    static final Rate ONE_AND_A_HALF = new Rate(new BigDecimal("1.5"), Known.ONE_AND_A_HALF);
    static final Rate TWO = new Rate(new BigDecimal("2"), Known.TWO);

    private Rate(BigDecimal value, Known known) {
      super(value, known, known != Known.UNRECOGNIZED);
    }

    private static final OpenEnum.Index<Rate> index = OpenEnum.index(List.of(ONE_AND_A_HALF, TWO));

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Rate of(BigDecimal value) {
      Rate listed = index.get(Objects.requireNonNull(value, "Rate.of: value is null"));
      return listed != null ? listed : new Rate(value, Known.UNRECOGNIZED);
    }

    enum Known {
      ONE_AND_A_HALF,
      TWO,
      UNRECOGNIZED
    }
  }

  /** A second enum with the same wire value: never equal to a {@link Status}. */
  static final class Mode extends OpenEnum<String, Mode.Known> {
    private Mode(String value, Known known) {
      super(value, known, known != Known.UNRECOGNIZED);
    }

    enum Known {
      UNRECOGNIZED
    }
  }

  record Subscription(@JsonProperty("status") Status status) {}

  @Test
  void listedConstantEqualsOfTheSameValue() {
    Status read = Status.of("active");
    assertThat(read).isSameAs(Status.ACTIVE);
    Status unknownA = Status.of("cancelled");
    Status unknownB = Status.of("cancelled");
    assertThat(unknownA).isNotSameAs(unknownB).isEqualTo(unknownB).hasSameHashCodeAs(unknownB);
    assertThat(unknownA).isNotEqualTo(Status.ACTIVE);
    assertThat(Status.of("x")).isNotEqualTo(new Mode("x", Mode.Known.UNRECOGNIZED));
    assertThat(Rate.of(new BigDecimal("1.50"))).isSameAs(Rate.ONE_AND_A_HALF);
    Rate threeA = Rate.of(new BigDecimal("3"));
    Rate threeB = Rate.of(new BigDecimal("3.00"));
    assertThat(threeA).isEqualTo(threeB).hasSameHashCodeAs(threeB);
  }

  @Test
  void ofReturnsTheListedConstant() {
    assertThat(Status.of("active")).isSameAs(Status.ACTIVE);
    assertThat(Status.of(new String("paused"))).isSameAs(Status.PAUSED);
    assertThat(Status.of("UNRECOGNIZED")).isSameAs(Status.UNRECOGNIZED_2);
    assertThat(Rate.of(new BigDecimal("2.000"))).isSameAs(Rate.TWO);
    assertThat(Rate.of(new BigDecimal("1.50"))).isSameAs(Rate.ONE_AND_A_HALF);
    assertThat(Rate.of(new BigDecimal("0.15E1"))).isSameAs(Rate.ONE_AND_A_HALF);
    assertThat(Status.values())
        .containsExactly(Status.ACTIVE, Status.PAUSED, Status.UNRECOGNIZED_2);
    assertThat(Status.values()).isSameAs(Status.values());
    assertThatThrownBy(() -> Status.values().add(Status.ACTIVE))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void ofANullValueNamesTheEnum() {
    assertThatThrownBy(() -> Status.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("Status.of: value is null");
  }

  @Test
  void unknownValueIsKept() {
    Status status = Status.of("cancelled");
    assertThat(status.value()).isEqualTo("cancelled");
    assertThat(status.toString()).isEqualTo("cancelled");
    assertThat(status.known()).isEqualTo(Status.Known.UNRECOGNIZED);
    assertThat(status).isNotSameAs(Status.of("cancelled")).isEqualTo(Status.of("cancelled"));
    Rate three = Rate.of(new BigDecimal("3.0"));
    assertThat(three.value()).isEqualTo(new BigDecimal("3.0"));
    assertThat(three.known()).isEqualTo(Rate.Known.UNRECOGNIZED);
  }

  @Test
  void isKnownOnlyForListedValues() {
    assertThat(Status.ACTIVE.isKnown()).isTrue();
    assertThat(Status.of("paused").isKnown()).isTrue();
    assertThat(Status.of("cancelled").isKnown()).isFalse();
    assertThat(Rate.of(new BigDecimal("3")).isKnown()).isFalse();
  }

  @Test
  void jsonWritesAnUnknownValueBackAsRead() throws Exception {
    Subscription read = mapper.readValue("{\"status\":\"cancelled\"}", Subscription.class);
    assertThat(read.status().known()).isEqualTo(Status.Known.UNRECOGNIZED);
    assertThat(mapper.writeValueAsString(read)).isEqualTo("{\"status\":\"cancelled\"}");
    assertThat(mapper.readValue("{\"status\":\"active\"}", Subscription.class).status())
        .isSameAs(Status.ACTIVE);
    assertThat(mapper.writeValueAsString(Rate.of(new BigDecimal("3.00")))).isEqualTo("3.00");
    assertThat(mapper.readValue("1.50", Rate.class)).isSameAs(Rate.ONE_AND_A_HALF);
  }

  @Test
  void valueNamedUnrecognizedStaysListed() throws Exception {
    Status status = mapper.readValue("\"UNRECOGNIZED\"", Status.class);
    assertThat(status).isSameAs(Status.UNRECOGNIZED_2);
    assertThat(status.isKnown()).isTrue();
    assertThat(status.known()).isEqualTo(Status.Known.UNRECOGNIZED_2);
    assertThat(Status.values()).contains(status);
  }
}
