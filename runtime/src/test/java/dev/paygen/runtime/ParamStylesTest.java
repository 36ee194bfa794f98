package dev.paygen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Parameters serialized as OpenAPI {@code style} and {@code explode} say (issue 10, item 1). */
class ParamStylesTest {
  private final PercentEncoder encoder = new PercentEncoder(ObjectMappers.create());

  @JsonPropertyOrder({"currency", "value"})
  record Amount(
      @JsonProperty("currency") String currency,
      @JsonProperty("value") String value) {}

  @JsonPropertyOrder({"gte", "lt", "period"})
  record Range(
      @JsonProperty("gte") Integer gte,
      @JsonProperty("lt") Integer lt,
      @JsonProperty("period") Map<String, Object> period) {}

  private String query(ApiRequest.Builder b) {
    ApiRequest r = b.build();
    return encoder.query(r.queryParams(), r.queryStyles());
  }

  private String path(ApiRequest.Builder b) {
    return b.build().expandPath(encoder);
  }

  private static ApiRequest.Builder get() {
    return ApiRequest.builder("GET", "/x");
  }

  @Test
  void queryFormExplodedArrayRepeats() {
    assertThat(query(get().queryParam("a", List.of(1, 2), ParamStyle.FORM, true)))
        .isEqualTo("a=1&a=2");
  }

  @Test
  void queryFormNotExplodedArrayIsCommaSeparated() {
    assertThat(query(get().queryParam("a", List.of("x,y", "z"), ParamStyle.FORM, false)))
        .isEqualTo("a=x%2Cy,z");
  }

  @Test
  void queryFormExplodedObjectIsOneParameterPerProperty() {
    assertThat(query(get().queryParam("amount", new Amount("EUR", "10.00"))))
        .isEqualTo("currency=EUR&value=10.00");
  }

  @Test
  void queryFormNotExplodedObjectIsKeysAndValues() {
    assertThat(
            query(get().queryParam("amount", new Amount("EUR", "10.00"), ParamStyle.FORM, false)))
        .isEqualTo("amount=currency,EUR,value,10.00");
  }

  @Test
  void querySpaceDelimitedArray() {
    assertThat(query(get().queryParam("a", List.of("1 x", "2"), ParamStyle.SPACE_DELIMITED, false)))
        .isEqualTo("a=1%20x%202");
  }

  @Test
  void queryPipeDelimitedArray() {
    assertThat(query(get().queryParam("a", List.of(1, 2), ParamStyle.PIPE_DELIMITED, false)))
        .isEqualTo("a=1%7C2");
  }

  @Test
  void queryDeepObjectObjectWithNestedObjectAndArray() {
    Map<String, Object> period = new LinkedHashMap<>();
    period.put("from", LocalDate.of(2024, 1, 2));
    period.put("tags", List.of("a&b", "c"));
    assertThat(query(
            get().queryParam("created", new Range(1, null, period), ParamStyle.DEEP_OBJECT, true)))
        .isEqualTo("created%5Bgte%5D=1&created%5Bperiod%5D%5Bfrom%5D=2024-01-02"
            + "&created%5Bperiod%5D%5Btags%5D%5B%5D=a%26b&created%5Bperiod%5D%5Btags%5D%5B%5D=c");
  }

  @Test
  void queryDeepObjectArrayUsesBrackets() {
    assertThat(query(get()
            .queryParam("expand", List.of("data.customer", "x"), ParamStyle.DEEP_OBJECT, true)))
        .isEqualTo("expand%5B%5D=data.customer&expand%5B%5D=x");
  }

  @Test
  void queryStyleSurvivesWithQueryParam() {
    ApiRequest r = get()
        .queryParam("a", List.of(1, 2), ParamStyle.FORM, false)
        .build()
        .withQueryParam("a", List.of(3, 4));
    assertThat(encoder.query(r.queryParams(), r.queryStyles())).isEqualTo("a=3,4");
  }

  private static ApiRequest.Builder item() {
    return ApiRequest.builder("GET", "/items/{id}");
  }

  @Test
  void pathSimpleArray() {
    assertThat(path(item().pathParam("id", List.of("1/2", "3")))).isEqualTo("/items/1%2F2,3");
  }

  @Test
  void pathSimpleObjectAndExplodedObject() {
    Amount a = new Amount("EUR", "10.00");
    assertThat(path(item().pathParam("id", a, ParamStyle.SIMPLE, false)))
        .isEqualTo("/items/currency,EUR,value,10.00");
    assertThat(path(item().pathParam("id", a, ParamStyle.SIMPLE, true)))
        .isEqualTo("/items/currency=EUR,value=10.00");
  }

  @Test
  void pathLabelArray() {
    assertThat(path(item().pathParam("id", List.of(1, 2), ParamStyle.LABEL, false)))
        .isEqualTo("/items/.1,2");
    assertThat(path(item().pathParam("id", List.of(1, 2), ParamStyle.LABEL, true)))
        .isEqualTo("/items/.1.2");
  }

  @Test
  void pathMatrixArrayAndObject() {
    assertThat(path(item().pathParam("id", List.of(1, 2), ParamStyle.MATRIX, false)))
        .isEqualTo("/items/;id=1,2");
    assertThat(path(item().pathParam("id", List.of(1, 2), ParamStyle.MATRIX, true)))
        .isEqualTo("/items/;id=1;id=2");
    assertThat(path(item().pathParam("id", new Amount("EUR", "1"), ParamStyle.MATRIX, true)))
        .isEqualTo("/items/;currency=EUR;value=1");
  }

  @Test
  void headerSimpleArrayAndObject() {
    ApiRequest r = get()
        .header("X-Tags", List.of("t1", "t2"), false)
        .header("X-Amount", new Amount("EUR", "1"), false)
        .header("X-Exploded", new Amount("EUR", "1"), true)
        .header("X-None", null, false)
        .build();
    assertThat(r.headers())
        .containsExactly(
            Map.entry("X-Tags", "t1,t2"),
            Map.entry("X-Amount", "currency,EUR,value,1"),
            Map.entry("X-Exploded", "currency=EUR,value=1"));
  }
}
