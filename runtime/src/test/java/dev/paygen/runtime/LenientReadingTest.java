package dev.paygen.runtime;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, item 5, over HTTP: responses are read leniently unless the client is strict; request
 * bodies are validated before anything is sent.
 */
class LenientReadingTest extends WireMockTestBase {
  private static final TypeReference<Models.ChargeList> CHARGES = new TypeReference<>() {};
  private static final String PAGE =
      "{\"items\":[{\"brand_id\":\"b\",\"amount\":1},{\"amount\":\"lots\"}]}";

  private static final TypeReference<Models.CounterList> COUNTERS = new TypeReference<>() {};
  private static final String OUT_OF_RANGE = "{\"items\":["
      + "{\"small\":2147483648,\"big\":9223372036854775808},{\"small\":7,\"big\":8}]}";

  private static ApiRequest list() {
    return ApiRequest.builder("GET", "/charges").build();
  }

  @Test
  void aResponseWithAMissingAndAWrongTypedFieldStillReads() {
    wm.stubFor(get("/charges").willReturn(okJson(PAGE)));

    Models.ChargeList page = client().execute(list(), CHARGES, RequestOptions.none());

    assertThat(page.items())
        .containsExactly(new Models.Charge("b", 1L), new Models.Charge(null, null));
    assertThat(page.validate())
        .extracting(Violation::path)
        .containsExactly("$.items[1].brand_id", "$.items[1].amount");
  }

  @Test
  void aStrictClientRejectsAResponseListingEveryPath() {
    wm.stubFor(get("/charges").willReturn(okJson(PAGE)));
    ApiClient strict = new ApiClient(options().strictResponses(true).build());

    assertThatThrownBy(() -> strict.execute(list(), CHARGES, RequestOptions.none()))
        .isInstanceOfSatisfying(InvalidResponseException.class, e -> {
          assertThat(e.violations())
              .extracting(Violation::path)
              .containsExactly("$.items[1].amount", "$.items[1].brand_id", "$.items[1].amount");
          assertThat(e.path()).isEqualTo("$.items[1].amount");
          assertThat(e.getMessage())
              .contains("GET /charges")
              .contains("$.items[1].amount expected Long, but was \"lots\" (read as null)")
              .contains("$.items[1].brand_id is required, but is missing");
        });
  }

  @Test
  void aNumberOutOfItsTypesRangeReadsAsNullAndTheRestOfThePageStillReads() {
    // An int32 field sent 2^31 and an int64 one sent 2^63 used to fail the whole page.
    wm.stubFor(get("/counters").willReturn(okJson(OUT_OF_RANGE)));

    Models.CounterList page = client()
        .execute(ApiRequest.builder("GET", "/counters").build(), COUNTERS, RequestOptions.none());

    assertThat(page.items())
        .containsExactly(new Models.Counter(null, null), new Models.Counter(7, 8L));
  }

  @Test
  void aStrictClientRejectsANumberOutOfRangeNamingItsPath() {
    wm.stubFor(get("/counters").willReturn(okJson(OUT_OF_RANGE)));
    ApiClient strict = new ApiClient(options().strictResponses(true).build());

    assertThatThrownBy(() -> strict.execute(
            ApiRequest.builder("GET", "/counters").build(), COUNTERS, RequestOptions.none()))
        .isInstanceOfSatisfying(InvalidResponseException.class, e -> {
          assertThat(e.violations())
              .extracting(Violation::path)
              .containsExactly("$.items[0].small", "$.items[0].big");
          assertThat(e.getMessage())
              .contains("$.items[0].small expected Integer, but was 2147483648 (read as null)")
              .contains("$.items[0].big expected Long, but was 9223372036854775808 (read as null)");
        });
  }

  @Test
  void aStrictClientReadsAValidResponse() {
    wm.stubFor(
        get("/charges").willReturn(okJson("{\"items\":[{\"brand_id\":\"b\",\"amount\":1}]}")));
    ApiClient strict = new ApiClient(options().strictResponses(true).build());

    assertThat(strict.execute(list(), CHARGES, RequestOptions.none()).items()).hasSize(1);
  }

  @Test
  void aRequestBodyMissingARequiredValueIsRefusedBeforeAnythingIsSent() {
    ApiRequest create = ApiRequest.builder("POST", "/charges")
        .body(new Models.ChargeList(List.of(new Models.Charge(null, 5L))))
        .build();

    assertThatThrownBy(() -> client().execute(create, null, RequestOptions.none()))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> assertThat(e.violations())
                .containsExactly(
                    new Violation("$.items[0].brand_id", "is required, but is missing")))
        .hasMessage(
            "Invalid body of POST /charges: $.items[0].brand_id is required, but is missing");
    assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }
}
