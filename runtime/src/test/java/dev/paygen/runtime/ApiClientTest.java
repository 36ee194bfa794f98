package dev.paygen.runtime;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ApiClientTest extends WireMockTestBase {
  private static final TypeReference<Models.Session> SESSION = new TypeReference<>() {};

  private static ApiRequest createSession() {
    return ApiRequest.builder("POST", "/checkouts")
        .body(new Models.CreateSession(List.of(new Models.Item("pdt_1", 2)), null))
        .build();
  }

  @Test
  void sendsJsonBodyAuthAcceptUserAgentAndIdempotencyKey() {
    wm.stubFor(post("/checkouts").willReturn(okJson("{\"session_id\":\"cks_1\",\"extra\":1}")));

    Models.Session session = client().execute(createSession(), SESSION, RequestOptions.none());

    assertThat(session).isEqualTo(new Models.Session("cks_1", null));
    wm.verify(postRequestedFor(urlEqualTo("/checkouts"))
        .withHeader("Authorization", equalTo("Bearer " + TOKEN))
        .withHeader("Content-Type", equalTo("application/json"))
        .withHeader("Accept", equalTo("application/json"))
        .withHeader(
            "User-Agent",
            matching(Pattern.quote("paygen-runtime/" + ClientOptions.VERSION) + " \\(Java 17.*\\)"))
        .withHeader("Idempotency-Key", matching("[0-9a-f-]{36}"))
        // absent optionals are not sent
        .withRequestBody(equalToJson(
            "{\"product_cart\":[{\"product_id\":\"pdt_1\",\"quantity\":2}]}", false, false)));
  }

  /**
   * Generated services no longer check their {@code RequestOptions} in every method: every entry
   * point does, naming the argument, the async ones at once rather than in a failed future, and
   * before anything is sent.
   */
  @Test
  void optionsAreCheckedOnceByTheRuntime() {
    ApiClient client = client();
    TypeReference<Models.PaymentList> list = new TypeReference<>() {};
    Paginator<Models.PaymentList, String> paginator =
        Paginator.pageNumber("page", 1, null, r -> List.of());
    List<org.assertj.core.api.ThrowableAssert.ThrowingCallable> calls = List.of(
        () -> client.execute(createSession(), SESSION, null),
        () -> client.executeAsync(createSession(), SESSION, null),
        () -> client.executeTyped(createSession(), SESSION, null),
        () -> client.executeTypedAsync(createSession(), SESSION, null),
        () -> client.page(createSession(), list, paginator, null),
        () -> client.pageAsync(createSession(), list, paginator, null));
    for (var call : calls) {
      assertThatThrownBy(call)
          .isInstanceOf(NullPointerException.class)
          .hasMessage("`options` is required, but was null");
    }
    wm.verify(0, postRequestedFor(urlEqualTo("/checkouts")));
  }

  @Test
  void getHasNoBodyNoContentTypeAndNoIdempotencyKey() {
    wm.stubFor(get(urlPathEqualTo("/payments")).willReturn(okJson("{\"items\":[]}")));

    client()
        .execute(
            ApiRequest.builder("GET", "/payments").build(),
            new TypeReference<Models.PaymentList>() {},
            RequestOptions.none());

    wm.verify(getRequestedFor(urlEqualTo("/payments"))
        .withHeader("Content-Type", absent())
        .withHeader("Idempotency-Key", absent()));
  }

  @Test
  void formatsQueryParametersSkippingNullsRepeatingCollectionsAndUsingWireValues() {
    wm.stubFor(get(urlPathEqualTo("/payments")).willReturn(okJson("{\"items\":[]}")));
    ApiRequest request = ApiRequest.builder("GET", "/payments")
        .queryParam(
            "created_at_gte", OffsetDateTime.of(2026, 1, 2, 3, 4, 0, 0, ZoneOffset.ofHours(2)))
        .queryParam("day", LocalDate.of(2026, 2, 3))
        .queryParam(
            "status", List.of(Models.IntentStatus.SUCCEEDED, Models.IntentStatus.REQUIRES_CAPTURE))
        .queryParam("customer_id", null)
        .queryParam("page_size", 10)
        .queryParam("q", "a b&c=d")
        .build();

    client().execute(request, null, RequestOptions.none());

    assertThat(wm.getAllServeEvents().get(0).getRequest().getUrl())
        .isEqualTo("/payments?created_at_gte=2026-01-02T03%3A04%3A00%2B02%3A00&day=2026-02-03"
            + "&status=succeeded&status=requires_capture&page_size=10&q=a%20b%26c%3Dd");
  }

  @Test
  void pathParameterIsEncodedAsOneSegmentSoDotDotSlashCannotChangeTheRoute() {
    wm.stubFor(
        get(urlEqualTo("/payments/..%2Frefunds")).willReturn(okJson("{\"payment_id\":\"x\"}")));
    ApiRequest request = ApiRequest.builder("GET", "/payments/{payment_id}")
        .pathParam("payment_id", "../refunds")
        .build();

    Models.Payment p = client().execute(request, new TypeReference<>() {}, RequestOptions.none());

    assertThat(p.paymentId()).isEqualTo("x");
    assertThat(wm.getAllServeEvents().get(0).getRequest().getUrl())
        .isEqualTo("/payments/..%2Frefunds");
  }

  @Test
  void baseUrlWithPathIsKept() {
    wm.stubFor(
        get(urlEqualTo("/api/v2/checkout-sessions/a%20b")).willReturn(okJson("{\"id\":\"a b\"}")));
    ApiClient client = new ApiClient(options().baseUrl(wm.baseUrl() + "/api/").build());

    client.execute(
        ApiRequest.builder("GET", "/v2/checkout-sessions/{id}")
            .pathParam("id", "a b")
            .build(),
        new TypeReference<Models.DotsSession>() {},
        RequestOptions.none());

    assertThat(wm.getAllServeEvents()).hasSize(1);
  }

  @Test
  void clientRequestAndCallHeadersAreLayeredCallLast() {
    wm.stubFor(get("/x").willReturn(okJson("{}")));
    ApiClient client =
        new ApiClient(options().header("X-A", "client").header("X-B", "client").build());
    ApiRequest request = ApiRequest.builder("GET", "/x")
        .header("X-B", "request")
        .header("X-C", "request")
        .build();

    client.execute(request, null, RequestOptions.builder().header("X-C", "call").build());

    wm.verify(getRequestedFor(urlEqualTo("/x"))
        .withHeader("X-A", equalTo("client"))
        .withHeader("X-B", equalTo("request"))
        .withHeader("X-C", equalTo("call")));
  }

  @Test
  void apiKeyAuthsGoInHeaderAndQuery() {
    wm.stubFor(get(urlPathEqualTo("/x")).willReturn(okJson("{}")));
    ApiClient client = new ApiClient(ClientOptions.builder()
        .baseUrl(wm.baseUrl())
        .auth(Auth.apiKeyHeader("X-API-Key", "hk"))
        .auth(Auth.apiKeyQuery("api_key", "qk"))
        .auth(Auth.basic("client_id", "pw"))
        .build());

    client.execute(ApiRequest.builder("GET", "/x").build(), null, RequestOptions.none());

    wm.verify(getRequestedFor(urlEqualTo("/x?api_key=qk"))
        .withHeader("X-API-Key", equalTo("hk"))
        .withHeader("Authorization", equalTo("Basic Y2xpZW50X2lkOnB3")));
  }

  @Test
  void formAndRawBodiesCarryTheirContentType() {
    wm.stubFor(post("/form").willReturn(okJson("{}")));
    wm.stubFor(post("/raw").willReturn(okJson("{}")));
    ApiClient client = client();

    client.execute(
        ApiRequest.builder("POST", "/form")
            .formBody(Map.of("tags", List.of("a", "b c")))
            .build(),
        null,
        RequestOptions.none());
    client.execute(
        ApiRequest.builder("POST", "/raw")
            .body(new byte[] {1, 2, 3}, "application/octet-stream")
            .build(),
        null,
        RequestOptions.none());

    LoggedRequest form = wm.findAll(postRequestedFor(urlEqualTo("/form"))).get(0);
    assertThat(form.getHeader("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
    assertThat(form.getBodyAsString()).isEqualTo("tags=a&tags=b%20c");
    LoggedRequest raw = wm.findAll(postRequestedFor(urlEqualTo("/raw"))).get(0);
    assertThat(raw.getHeader("Content-Type")).isEqualTo("application/octet-stream");
    assertThat(raw.getBody()).containsExactly(1, 2, 3);
  }

  @Test
  void emptyBodyAndNullTypeGiveNull() {
    wm.stubFor(post("/empty").willReturn(aResponse().withStatus(204)));

    Models.Session s = client()
        .execute(ApiRequest.builder("POST", "/empty").build(), SESSION, RequestOptions.none());

    assertThat(s).isNull();
  }

  @Test
  void aStrictClientNamesTheJsonPathAndTheAllowedValuesOfAWrongValue() {
    wm.stubFor(
        get("/checkout-sessions/1").willReturn(okJson("{\"id\":\"1\",\"status\":\"bogus\"}")));

    assertThatThrownBy(() -> new ApiClient(options().strictResponses(true).build())
            .execute(
                ApiRequest.builder("GET", "/checkout-sessions/1").build(),
                new TypeReference<Models.CheckoutSession>() {},
                RequestOptions.none()))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining(
            "$.status expected one of [open, complete, expired], but was \"bogus\"")
        .hasMessageContaining("GET /checkout-sessions/1")
        .satisfies(e -> assertThat(((InvalidResponseException) e).path()).isEqualTo("$.status"));
  }

  @Test
  void emptyBodyForATypedResultIsAnInvalidResponse() {
    wm.stubFor(get("/checkout-sessions/1").willReturn(aResponse().withStatus(200)));
    ApiRequest request = ApiRequest.builder("GET", "/checkout-sessions/1").build();
    TypeReference<Models.CheckoutSession> type = new TypeReference<>() {};
    String message =
        "The 2xx response has no body, but the operation documents one [GET /checkout-sessions/1]";

    // execute keeps its contract (null for an empty body); the typed call never returns null
    assertThat(client().execute(request, type, RequestOptions.none())).isNull();
    assertThatThrownBy(() -> client().executeTyped(request, type, RequestOptions.none()))
        .isInstanceOfSatisfying(
            InvalidResponseException.class, e -> assertThat(e.path()).isEqualTo("$"))
        .hasMessage(message);
    assertThatThrownBy(() ->
            client().executeTypedAsync(request, type, RequestOptions.none()).join())
        .cause()
        .isInstanceOf(InvalidResponseException.class)
        .hasMessage(message);
  }

  @Test
  void aTypedResultWithABodyIsReadSyncAndAsync() {
    wm.stubFor(get("/checkout-sessions/1").willReturn(okJson("{\"id\":\"1\"}")));
    ApiRequest request = ApiRequest.builder("GET", "/checkout-sessions/1").build();
    TypeReference<Models.CheckoutSession> type = new TypeReference<>() {};

    assertThat(client().executeTyped(request, type, RequestOptions.none()).id()).isEqualTo("1");
    assertThat(client()
            .executeTypedAsync(request, type, RequestOptions.none())
            .join()
            .id())
        .isEqualTo("1");
  }

  @Test
  void unknownEnumValueWithDefaultDoesNotFail() {
    wm.stubFor(get("/s").willReturn(okJson("\"new_status\"")));

    Models.IntentStatus s = client()
        .execute(
            ApiRequest.builder("GET", "/s").build(),
            new TypeReference<Models.IntentStatus>() {},
            RequestOptions.none());

    assertThat(s).isEqualTo(Models.IntentStatus.UNKNOWN);
  }

  @Test
  void timeoutBecomesApiTimeoutException() {
    wm.stubFor(get("/slow").willReturn(okJson("{}").withFixedDelay(2_000)));
    ApiClient client =
        new ApiClient(options().timeout(Duration.ofMillis(200)).maxRetries(0).build());

    assertThatThrownBy(() ->
            client.execute(ApiRequest.builder("GET", "/slow").build(), null, RequestOptions.none()))
        .isInstanceOf(ApiTimeoutException.class)
        .hasMessage("Request timed out after 200 ms [GET /slow]");
  }

  @Test
  void perCallTimeoutOverridesTheClients() {
    wm.stubFor(get("/slow").willReturn(okJson("{}").withFixedDelay(2_000)));

    assertThatThrownBy(() -> client()
            .execute(
                ApiRequest.builder("GET", "/slow").build(),
                null,
                RequestOptions.builder()
                    .timeout(Duration.ofMillis(150))
                    .maxRetries(0)
                    .build()))
        .isInstanceOf(ApiTimeoutException.class);
  }

  @Test
  void refusedConnectionBecomesApiConnectionExceptionAfterRetries() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    ApiClient client = new ApiClient(
        options().baseUrl("http://127.0.0.1:" + port).maxRetries(2).build());

    assertThatThrownBy(() -> client.execute(createSession(), SESSION, RequestOptions.none()))
        .isInstanceOf(ApiConnectionException.class)
        .isNotInstanceOf(ApiTimeoutException.class)
        .hasMessageContaining("127.0.0.1")
        .hasMessageEndingWith("[POST /checkouts]")
        .hasMessageNotContaining(TOKEN);
    assertThat(sleeper.waits).hasSize(2);
  }

  @Test
  void droppedConnectionIsRetried() {
    wm.stubFor(get("/flaky")
        .inScenario("drop")
        .whenScenarioStateIs("Started")
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
        .willSetStateTo("ok"));
    wm.stubFor(get("/flaky")
        .inScenario("drop")
        .whenScenarioStateIs("ok")
        .willReturn(okJson("{\"payment_id\":\"p\"}")));

    Models.Payment p = client()
        .execute(
            ApiRequest.builder("GET", "/flaky").build(),
            new TypeReference<>() {},
            RequestOptions.none());

    assertThat(p.paymentId()).isEqualTo("p");
    assertThat(sleeper.waits).hasSize(1);
  }
}
