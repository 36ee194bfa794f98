package dev.paygen.runtime;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The escape hatches of {@link RequestOptions}: fields and parameters a spec lacks, and the raw
 * response beside the typed result.
 */
class EscapeHatchesTest extends WireMockTestBase {
  private static final TypeReference<Models.Session> SESSION = new TypeReference<>() {};
  private static final String CREATED = "{\"session_id\":\"cks_1\"}";

  private static ApiRequest createSession() {
    return ApiRequest.builder("POST", "/checkouts")
        .body(new Models.CreateSession(List.of(new Models.Item("pdt_1", 2)), null))
        .build();
  }

  /** Dodo's guides send discount_codes on a checkout session; the 1.86.0 spec lacks it. */
  @Test
  void extraBodyPropertyIsSent() {
    wm.stubFor(post("/checkouts").willReturn(aResponse().withStatus(200).withBody(CREATED)));

    client()
        .execute(
            createSession(),
            SESSION,
            RequestOptions.builder()
                .extraBodyProperty("discount_codes", List.of("WELCOME10"))
                .extraBodyProperty("metadata", Map.of("order", "42"))
                .extraBodyProperty("return_url", null) // replaces, and null is sent as null
                .build());

    wm.verify(postRequestedFor(urlEqualTo("/checkouts"))
        .withRequestBody(equalToJson(
            "{\"product_cart\":[{\"product_id\":\"pdt_1\",\"quantity\":2}],"
                + "\"discount_codes\":[\"WELCOME10\"],\"metadata\":{\"order\":\"42\"},"
                + "\"return_url\":null}",
            false,
            false)));
  }

  @Test
  void extraBodyPropertyIsAddedAsAFormField() {
    wm.stubFor(post("/tokens").willReturn(aResponse().withStatus(204)));
    ApiRequest form = ApiRequest.builder("POST", "/tokens")
        .formBody(Map.of("grant_type", "x"))
        .build();

    client()
        .execute(
            form,
            null,
            RequestOptions.builder().extraBodyProperty("scope", "read write").build());

    wm.verify(postRequestedFor(urlEqualTo("/tokens"))
        .withRequestBody(equalTo("grant_type=x&scope=read%20write")));
  }

  @Test
  void extraBodyPropertyOnABodyThatIsNotAnObjectIsAClearError() {
    RequestOptions options = RequestOptions.builder().extraBodyProperty("x", 1).build();
    ApiRequest list = ApiRequest.builder("POST", "/ids").body(List.of("a")).build();
    ApiRequest none = ApiRequest.builder("GET", "/ids").build();

    assertThatThrownBy(() -> client().execute(list, null, options))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("POST /ids")
        .hasMessageContaining("a JSON array, not a JSON object");
    assertThatThrownBy(() -> client().execute(none, null, options))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no body");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void extraQueryParamIsSent() {
    wm.stubFor(get(urlPathEqualTo("/payments")).willReturn(aResponse().withStatus(204)));
    ApiRequest request = ApiRequest.builder("GET", "/payments")
        .queryParam("page_size", 10)
        .queryParam("created", Map.of("gte", "2026"), ParamStyle.DEEP_OBJECT, true)
        .queryParam("status", "failed")
        .build();

    client()
        .execute(
            request,
            null,
            RequestOptions.builder()
                .extraQueryParam("expand", List.of("customer", "refunds")) // one the spec lacks
                .extraQueryParam("page_size", 50) // overrides the generated one
                .extraQueryParam("created", "today") // and its style
                .extraQueryParam("status", null) // null removes it
                .build());

    wm.verify(getRequestedFor(
        urlEqualTo("/payments?page_size=50&created=today&expand=customer&expand=refunds")));
  }

  @Test
  void extraQueryParamNeverReplacesACredential() {
    wm.stubFor(get(urlPathEqualTo("/payments")).willReturn(aResponse().withStatus(204)));
    ApiClient client =
        new ApiClient(options().auth(Auth.apiKeyQuery("api_key", "SECRET")).build());

    client.execute(
        ApiRequest.builder("GET", "/payments").build(),
        null,
        RequestOptions.builder().extraQueryParam("api_key", "other").build());

    wm.verify(getRequestedFor(urlEqualTo("/payments?api_key=SECRET")));
  }

  @Test
  void rawResponseGivesStatusAndHeaders() {
    wm.stubFor(post("/checkouts")
        .willReturn(aResponse()
            .withStatus(201)
            .withHeader("X-RateLimit-Remaining", "99")
            .withHeader("Set-Cookie", "a=1", "b=2")
            .withBody(CREATED)));
    AtomicReference<RawResponse> raw = new AtomicReference<>();

    Models.Session session = client()
        .execute(
            createSession(),
            SESSION,
            RequestOptions.builder().onResponse(raw::set).build());

    assertThat(session.sessionId()).isEqualTo("cks_1");
    assertRateLimited(raw.get());
  }

  @Test
  void rawResponseGivesStatusAndHeadersAsync() {
    wm.stubFor(post("/checkouts")
        .willReturn(aResponse()
            .withStatus(201)
            .withHeader("X-RateLimit-Remaining", "99")
            .withHeader("Set-Cookie", "a=1", "b=2")
            .withBody(CREATED)));
    AtomicReference<RawResponse> raw = new AtomicReference<>();

    Models.Session session = client()
        .executeAsync(
            createSession(),
            SESSION,
            RequestOptions.builder().onResponse(raw::set).build())
        .join();

    assertThat(session.sessionId()).isEqualTo("cks_1");
    assertRateLimited(raw.get());
  }

  private static void assertRateLimited(RawResponse raw) {
    assertThat(raw.statusCode()).isEqualTo(201);
    assertThat(raw.header("x-ratelimit-remaining")).contains("99");
    assertThat(raw.headers().get("SET-COOKIE")).containsExactly("a=1", "b=2");
    assertThat(raw.header("X-Absent")).isEmpty();
    assertThat(new String(raw.body(), StandardCharsets.UTF_8)).isEqualTo(CREATED);
    assertThat(raw.bodyText()).isEqualTo(CREATED);
    // the response only: nothing the client sent, so no credential
    assertThat(raw.headers()).doesNotContainKey("Authorization");
    assertThat(raw.toString()).doesNotContain(TOKEN);
  }

  @Test
  void rawResponseIsTheFinalOneAfterRetriesAndOnErrors() {
    wm.stubFor(get("/flaky")
        .inScenario("retry")
        .willReturn(aResponse().withStatus(503))
        .willSetStateTo("second"));
    wm.stubFor(get("/flaky")
        .inScenario("retry")
        .whenScenarioStateIs("second")
        .willReturn(aResponse()
            .withStatus(404)
            .withHeaders(new HttpHeaders(new HttpHeader("Request-Id", "req_9")))
            .withBody("{\"message\":\"gone\"}")));
    List<RawResponse> seen = new CopyOnWriteArrayList<>();

    assertThatThrownBy(() -> client()
            .execute(
                ApiRequest.builder("GET", "/flaky").build(),
                SESSION,
                RequestOptions.builder().onResponse(seen::add).build()))
        .isInstanceOf(NotFoundException.class);

    assertThat(seen).hasSize(1); // the 503 was retried: not a final response
    assertThat(seen.get(0).statusCode()).isEqualTo(404);
    assertThat(seen.get(0).header("request-id")).contains("req_9");
  }

  @Test
  void rawResponseIsGivenForEveryPage() {
    wm.stubFor(get("/payments?page_size=1")
        .willReturn(aResponse().withStatus(200).withBody("{\"items\":[{\"payment_id\":\"p1\"}]}")));
    wm.stubFor(get("/payments?page_size=1&page_number=1")
        .willReturn(aResponse().withStatus(200).withBody("{\"items\":[]}")));
    List<Integer> statuses = new ArrayList<>();

    client()
        .page(
            ApiRequest.builder("GET", "/payments").queryParam("page_size", 1).build(),
            new TypeReference<Models.PaymentList>() {},
            Paginator.pageNumber("page_number", 0, "page_size", Models.PaymentList::items),
            RequestOptions.builder()
                .onResponse(r -> statuses.add(r.statusCode()))
                .build())
        .autoPager()
        .forEach(p -> {});

    assertThat(statuses).containsExactly(200, 200);
  }
}
