package dev.paygen.it.dodo;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.paygen.it.Fixtures;
import dev.paygen.it.dodo.model.CreateCheckoutSessionRequest;
import dev.paygen.it.dodo.model.CreateOneTimePaymentRequest;
import dev.paygen.it.dodo.model.CreateSessionResponse;
import dev.paygen.it.dodo.model.GetPaymentsListResponseItem;
import dev.paygen.it.dodo.model.IntentStatus;
import dev.paygen.it.dodo.model.PaymentResponse;
import dev.paygen.it.dodo.model.ProductItemReq;
import dev.paygen.it.dodo.service.PaymentsListParams;
import dev.paygen.runtime.ApiConnectionException;
import dev.paygen.runtime.ApiException;
import dev.paygen.runtime.ApiTimeoutException;
import dev.paygen.runtime.BadRequestException;
import dev.paygen.runtime.ConflictException;
import dev.paygen.runtime.InternalServerException;
import dev.paygen.runtime.NotFoundException;
import dev.paygen.runtime.ObjectMappers;
import dev.paygen.runtime.Page;
import dev.paygen.runtime.RequestOptions;
import dev.paygen.runtime.UnauthorizedException;
import dev.paygen.runtime.UnprocessableEntityException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DodoClientTest {
  static final String KEY = "test_key";
  static WireMockServer server;
  static final ObjectMapper MAPPER = ObjectMappers.create();
  Fixtures.RecordingSleeper sleeper;
  DodoPaymentsClient client;

  @BeforeAll
  static void start() {
    server = Fixtures.start("dodo");
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @BeforeEach
  void reset() {
    server.resetToDefaultMappings();
    server.resetRequests();
    sleeper = new Fixtures.RecordingSleeper();
    client = builder().build();
  }

  DodoPaymentsClient.Builder builder() {
    return DodoPaymentsClient.builder().bearerToken(KEY).baseUrl(server.baseUrl()).maxRetries(2).sleeper(sleeper);
  }

  static <T> T request(String name, Class<T> type) throws Exception {
    return MAPPER.readValue(Fixtures.file("dodo", "requests", name + ".json"), type);
  }

  @Test
  void checkoutSessionsCreateSendsExactJsonAndHeaders() throws Exception {
    CreateSessionResponse session =
        client.checkoutSessions().create(request("checkout-sessions-create", CreateCheckoutSessionRequest.class));
    assertThat(session.sessionId()).isEqualTo("cks_Gi6KGJ2zFJo9rq9Ukifwa");
    assertThat(session.checkoutUrl()).startsWith("https://");
    LoggedRequest sent = server.findAll(postRequestedFor(urlPathEqualTo("/checkouts"))).get(0);
    assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer " + KEY);
    assertThat(sent.getHeader("Content-Type")).startsWith("application/json");
    assertThat(sent.getHeader("User-Agent")).contains("paygen");
    assertThat(sent.getHeader("Idempotency-Key")).isNotBlank();
  }

  @Test
  void absentOptionalsAreNotSent() {
    server.stubFor(post("/checkouts").withRequestBody(equalToJson(
            "{\"product_cart\":[{\"product_id\":\"pdt_1\",\"quantity\":2}]}", false, false))
        .willReturn(okJson("{\"session_id\":\"cks_1\"}")));
    CreateSessionResponse session = client.checkoutSessions().create(CreateCheckoutSessionRequest.builder()
        .productCart(List.of(ProductItemReq.builder().productId("pdt_1").quantity(2).build()))
        .build());
    assertThat(session.sessionId()).isEqualTo("cks_1");
  }

  @Test
  void checkoutSessionsPreviewAndRetrieve() throws Exception {
    var preview = client.checkoutSessions().preview(request("checkout-sessions-preview", CreateCheckoutSessionRequest.class));
    assertThat(preview.currency()).isNotNull();
    var status = client.checkoutSessions().retrieve("cks_Gi6KGJ2zFJo9rq9Ukifwa");
    assertThat(status.id()).isNotBlank();
    server.verify(getRequestedFor(urlPathEqualTo("/checkouts/cks_Gi6KGJ2zFJo9rq9Ukifwa")));
  }

  @Test
  @SuppressWarnings("deprecation")
  void paymentsCreateRetrieveLineItems() throws Exception {
    var created = client.payments().create(request("payments-create", CreateOneTimePaymentRequest.class));
    assertThat(created.paymentId()).isNotBlank();
    PaymentResponse payment = client.payments().retrieve("pay_2IjeQm4hqU6RA4Z4kwDee");
    assertThat(payment.paymentId()).isEqualTo("pay_2IjeQm4hqU6RA4Z4kwDee");
    var lines = client.payments().listLineItems("pay_2IjeQm4hqU6RA4Z4kwDee");
    assertThat(lines.items()).isNotEmpty();
    server.verify(getRequestedFor(urlPathEqualTo("/payments/pay_2IjeQm4hqU6RA4Z4kwDee/line-items")));
  }

  @Test
  void paymentsListFirstPage() {
    Page<GetPaymentsListResponseItem> page = client.payments().list();
    assertThat(page.items()).isNotEmpty();
    assertThat(page.items().get(0).paymentId()).isNotBlank();
  }

  @Test
  void pagingWalksEveryPageFromZeroWithoutSkipping() throws Exception {
    server.resetMappings();
    for (int n = 0; n < 3; n++) {
      String items = n < 2 ? listItem("p" + n + "a") + "," + listItem("p" + n + "b") : listItem("p2a");
      server.stubFor(get(urlPathEqualTo("/payments")).withQueryParam("page_number", equalTo(String.valueOf(n)))
          .willReturn(okJson("{\"items\":[" + items + "]}")));
    }
    List<String> ids = new ArrayList<>();
    client.payments().list(PaymentsListParams.builder().pageSize(2).pageNumber(0).build())
        .autoPager().forEach(p -> ids.add(p.paymentId()));
    assertThat(ids).containsExactly("p0a", "p0b", "p1a", "p1b", "p2a");
    List<String> pages = server.findAll(getRequestedFor(urlPathEqualTo("/payments"))).stream()
        .map(r -> r.queryParameter("page_number").firstValue()).toList();
    assertThat(pages).containsExactly("0", "1", "2");
  }

  @ParameterizedTest
  @CsvSource({
      "400, dev.paygen.runtime.BadRequestException",
      "401, dev.paygen.runtime.UnauthorizedException",
      "404, dev.paygen.runtime.NotFoundException",
      "409, dev.paygen.runtime.ConflictException",
      "422, dev.paygen.runtime.UnprocessableEntityException"})
  void errorStatusesBecomeTypedExceptions(int status, String type) {
    server.stubFor(get(urlPathMatching("/payments/.*")).willReturn(aResponse().withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"code\":\"SOME_CODE\",\"message\":\"went wrong\"}")));
    DodoPaymentsClient noRetry = builder().maxRetries(0).build();
    assertThatThrownBy(() -> noRetry.payments().retrieve("pay_1"))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.getClass().getName()).isEqualTo(type);
          assertThat(e.statusCode()).isEqualTo(status);
          assertThat(e.errorCode()).isEqualTo("SOME_CODE");
          assertThat(e.errorMessage()).isEqualTo("went wrong");
          assertThat(e.getMessage()).doesNotContain(KEY);
        });
    assertThat(List.of(BadRequestException.class, UnauthorizedException.class, NotFoundException.class,
        ConflictException.class, UnprocessableEntityException.class)).isNotEmpty();
  }

  @Test
  void rateLimitHonoursRetryAfterThenSucceeds() {
    server.stubFor(get("/payments/pay_1").inScenario("429").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("ok"));
    server.stubFor(get("/payments/pay_1").inScenario("429").whenScenarioStateIs("ok")
        .willReturn(okJson(payment("pay_1", ""))));
    assertThat(client.payments().retrieve("pay_1").paymentId()).isEqualTo("pay_1");
    assertThat(sleeper.delays).containsExactly(Duration.ofSeconds(1));
  }

  @ParameterizedTest
  @CsvSource({"500", "503"})
  void serverErrorsAreRetriedWithOneIdempotencyKey(int status) {
    server.stubFor(post("/checkouts").inScenario("5xx").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(status)).willSetStateTo("again"));
    server.stubFor(post("/checkouts").inScenario("5xx").whenScenarioStateIs("again")
        .willReturn(aResponse().withStatus(status)).willSetStateTo("ok"));
    server.stubFor(post("/checkouts").inScenario("5xx").whenScenarioStateIs("ok")
        .willReturn(okJson("{\"session_id\":\"cks_2\"}")));
    var session = client.checkoutSessions().create(minimalSession());
    assertThat(session.sessionId()).isEqualTo("cks_2");
    Set<String> keys = new HashSet<>();
    List<LoggedRequest> sent = server.findAll(postRequestedFor(urlPathEqualTo("/checkouts")));
    sent.forEach(r -> keys.add(r.getHeader("Idempotency-Key")));
    assertThat(sent).hasSize(3);
    assertThat(keys).hasSize(1);
  }

  @Test
  void givenIdempotencyKeyIsSent() {
    server.stubFor(post("/checkouts").willReturn(okJson("{\"session_id\":\"cks_3\"}")));
    client.checkoutSessions().create(minimalSession(), RequestOptions.builder().idempotencyKey("order-42").build());
    server.verify(postRequestedFor(urlPathEqualTo("/checkouts")).withHeader("Idempotency-Key", equalTo("order-42")));
  }

  @Test
  void retriesExhaustedThrowsTheLastError() {
    server.stubFor(get("/payments/pay_1").willReturn(aResponse().withStatus(503)));
    assertThatThrownBy(() -> client.payments().retrieve("pay_1")).isInstanceOf(InternalServerException.class);
    server.verify(3, getRequestedFor(urlPathEqualTo("/payments/pay_1")));
  }

  @Test
  void slowResponseTimesOut() {
    server.stubFor(get("/payments/pay_1").willReturn(okJson(payment("pay_1", "")).withFixedDelay(2000)));
    DodoPaymentsClient quick = builder().timeout(Duration.ofMillis(200)).maxRetries(0).build();
    assertThatThrownBy(() -> quick.payments().retrieve("pay_1")).isInstanceOf(ApiTimeoutException.class);
  }

  @Test
  void refusedConnectionIsAConnectionError() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    DodoPaymentsClient refused = builder().baseUrl("http://127.0.0.1:" + port).maxRetries(1).build();
    assertThatThrownBy(() -> refused.payments().retrieve("pay_1")).isInstanceOf(ApiConnectionException.class)
        .hasMessageNotContaining(KEY);
  }

  @Test
  void unknownEnumValuesAndFieldsAreTolerated() {
    server.stubFor(get("/payments/pay_1").willReturn(okJson(
        payment("pay_1", "\"brand_new_field\":{\"x\":1}").replaceFirst("\"status\": *\"[a-z_]+\"", "\"status\":\"teleported\""))));
    PaymentResponse payment = client.payments().retrieve("pay_1");
    assertThat(payment.status()).isEqualTo(IntentStatus.UNKNOWN);
  }

  @Test
  void sixtyFourThreadsShareOneClient() throws Exception {
    server.stubFor(get(urlPathMatching("/payments/pay_.*")).willReturn(okJson(payment("pay_x", ""))));
    ExecutorService pool = Executors.newFixedThreadPool(64);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        String id = "pay_" + i;
        results.add(pool.submit(() -> client.payments().retrieve(id).paymentId()));
      }
      for (Future<String> f : results) {
        assertThat(f.get(30, TimeUnit.SECONDS)).isEqualTo("pay_x");
      }
    } finally {
      pool.shutdownNow();
    }
    server.verify(64, getRequestedFor(urlPathMatching("/payments/pay_.*")));
  }

  @Test
  void asyncCallsCompleteAndFailTyped() throws Exception {
    CompletableFuture<PaymentResponse> ok = client.payments().retrieveAsync("pay_2IjeQm4hqU6RA4Z4kwDee");
    assertThat(ok.get(10, TimeUnit.SECONDS).paymentId()).isEqualTo("pay_2IjeQm4hqU6RA4Z4kwDee");
    var page = client.payments().listAsync().get(10, TimeUnit.SECONDS);
    assertThat(page.items()).isNotEmpty();
    server.stubFor(get("/payments/missing").willReturn(aResponse().withStatus(404)));
    assertThatThrownBy(() -> client.payments().retrieveAsync("missing").join())
        .hasCauseInstanceOf(NotFoundException.class);
  }

  @Test
  void fromEnvNamesTheMissingVariableNeverAValue() {
    assertThatThrownBy(() -> DodoPaymentsClient.builder().fromEnv(name -> null))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("DODO_PAYMENTS_API_KEY");
    Map<String, String> env = Map.of("DODO_PAYMENTS_API_KEY", "sk_secret_value", "DODO_PAYMENTS_BASE_URL", server.baseUrl());
    DodoPaymentsClient fromEnv = DodoPaymentsClient.builder().fromEnv(env::get).sleeper(sleeper).build();
    assertThat(fromEnv.toString()).doesNotContain("sk_secret_value");
    assertThat(DodoPaymentsClient.builder().bearerToken("sk_secret_value").toString()).doesNotContain("sk_secret_value");
    server.stubFor(get("/payments/pay_1").willReturn(okJson(payment("pay_1", ""))));
    fromEnv.payments().retrieve("pay_1");
    server.verify(getRequestedFor(urlPathEqualTo("/payments/pay_1"))
        .withHeader("Authorization", equalTo("Bearer sk_secret_value")));
  }

  @Test
  void environmentsAndMissingCredentials() {
    assertThat(DodoPaymentsClient.Environment.TEST_MODE.baseUrl()).isEqualTo("https://test.dodopayments.com");
    assertThat(DodoPaymentsClient.builder().bearerToken("k").build().toString()).contains("https://test.dodopayments.com");
    assertThat(DodoPaymentsClient.builder().bearerToken("k").environment(DodoPaymentsClient.Environment.LIVE_MODE)
        .build().toString()).contains("https://live.dodopayments.com");
    assertThatThrownBy(() -> DodoPaymentsClient.builder().build()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("bearerToken");
  }

  /** The recorded payment with some fields replaced (JSON fragments). */
  static String payment(String id, String extra) {
    String body = Fixtures.file("dodo", "__files", "payments-retrieve.json").strip();
    body = body.replace("pay_2IjeQm4hqU6RA4Z4kwDee", id);
    return extra.isEmpty() ? body : body.substring(0, body.length() - 1) + "," + extra + "}";
  }

  static String listItem(String id) throws Exception {
    var tree = MAPPER.readTree(Fixtures.file("dodo", "__files", "payments-list.json"));
    var item = (com.fasterxml.jackson.databind.node.ObjectNode) tree.path("items").get(0);
    return item.put("payment_id", id).toString();
  }

  static CreateCheckoutSessionRequest minimalSession() {
    return CreateCheckoutSessionRequest.builder()
        .productCart(List.of(ProductItemReq.builder().productId("pdt_1").quantity(1).build()))
        .build();
  }
}
