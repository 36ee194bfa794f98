package dev.paygen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApiRequestTest {
  private final PercentEncoder encoder = new PercentEncoder(ObjectMappers.create());

  @Test
  void pathParametersAreEncodedAsOneSegment() {
    ApiRequest r = ApiRequest.builder("GET", "/payments/{payment_id}/refunds/{id}")
        .pathParam("payment_id", "../refunds")
        .pathParam("id", "a b?c#d/ü")
        .build();

    assertThat(r.expandPath(encoder))
        .isEqualTo("/payments/..%2Frefunds/refunds/a%20b%3Fc%23d%2F%C3%BC");
  }

  @Test
  void aSegmentOfOnlyDotsCannotClimb() {
    ApiRequest r =
        ApiRequest.builder("GET", "/payments/{id}").pathParam("id", "..").build();

    assertThat(r.expandPath(encoder)).isEqualTo("/payments/%2E%2E");
  }

  @Test
  void missingEmptyOrUnknownPathParametersAreRejected() {
    assertThatThrownBy(() -> ApiRequest.builder("GET", "/payments/{payment_id}").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "path parameter `payment_id` of /payments/{payment_id} is required, but was not set");
    assertThatThrownBy(() -> ApiRequest.builder("GET", "/payments/{id}").pathParam("id", ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ApiRequest.builder("GET", "/payments/{id}").pathParam("id", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("`id` is required, but was null");
    assertThatThrownBy(
            () -> ApiRequest.builder("GET", "/payments").pathParam("id", "x").build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void headerValuesWithCrOrLfAreRejectedNamingTheHeaderNotTheValue() {
    String evil = "secret-value\r\nX-Injected: 1";

    assertThatThrownBy(() -> ApiRequest.builder("GET", "/x").header("X-Trace", evil))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("X-Trace")
        .hasMessageNotContaining("secret-value");
    assertThatThrownBy(() -> ApiRequest.builder("GET", "/x").header("X-Trace", "a\nb"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RequestOptions.builder().header("X-Trace", "a\rb"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("X-Trace");
    assertThatThrownBy(() -> RequestOptions.builder().idempotencyKey("k\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Idempotency-Key");
    assertThatThrownBy(() -> ClientOptions.builder().header("X-Trace", "a\nb"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Auth.bearer("tok\r\nX: y"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Authorization")
        .hasMessageNotContaining("tok");
    assertThatThrownBy(() -> ApiRequest.builder("GET", "/x").header("Bad Name", "v"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void nullHeaderValueIsSkipped() {
    assertThat(ApiRequest.builder("GET", "/x").header("X-Opt", null).build().headers())
        .isEmpty();
  }

  @Test
  void withQueryParamReplacesOneParameterAndKeepsTheRest() {
    ApiRequest r = ApiRequest.builder("GET", "/payments")
        .queryParam("page_number", 0)
        .queryParam("status", List.of("a", "b"))
        .build();

    ApiRequest next = r.withQueryParam("page_number", 1);

    assertThat(next.queryParam("page_number")).contains(1);
    assertThat(next.queryParams().get("status")).containsExactly("a", "b");
    assertThat(r.queryParam("page_number")).contains(0);
    assertThat(r.withQueryParam("status", null).queryParams()).doesNotContainKey("status");
  }

  @Test
  void queryStringEncodesEverythingButUnreservedCharacters() {
    ApiRequest r = ApiRequest.builder("GET", "/x")
        .queryParam("q", "a+b c/é")
        .queryParam("ids", new int[] {1, 2})
        .queryParam("none", java.util.Optional.empty())
        .build();

    assertThat(encoder.query(r.queryParams(), r.queryStyles()))
        .isEqualTo("q=a%2Bb%20c%2F%C3%A9&ids=1&ids=2");
  }
}
