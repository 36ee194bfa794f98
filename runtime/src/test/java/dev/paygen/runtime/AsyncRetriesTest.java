package dev.paygen.runtime;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The retry behaviour {@link ErrorsAndRetriesTest} pins for {@code execute}, pinned for {@code executeAsync}. */
class AsyncRetriesTest extends WireMockTestBase {
  private static final TypeReference<Models.Session> SESSION = new TypeReference<>() {};

  private static ApiRequest createSession() {
    return ApiRequest.builder("POST", "/checkouts")
        .body(new Models.CreateSession(List.of(new Models.Item("pdt_1", 1)), null))
        .build();
  }

  private static ResponseDefinitionBuilder error(int status) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody("{}");
  }

  private static void sequence(String url, ResponseDefinitionBuilder... responses) {
    for (int i = 0; i < responses.length; i++) {
      wm.stubFor(post(url)
          .inScenario("seq")
          .whenScenarioStateIs(i == 0 ? STARTED : "s" + i)
          .willReturn(responses[i])
          .willSetStateTo("s" + (i + 1)));
    }
  }

  private static List<String> idempotencyKeys() {
    return wm.findAll(postRequestedFor(urlEqualTo("/checkouts"))).stream()
        .map(r -> r.getHeader("Idempotency-Key"))
        .collect(Collectors.toList());
  }

  @Test
  void retriedAsyncPostCarriesTheSameIdempotencyKeyOnEveryAttempt() {
    sequence("/checkouts", error(500), error(503), okJson("{\"session_id\":\"cks_1\"}"));

    Models.Session s =
        client().executeAsync(createSession(), SESSION, RequestOptions.none()).join();

    assertThat(s.sessionId()).isEqualTo("cks_1");
    List<String> keys = idempotencyKeys();
    assertThat(keys).hasSize(3);
    assertThat(keys.get(0)).matches("[0-9a-f-]{36}");
    assertThat(keys).containsOnly(keys.get(0));
  }

  @Test
  void asyncRetryAfterMsWinsAndAnHttpDateIsReadWithTheClock() {
    Instant now = Instant.parse("2026-03-01T10:00:00Z");
    sequence(
        "/checkouts",
        error(503).withHeader("Retry-After-Ms", "250").withHeader("Retry-After", "9"),
        error(503).withHeader("Retry-After", "Sun, 01 Mar 2026 10:00:07 GMT"),
        error(503).withHeader("Retry-After", "600"), // beyond the 60 s cap: backoff instead
        okJson("{\"session_id\":\"cks_1\"}"));
    ApiClient client = new ApiClient(
        options().maxRetries(3).clock(Clock.fixed(now, ZoneOffset.UTC)).build());

    client.executeAsync(createSession(), SESSION, RequestOptions.none()).join();

    assertThat(sleeper.waits).hasSize(3);
    assertThat(sleeper.waits.get(0)).isEqualTo(Duration.ofMillis(250));
    assertThat(sleeper.waits.get(1)).isEqualTo(Duration.ofSeconds(7));
    assertThat(sleeper.waits.get(2)).isBetween(Duration.ofMillis(1500), Duration.ofMillis(2000));
  }

  @Test
  void asyncBackoffIsExponentialWithJitterAndCapped() {
    wm.stubFor(post("/checkouts").willReturn(error(500)));
    ApiClient client = new ApiClient(options().maxRetries(6).build());

    assertThatThrownBy(() ->
            client.executeAsync(createSession(), SESSION, RequestOptions.none()).join())
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOf(InternalServerException.class);

    double[] bases = {0.5, 1, 2, 4, 8, 8};
    assertThat(sleeper.waits).hasSize(6);
    for (int i = 0; i < bases.length; i++) {
      assertThat(sleeper.waits.get(i).toNanos() / 1e9).isBetween(bases[i] * 0.75, bases[i]);
    }
  }

  @Test
  void asyncRetriesExhaustedFailsAfterMaxRetriesPlusOneAttempts() {
    wm.stubFor(post("/checkouts")
        .willReturn(error(503).withBody("{\"code\":\"DOWN\",\"message\":\"down\"}")));
    ApiClient client = new ApiClient(options().maxRetries(3).build());

    assertThatThrownBy(() ->
            client.executeAsync(createSession(), SESSION, RequestOptions.none()).join())
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOf(InternalServerException.class)
        .hasMessage("HTTP 503 Service Unavailable (DOWN): down [POST /checkouts]");
    assertThat(idempotencyKeys()).hasSize(4);
    assertThat(sleeper.waits).hasSize(3);
  }

  @Test
  void asyncPerCallMaxRetriesOverridesTheClients() {
    wm.stubFor(post("/checkouts").willReturn(error(500)));

    assertThatThrownBy(() -> client()
            .executeAsync(
                createSession(), SESSION, RequestOptions.builder().maxRetries(0).build())
            .join())
        .cause()
        .isInstanceOf(InternalServerException.class);
    assertThat(idempotencyKeys()).hasSize(1);
    assertThat(sleeper.waits).isEmpty();
  }

  @Test
  void asyncShouldRetryHeaderOverridesTheStatus() {
    wm.stubFor(get("/no").willReturn(error(503).withHeader("X-Should-Retry", "false")));
    wm.stubFor(get("/yes").willReturn(error(400).withHeader("X-Should-Retry", "true")));
    ApiClient client = client();

    assertThatThrownBy(() -> client
            .executeAsync(ApiRequest.builder("GET", "/no").build(), null, RequestOptions.none())
            .join())
        .cause()
        .isInstanceOf(InternalServerException.class);
    assertThatThrownBy(() -> client
            .executeAsync(ApiRequest.builder("GET", "/yes").build(), null, RequestOptions.none())
            .join())
        .cause()
        .isInstanceOf(BadRequestException.class);

    assertThat(wm.findAll(getRequestedFor(urlEqualTo("/no")))).hasSize(1);
    assertThat(wm.findAll(getRequestedFor(urlEqualTo("/yes")))).hasSize(3);
  }

  @Test
  void asyncRefusedConnectionFailsWithApiConnectionExceptionAfterRetries() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    ApiClient client = new ApiClient(
        options().baseUrl("http://127.0.0.1:" + port).maxRetries(2).build());

    assertThatThrownBy(() ->
            client.executeAsync(createSession(), SESSION, RequestOptions.none()).join())
        .cause()
        .isInstanceOf(ApiConnectionException.class)
        .isNotInstanceOf(ApiTimeoutException.class)
        .hasMessageContaining("127.0.0.1")
        .hasMessageEndingWith("[POST /checkouts]")
        .hasMessageNotContaining(TOKEN);
    assertThat(sleeper.waits).hasSize(2);
  }

  @Test
  void asyncDroppedConnectionIsRetried() {
    wm.stubFor(get("/flaky")
        .inScenario("drop")
        .whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
        .willSetStateTo("ok"));
    wm.stubFor(get("/flaky")
        .inScenario("drop")
        .whenScenarioStateIs("ok")
        .willReturn(okJson("{\"payment_id\":\"p\"}")));

    Models.Payment p = client()
        .executeAsync(
            ApiRequest.builder("GET", "/flaky").build(),
            new TypeReference<Models.Payment>() {},
            RequestOptions.none())
        .join();

    assertThat(p.paymentId()).isEqualTo("p");
    assertThat(sleeper.waits).hasSize(1);
  }

  @Test
  void asyncTimeoutFailsWithApiTimeoutException() {
    wm.stubFor(get("/slow").willReturn(okJson("{}").withFixedDelay(2_000)));
    ApiClient client =
        new ApiClient(options().timeout(Duration.ofMillis(200)).maxRetries(0).build());

    assertThatThrownBy(() -> client
            .executeAsync(ApiRequest.builder("GET", "/slow").build(), null, RequestOptions.none())
            .join())
        .cause()
        .isInstanceOf(ApiTimeoutException.class)
        .hasMessage("Request timed out after 200 ms [GET /slow]");
  }

  @Test
  void asyncUnreadableBodyFailsWithInvalidResponseException() {
    wm.stubFor(post("/checkouts").willReturn(okJson("[1]")));

    assertThatThrownBy(() -> client()
            .executeAsync(createSession(), SESSION, RequestOptions.none())
            .join())
        .cause()
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("POST /checkouts");
    assertThat(sleeper.waits).isEmpty();
  }
}
