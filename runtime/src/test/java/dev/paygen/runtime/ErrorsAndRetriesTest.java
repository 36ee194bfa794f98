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
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.type.TypeReference;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorsAndRetriesTest extends WireMockTestBase {
  private static final TypeReference<Models.Session> SESSION = new TypeReference<>() {};

  private static ApiRequest createSession() {
    return ApiRequest.builder("POST", "/checkouts")
        .body(new Models.CreateSession(List.of(new Models.Item("pdt_1", 1)), null))
        .build();
  }

  private static ResponseDefinitionBuilder error(int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  /** Stubs the responses in order, one per attempt. */
  private static void sequence(String url, ResponseDefinitionBuilder... responses) {
    for (int i = 0; i < responses.length; i++) {
      wm.stubFor(post(url)
          .inScenario("seq")
          .whenScenarioStateIs(i == 0 ? STARTED : "s" + i)
          .willReturn(responses[i])
          .willSetStateTo("s" + (i + 1)));
    }
  }

  @ParameterizedTest
  @CsvSource({
    "400, BadRequestException, Bad Request",
    "401, UnauthorizedException, Unauthorized",
    "403, PermissionDeniedException, Forbidden",
    "404, NotFoundException, Not Found",
    "409, ConflictException, Conflict",
    "422, UnprocessableEntityException, Unprocessable Entity",
    "429, RateLimitException, Too Many Requests",
    "500, InternalServerException, Internal Server Error",
    "503, InternalServerException, Service Unavailable",
    "405, UnexpectedStatusException, Method Not Allowed",
  })
  void eachStatusBecomesItsExceptionWithCodeAndMessageParsed(
      int status, String type, String reason) {
    String body = "{\"code\":\"SOME_CODE\",\"message\":\"Something is off\"}";
    wm.stubFor(
        post("/checkouts").willReturn(error(status, body).withHeader("X-Request-Id", "req_1")));
    ApiClient client = new ApiClient(options().maxRetries(0).build());

    ApiException e = catchThrowableOfType(
        ApiException.class, () -> client.execute(createSession(), SESSION, RequestOptions.none()));

    assertThat(e.getClass().getSimpleName()).isEqualTo(type);
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.errorCode()).isEqualTo("SOME_CODE");
    assertThat(e.errorMessage()).isEqualTo("Something is off");
    assertThat(e.body()).isEqualTo(body);
    assertThat(e.header("x-request-id")).contains("req_1");
    assertThat(e.getMessage())
        .isEqualTo(
            "HTTP " + status + " " + reason + " (SOME_CODE): Something is off [POST /checkouts]");
  }

  @Test
  void dodoErrorBodyGivesTheDocumentedMessage() {
    wm.stubFor(post("/checkouts")
        .willReturn(error(
            422,
            "{\"code\":\"INVALID_REQUEST\",\"message\":\"Country AI currently not supported\"}")));

    assertThatThrownBy(() -> client().execute(createSession(), SESSION, RequestOptions.none()))
        .isInstanceOf(UnprocessableEntityException.class)
        .hasMessage(
            "HTTP 422 Unprocessable Entity (INVALID_REQUEST): Country AI currently not supported [POST /checkouts]");
    assertThat(sleeper.waits).isEmpty(); // 422 is not retried
  }

  @Test
  void dotsErrorShapesAreParsedToo() {
    wm.stubFor(get("/a").willReturn(error(404, "{\"error\":\"PaymentIntent not found\"}")));
    wm.stubFor(get("/b")
        .willReturn(error(
            400, "{\"success\":false,\"error_code\":\"no_such_resource\",\"message\":\"nope\"}")));
    wm.stubFor(get("/c").willReturn(error(400, "not json")));

    NotFoundException a = catchThrowableOfType(
        NotFoundException.class,
        () ->
            client().execute(ApiRequest.builder("GET", "/a").build(), null, RequestOptions.none()));
    BadRequestException b = catchThrowableOfType(
        BadRequestException.class,
        () ->
            client().execute(ApiRequest.builder("GET", "/b").build(), null, RequestOptions.none()));
    BadRequestException c = catchThrowableOfType(
        BadRequestException.class,
        () ->
            client().execute(ApiRequest.builder("GET", "/c").build(), null, RequestOptions.none()));

    assertThat(a.errorMessage()).isEqualTo("PaymentIntent not found");
    assertThat(a.errorCode()).isNull();
    assertThat(b.errorCode()).isEqualTo("no_such_resource");
    assertThat(c.errorCode()).isNull();
    assertThat(c.errorMessage()).isNull();
    assertThat(c.body()).isEqualTo("not json");
    assertThat(c.getMessage()).isEqualTo("HTTP 400 Bad Request [GET /c]");
  }

  @Test
  void rateLimitWithRetryAfterWaitsThatLongThenSucceeds() {
    sequence(
        "/checkouts",
        error(429, "{}").withHeader("Retry-After", "3"),
        okJson("{\"session_id\":\"cks_1\"}"));

    Models.Session s = client().execute(createSession(), SESSION, RequestOptions.none());

    assertThat(s.sessionId()).isEqualTo("cks_1");
    assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void retryAfterMsWinsAndAnHttpDateIsReadWithTheClock() {
    Instant now = Instant.parse("2026-03-01T10:00:00Z");
    sequence(
        "/checkouts",
        error(503, "{}").withHeader("Retry-After-Ms", "250").withHeader("Retry-After", "9"),
        error(503, "{}").withHeader("Retry-After", "Sun, 01 Mar 2026 10:00:07 GMT"),
        error(503, "{}").withHeader("Retry-After", "600"), // beyond the 60 s cap: backoff instead
        okJson("{\"session_id\":\"cks_1\"}"));
    ApiClient client = new ApiClient(
        options().maxRetries(3).clock(Clock.fixed(now, ZoneOffset.UTC)).build());

    client.execute(createSession(), SESSION, RequestOptions.none());

    assertThat(sleeper.waits).hasSize(3);
    assertThat(sleeper.waits.get(0)).isEqualTo(Duration.ofMillis(250));
    assertThat(sleeper.waits.get(1)).isEqualTo(Duration.ofSeconds(7));
    assertThat(sleeper.waits.get(2)).isBetween(Duration.ofMillis(1500), Duration.ofMillis(2000));
  }

  @Test
  void backoffIsExponentialWithJitterAndCapped() {
    wm.stubFor(post("/checkouts").willReturn(error(500, "{}")));
    ApiClient client = new ApiClient(options().maxRetries(6).build());

    assertThatThrownBy(() -> client.execute(createSession(), SESSION, RequestOptions.none()))
        .isInstanceOf(InternalServerException.class);

    double[] bases = {0.5, 1, 2, 4, 8, 8};
    assertThat(sleeper.waits).hasSize(6);
    for (int i = 0; i < bases.length; i++) {
      assertThat(sleeper.waits.get(i).toNanos() / 1e9).isBetween(bases[i] * 0.75, bases[i]);
    }
  }

  @Test
  void retriedPostCarriesTheSameIdempotencyKeyOnEveryAttempt() {
    sequence(
        "/checkouts", error(500, "{}"), error(503, "{}"), okJson("{\"session_id\":\"cks_1\"}"));

    client().execute(createSession(), SESSION, RequestOptions.none());

    List<LoggedRequest> attempts = wm.findAll(postRequestedFor(urlEqualTo("/checkouts")));
    assertThat(attempts).hasSize(3);
    List<String> keys =
        attempts.stream().map(r -> r.getHeader("Idempotency-Key")).collect(Collectors.toList());
    assertThat(keys.get(0)).matches("[0-9a-f-]{36}");
    assertThat(keys).containsOnly(keys.get(0));
  }

  @Test
  void eachCallGetsItsOwnKeyAndTheCallersKeyOverrides() {
    wm.stubFor(post("/checkouts").willReturn(okJson("{\"session_id\":\"cks_1\"}")));
    ApiClient client = client();

    client.execute(createSession(), SESSION, RequestOptions.none());
    client.execute(createSession(), SESSION, RequestOptions.none());
    client.execute(
        createSession(),
        SESSION,
        RequestOptions.builder().idempotencyKey("order-42").build());

    List<String> keys = wm.findAll(postRequestedFor(urlEqualTo("/checkouts"))).stream()
        .map(r -> r.getHeader("Idempotency-Key"))
        .collect(Collectors.toList());
    assertThat(keys.get(0)).isNotEqualTo(keys.get(1));
    assertThat(keys.get(2)).isEqualTo("order-42");
  }

  @Test
  void idempotencyHeaderCanBeRenamedOrDisabled() {
    wm.stubFor(post("/checkouts").willReturn(okJson("{\"session_id\":\"cks_1\"}")));

    new ApiClient(options().idempotencyHeader("X-Idem").build())
        .execute(createSession(), SESSION, RequestOptions.none());
    new ApiClient(options().idempotencyHeader(null).build())
        .execute(createSession(), SESSION, RequestOptions.none());

    List<LoggedRequest> all = wm.findAll(postRequestedFor(urlEqualTo("/checkouts")));
    assertThat(all.get(0).getHeader("X-Idem")).isNotNull();
    assertThat(all.get(1).containsHeader("Idempotency-Key")).isFalse();
    assertThat(all.get(1).containsHeader("X-Idem")).isFalse();
  }

  @Test
  void retriesExhaustedThrowsAfterMaxRetriesPlusOneAttempts() {
    wm.stubFor(
        post("/checkouts").willReturn(error(503, "{\"code\":\"DOWN\",\"message\":\"down\"}")));
    ApiClient client = new ApiClient(options().maxRetries(3).build());

    assertThatThrownBy(() -> client.execute(createSession(), SESSION, RequestOptions.none()))
        .isInstanceOf(InternalServerException.class)
        .hasMessage("HTTP 503 Service Unavailable (DOWN): down [POST /checkouts]");
    assertThat(wm.findAll(postRequestedFor(urlEqualTo("/checkouts")))).hasSize(4);
    assertThat(sleeper.waits).hasSize(3);
  }

  @Test
  void perCallMaxRetriesOverridesTheClients() {
    wm.stubFor(post("/checkouts").willReturn(error(500, "{}")));

    assertThatThrownBy(() -> client()
            .execute(
                createSession(), SESSION, RequestOptions.builder().maxRetries(0).build()))
        .isInstanceOf(InternalServerException.class);
    assertThat(wm.findAll(postRequestedFor(urlEqualTo("/checkouts")))).hasSize(1);
  }

  @Test
  void shouldRetryHeaderOverridesTheStatus() {
    wm.stubFor(get("/no").willReturn(error(503, "{}").withHeader("X-Should-Retry", "false")));
    wm.stubFor(get("/yes").willReturn(error(400, "{}").withHeader("X-Should-Retry", "true")));
    ApiClient client = client();

    assertThatThrownBy(() ->
            client.execute(ApiRequest.builder("GET", "/no").build(), null, RequestOptions.none()))
        .isInstanceOf(InternalServerException.class);
    assertThatThrownBy(() ->
            client.execute(ApiRequest.builder("GET", "/yes").build(), null, RequestOptions.none()))
        .isInstanceOf(BadRequestException.class);

    assertThat(wm.findAll(getRequestedFor(urlEqualTo("/no")))).hasSize(1);
    assertThat(wm.findAll(getRequestedFor(urlEqualTo("/yes")))).hasSize(3);
  }

  @Test
  void asyncCallRetriesThroughTheSleeperAndKeepsTheKey() {
    sequence(
        "/checkouts",
        error(500, "{}"),
        error(429, "{}").withHeader("Retry-After", "1"),
        okJson("{\"session_id\":\"cks_async\"}"));

    CompletableFuture<Models.Session> future =
        client().executeAsync(createSession(), SESSION, RequestOptions.none());

    assertThat(future.join().sessionId()).isEqualTo("cks_async");
    assertThat(sleeper.waits).hasSize(2);
    assertThat(sleeper.waits.get(1)).isEqualTo(Duration.ofSeconds(1));
    List<String> keys = wm.findAll(postRequestedFor(urlEqualTo("/checkouts"))).stream()
        .map(r -> r.getHeader("Idempotency-Key"))
        .distinct()
        .collect(Collectors.toList());
    assertThat(keys).hasSize(1);
  }

  @Test
  void asyncFailureCompletesWithTheTypedException() {
    wm.stubFor(
        post("/checkouts").willReturn(error(404, "{\"code\":\"NOPE\",\"message\":\"gone\"}")));

    CompletableFuture<Models.Session> future =
        client().executeAsync(createSession(), SESSION, RequestOptions.none());

    assertThatThrownBy(future::join)
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("(NOPE): gone");
  }

  @Test
  void asyncRetryWithTheRealSleeperDoesNotBlockTheCaller() {
    sequence(
        "/checkouts",
        error(503, "{}").withHeader("Retry-After-Ms", "300"),
        okJson("{\"session_id\":\"cks_2\"}"));
    ApiClient client = new ApiClient(options().sleeper(Sleeper.system()).build());

    long start = System.nanoTime();
    CompletableFuture<Models.Session> future =
        client.executeAsync(createSession(), SESSION, RequestOptions.none());
    long returnedAfterMs = (System.nanoTime() - start) / 1_000_000;

    assertThat(returnedAfterMs).isLessThan(300);
    assertThat(future.join().sessionId()).isEqualTo("cks_2");
    assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(300);
  }
}
