package dev.paygen.it.dodo;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.paygen.it.Fixtures;
import dev.paygen.it.dodo.model.BillingAddress;
import dev.paygen.it.dodo.model.CountryCodeAlpha2;
import dev.paygen.it.dodo.model.CreateCheckoutSessionRequest;
import dev.paygen.it.dodo.model.CreateOneTimePaymentRequest;
import dev.paygen.it.dodo.model.CreateSessionResponse;
import dev.paygen.it.dodo.model.Currency;
import dev.paygen.it.dodo.model.CustomFieldResponse;
import dev.paygen.it.dodo.model.CustomerLimitedDetailsResponse;
import dev.paygen.it.dodo.model.GetCheckoutSessionsStatus;
import dev.paygen.it.dodo.model.GetPaymentsListResponseItem;
import dev.paygen.it.dodo.model.IntentStatus;
import dev.paygen.it.dodo.model.OneTimeProductCartItemResponse;
import dev.paygen.it.dodo.model.PaymentDiscount;
import dev.paygen.it.dodo.model.PaymentProvider;
import dev.paygen.it.dodo.model.PaymentRefundStatus;
import dev.paygen.it.dodo.model.PaymentResponse;
import dev.paygen.it.dodo.model.ProductItemReq;
import dev.paygen.it.dodo.model.RefundListItem;
import dev.paygen.it.dodo.model.RefundStatus;
import dev.paygen.it.dodo.service.PaymentsListParams;
import dev.paygen.runtime.ApiConnectionException;
import dev.paygen.runtime.ApiException;
import dev.paygen.runtime.ApiTimeoutException;
import dev.paygen.runtime.ClientOptions;
import dev.paygen.runtime.InternalServerException;
import dev.paygen.runtime.NotFoundException;
import dev.paygen.runtime.ObjectMappers;
import dev.paygen.runtime.Page;
import dev.paygen.runtime.RequestOptions;
import dev.paygen.runtime.RetryPolicy;
import dev.paygen.runtime.UnauthorizedException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.OffsetDateTime;
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
    Fixtures.stop(server);
  }

  @BeforeEach
  void reset() {
    Fixtures.reset(server);
    sleeper = new Fixtures.RecordingSleeper();
    client = builder().build();
  }

  DodoPaymentsClient.Builder builder() {
    return DodoPaymentsClient.builder()
        .bearerToken(KEY)
        .baseUrl(server.baseUrl())
        .maxRetries(2)
        .sleeper(sleeper);
  }

  static <T> T request(String name, Class<T> type) throws Exception {
    return MAPPER.readValue(Fixtures.file("dodo", "requests", name + ".json"), type);
  }

  @Test
  void checkoutSessionsCreateSendsExactJsonAndHeaders() throws Exception {
    CreateSessionResponse session = client
        .checkoutSessions()
        .create(request("checkout-sessions-create", CreateCheckoutSessionRequest.class));
    assertThat(session.sessionId()).isEqualTo("cks_Gi6KGJ2zFJo9rq9Ukifwa");
    assertThat(session.checkoutUrl())
        .isEqualTo("https://test.checkout.dodopayments.com/session/cks_Gi6KGJ2zFJo9rq9Ukifwa");
    List<LoggedRequest> all = server.findAll(postRequestedFor(urlPathEqualTo("/checkouts")));
    assertThat(all).hasSize(1);
    LoggedRequest sent = all.get(0);
    assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer " + KEY);
    assertThat(sent.getHeader("Content-Type")).startsWith("application/json");
    assertThat(sent.getHeader("Accept")).isEqualTo("application/json");
    assertThat(sent.getHeader("User-Agent"))
        .isEqualTo("paygen-runtime/" + ClientOptions.VERSION + " (Java " + Runtime.version() + ")");
    assertThat(sent.getHeader("Idempotency-Key")).matches("[0-9a-f-]{36}");
  }

  @Test
  void absentOptionalsAreNotSent() {
    server.stubFor(post("/checkouts")
        .withRequestBody(equalToJson(
            "{\"product_cart\":[{\"product_id\":\"pdt_1\",\"quantity\":2}]}", false, false))
        .willReturn(okJson("{\"session_id\":\"cks_1\"}")));
    CreateSessionResponse session = client
        .checkoutSessions()
        .create(CreateCheckoutSessionRequest.builder()
            .addProductCart(
                ProductItemReq.builder().productId("pdt_1").quantity(2).build())
            .build());
    assertThat(session.sessionId()).isEqualTo("cks_1");
  }

  @Test
  void checkoutSessionsPreviewAndRetrieve() throws Exception {
    var preview = client
        .checkoutSessions()
        .preview(request("checkout-sessions-preview", CreateCheckoutSessionRequest.class));
    assertThat(preview.currency()).isEqualTo(Currency.USD);
    assertThat(preview.billingCountry()).isEqualTo(CountryCodeAlpha2.US);
    assertThat(preview.totalPrice()).isEqualTo(1600);
    assertThat(preview.productCart()).singleElement().satisfies(line -> {
      assertThat(line.productId()).isEqualTo("pdt_e9mUw084cWnu0tz");
      assertThat(line.discountedPrice()).isEqualTo(1600);
    });
    GetCheckoutSessionsStatus status =
        client.checkoutSessions().retrieve("cks_Gi6KGJ2zFJo9rq9Ukifwa");
    assertThat(status)
        .isEqualTo(GetCheckoutSessionsStatus.builder()
            .id("cks_Gi6KGJ2zFJo9rq9Ukifwa")
            .createdAt(OffsetDateTime.parse("2026-05-14T09:18:42.031Z"))
            .customerEmail("jane.doe@example.com")
            .customerName("Jane Doe")
            .paymentId("pay_2IjeQm4hqU6RA4Z4kwDee")
            .paymentStatus(IntentStatus.SUCCEEDED)
            .build());
    server.verify(
        1,
        getRequestedFor(urlPathEqualTo("/checkouts/cks_Gi6KGJ2zFJo9rq9Ukifwa"))
            .withHeader("Authorization", equalTo("Bearer " + KEY))
            .withoutHeader("Idempotency-Key"));
  }

  @Test
  @SuppressWarnings("deprecation")
  void paymentsCreateRetrieveLineItems() throws Exception {
    var created =
        client.payments().create(request("payments-create", CreateOneTimePaymentRequest.class));
    assertThat(created.paymentId()).isNotBlank();
    assertThat(created.paymentId()).isEqualTo("pay_2IjeQm4hqU6RA4Z4kwDee");
    assertThat(created.totalAmount()).isEqualTo(2360);
    PaymentResponse payment = client.payments().retrieve("pay_2IjeQm4hqU6RA4Z4kwDee");
    assertThat(payment).usingRecursiveComparison().isEqualTo(recordedPayment());
    assertThat(payment).isEqualTo(recordedPayment());
    server.verify(1, getRequestedFor(urlPathEqualTo("/payments/pay_2IjeQm4hqU6RA4Z4kwDee")));
    var lines = client.payments().listLineItems("pay_2IjeQm4hqU6RA4Z4kwDee");
    assertThat(lines.items()).isNotEmpty();
    server.verify(
        getRequestedFor(urlPathEqualTo("/payments/pay_2IjeQm4hqU6RA4Z4kwDee/line-items")));
  }

  @Test
  void paymentsListFirstPage() {
    Page<GetPaymentsListResponseItem> page = client.payments().list();
    assertThat(page.items()).isNotEmpty();
    assertThat(page.items().get(0).paymentId()).isNotBlank();
  }

  @Test
  void autoPagerOverPaymentsListEnds() {
    // The fixture answers page 0 (or no page_number) with its items and any later page with none,
    // as the API does; a fixture ignoring page_number would page forever (hence the limit).
    List<GetPaymentsListResponseItem> all =
        client.payments().list().stream().limit(100).toList();
    assertThat(all).hasSize(3);
    List<String> pages = server.findAll(getRequestedFor(urlPathEqualTo("/payments"))).stream()
        .map(r -> r.queryParameter("page_number").isPresent()
            ? r.queryParameter("page_number").firstValue()
            : "absent")
        .toList();
    assertThat(pages).containsExactly("absent", "1");
  }

  @Test
  void pagingWalksEveryPageFromZeroWithoutSkipping() throws Exception {
    // Priority over the recorded list stub; resetMappings() would delete the fixture files.
    for (int n = 0; n < 3; n++) {
      String items =
          n < 2 ? listItem("p" + n + "a") + "," + listItem("p" + n + "b") : listItem("p2a");
      server.stubFor(get(urlPathEqualTo("/payments"))
          .atPriority(1)
          .withQueryParam("page_number", equalTo(String.valueOf(n)))
          .willReturn(okJson("{\"items\":[" + items + "]}")));
    }
    List<String> ids = new ArrayList<>();
    client
        .payments()
        .list(PaymentsListParams.builder().pageSize(2).pageNumber(0).build())
        .autoPager()
        .forEach(p -> ids.add(p.paymentId()));
    assertThat(ids).containsExactly("p0a", "p0b", "p1a", "p1b", "p2a");
    List<String> pages = server.findAll(getRequestedFor(urlPathEqualTo("/payments"))).stream()
        .map(r -> r.queryParameter("page_number").firstValue())
        .toList();
    assertThat(pages).containsExactly("0", "1", "2");
  }

  @ParameterizedTest
  @CsvSource({
    "400, dev.paygen.runtime.BadRequestException",
    "401, dev.paygen.runtime.UnauthorizedException",
    "404, dev.paygen.runtime.NotFoundException",
    "409, dev.paygen.runtime.ConflictException",
    "422, dev.paygen.runtime.UnprocessableEntityException"
  })
  void errorStatusesBecomeTypedExceptions(int status, Class<?> type) {
    server.stubFor(get(urlPathMatching("/payments/.*"))
        .willReturn(aResponse()
            .withStatus(status)
            .withHeader("Content-Type", "application/json")
            .withBody("{\"code\":\"SOME_CODE\",\"message\":\"went wrong\"}")));
    DodoPaymentsClient noRetry = builder().maxRetries(0).build();
    assertThatThrownBy(() -> noRetry.payments().retrieve("pay_1"))
        .isExactlyInstanceOf(type)
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(status);
          assertThat(e.errorCode()).isEqualTo("SOME_CODE");
          assertThat(e.errorMessage()).isEqualTo("went wrong");
          assertThat(e.body()).isEqualTo("{\"code\":\"SOME_CODE\",\"message\":\"went wrong\"}");
          assertThat(e.getMessage())
              .contains(String.valueOf(status))
              .contains("SOME_CODE")
              .contains("went wrong")
              .doesNotContain(KEY);
        });
    // 409 is retryable; maxRetries(0) means exactly one attempt for every status.
    server.verify(1, getRequestedFor(urlPathEqualTo("/payments/pay_1")));
  }

  @Test
  void unauthorizedNamesCodeAndMessageAndShowsWhatWasSent() {
    server.stubFor(get("/payments/pay_1")
        .atPriority(1)
        .willReturn(aResponse()
            .withStatus(401)
            .withHeader("Content-Type", "application/json")
            .withBody("{\"code\":\"UNAUTHORIZED\",\"message\":\"Invalid API key\"}")));
    DodoPaymentsClient wrongKey = builder().bearerToken("sk_wrong_key_123").build();
    assertThatThrownBy(() -> wrongKey.payments().retrieve("pay_1"))
        .isExactlyInstanceOf(UnauthorizedException.class)
        .isInstanceOfSatisfying(UnauthorizedException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(401);
          assertThat(e.errorCode()).isEqualTo("UNAUTHORIZED");
          assertThat(e.errorMessage()).isEqualTo("Invalid API key");
          assertThat(e.getMessage())
              .isEqualTo(
                  "HTTP 401 Unauthorized (UNAUTHORIZED): Invalid API key [GET /payments/pay_1]")
              .doesNotContain("sk_wrong_key_123");
        });
    // A 401 is not retried; the one request carried the given key, and no idempotency key on a GET.
    List<LoggedRequest> sent = server.findAll(anyRequestedFor(anyUrl()));
    assertThat(sent).singleElement().satisfies(r -> {
      assertThat(r.getMethod().getName()).isEqualTo("GET");
      assertThat(r.getUrl()).isEqualTo("/payments/pay_1");
      assertThat(r.getHeader("Authorization")).isEqualTo("Bearer sk_wrong_key_123");
      assertThat(r.getHeader("Accept")).isEqualTo("application/json");
      assertThat(r.containsHeader("Idempotency-Key")).isFalse();
      assertThat(r.getBodyAsString()).isEmpty();
    });
    assertThat(sleeper.delays).isEmpty();
  }

  @Test
  void rateLimitHonoursRetryAfterThenSucceeds() {
    server.stubFor(get("/payments/pay_1")
        .inScenario("429")
        .whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
        .willSetStateTo("ok"));
    server.stubFor(get("/payments/pay_1")
        .inScenario("429")
        .whenScenarioStateIs("ok")
        .willReturn(okJson(payment("pay_1", ""))));
    assertThat(client.payments().retrieve("pay_1").paymentId()).isEqualTo("pay_1");
    assertThat(sleeper.delays).containsExactly(Duration.ofSeconds(1));
  }

  @ParameterizedTest
  @CsvSource({"500", "503"})
  void serverErrorsAreRetriedWithOneIdempotencyKey(int status) {
    server.stubFor(post("/checkouts")
        .inScenario("5xx")
        .whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(status))
        .willSetStateTo("again"));
    server.stubFor(post("/checkouts")
        .inScenario("5xx")
        .whenScenarioStateIs("again")
        .willReturn(aResponse().withStatus(status))
        .willSetStateTo("ok"));
    server.stubFor(post("/checkouts")
        .inScenario("5xx")
        .whenScenarioStateIs("ok")
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
    client
        .checkoutSessions()
        .create(
            minimalSession(),
            RequestOptions.builder().idempotencyKey("order-42").build());
    server.verify(postRequestedFor(urlPathEqualTo("/checkouts"))
        .withHeader("Idempotency-Key", equalTo("order-42")));
  }

  @Test
  void retriesExhaustedThrowsTheLastError() {
    server.stubFor(get("/payments/pay_1").willReturn(aResponse().withStatus(503)));
    assertThatThrownBy(() -> client.payments().retrieve("pay_1"))
        .isInstanceOf(InternalServerException.class);
    server.verify(3, getRequestedFor(urlPathEqualTo("/payments/pay_1")));
  }

  @Test
  void retryPolicyFromTheBuilderDecidesWhatIsRetriedAndHowLongToWait() {
    server.stubFor(get("/payments/pay_1").willReturn(aResponse().withStatus(502)));
    server.stubFor(get("/payments/pay_2").willReturn(aResponse().withStatus(503)));
    RetryPolicy policy = RetryPolicy.builder()
        .maxRetries(3)
        .retryableStatuses(502)
        .initialBackoff(Duration.ofMillis(100))
        .maxBackoff(Duration.ofMillis(150))
        .jitter(0)
        .build();
    DodoPaymentsClient patient = DodoPaymentsClient.builder()
        .bearerToken(KEY)
        .baseUrl(server.baseUrl())
        .retryPolicy(policy)
        .sleeper(sleeper)
        .build();

    assertThatThrownBy(() -> patient.payments().retrieve("pay_1"))
        .isInstanceOf(InternalServerException.class);
    assertThatThrownBy(() -> patient.payments().retrieveAsync("pay_1").join())
        .cause()
        .isInstanceOf(InternalServerException.class);
    assertThatThrownBy(() -> patient.payments().retrieve("pay_2"))
        .isInstanceOf(InternalServerException.class);

    server.verify(8, getRequestedFor(urlPathEqualTo("/payments/pay_1")));
    server.verify(1, getRequestedFor(urlPathEqualTo("/payments/pay_2")));
    Duration first = Duration.ofMillis(100);
    Duration capped = Duration.ofMillis(150);
    assertThat(sleeper.delays)
        .containsExactly(first, capped, capped, first, capped, capped); // sync, then async
  }

  @Test
  void slowResponseTimesOut() {
    server.stubFor(
        get("/payments/pay_1").willReturn(okJson(payment("pay_1", "")).withFixedDelay(2000)));
    DodoPaymentsClient quick =
        builder().timeout(Duration.ofMillis(200)).maxRetries(0).build();
    assertThatThrownBy(() -> quick.payments().retrieve("pay_1"))
        .isInstanceOf(ApiTimeoutException.class);
  }

  @Test
  void refusedConnectionIsAConnectionError() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    DodoPaymentsClient refused =
        builder().baseUrl("http://127.0.0.1:" + port).maxRetries(1).build();
    assertThatThrownBy(() -> refused.payments().retrieve("pay_1"))
        .isInstanceOf(ApiConnectionException.class)
        .hasMessageNotContaining(KEY);
  }

  @Test
  void unknownEnumValuesAndFieldsAreTolerated() {
    server.stubFor(get("/payments/pay_1")
        .willReturn(okJson(payment("pay_1", "\"brand_new_field\":{\"x\":1}")
            .replaceFirst("\"status\": *\"[a-z_]+\"", "\"status\":\"teleported\""))));
    PaymentResponse payment = client.payments().retrieve("pay_1");
    assertThat(payment.status().known()).isEqualTo(IntentStatus.Known.UNRECOGNIZED);
    assertThat(payment.status().value()).isEqualTo("teleported");
  }

  @Test
  void anUnknownEnumValueKeepsItsTextAndIsSentBackUnchanged() throws Exception {
    server.stubFor(get("/payments/pay_1")
        .willReturn(okJson(payment("pay_1", "")
            .replaceFirst("\"status\": *\"[a-z_]+\"", "\"status\":\"requires_3ds_challenge\""))));
    server.stubFor(get(urlPathEqualTo("/payments"))
        .atPriority(1)
        .withQueryParam("status", equalTo("requires_3ds_challenge"))
        .willReturn(okJson("{\"items\":[" + listItem("p_3ds") + "]}")));

    IntentStatus status = client.payments().retrieve("pay_1").status();
    String outcome = switch (status.known()) {
      case SUCCEEDED -> "paid";
      case FAILED, CANCELLED -> "not paid";
      default -> "pending: " + status.value();
    };
    Page<GetPaymentsListResponseItem> page =
        client.payments().list(PaymentsListParams.builder().status(status).build());

    assertThat(outcome).isEqualTo("pending: requires_3ds_challenge");
    assertThat(status.isKnown()).isFalse();
    assertThat(status)
        .isEqualTo(IntentStatus.of("requires_3ds_challenge"))
        .hasToString("requires_3ds_challenge");
    assertThat(page.items())
        .extracting(GetPaymentsListResponseItem::paymentId)
        .containsExactly("p_3ds");
  }

  @Test
  void aListedEnumValueReadIsTheConstantItself() {
    PaymentResponse payment = client.payments().retrieve("pay_2IjeQm4hqU6RA4Z4kwDee");

    assertThat(payment.status()).isSameAs(IntentStatus.SUCCEEDED);
    assertThat(payment.currency()).isSameAs(Currency.USD);
  }

  @Test
  void sixtyFourThreadsShareOneClient() throws Exception {
    server.stubFor(
        get(urlPathMatching("/payments/pay_.*")).willReturn(okJson(payment("pay_x", ""))));
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
    CompletableFuture<PaymentResponse> ok =
        client.payments().retrieveAsync("pay_2IjeQm4hqU6RA4Z4kwDee");
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
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("DODO_PAYMENTS_API_KEY");
    Map<String, String> env = Map.of(
        "DODO_PAYMENTS_API_KEY", "sk_secret_value", "DODO_PAYMENTS_BASE_URL", server.baseUrl());
    DodoPaymentsClient fromEnv =
        DodoPaymentsClient.builder().fromEnv(env::get).sleeper(sleeper).build();
    assertThat(fromEnv.toString()).doesNotContain("sk_secret_value");
    assertThat(DodoPaymentsClient.builder().bearerToken("sk_secret_value").toString())
        .doesNotContain("sk_secret_value");
    server.stubFor(get("/payments/pay_1").willReturn(okJson(payment("pay_1", ""))));
    fromEnv.payments().retrieve("pay_1");
    server.verify(getRequestedFor(urlPathEqualTo("/payments/pay_1"))
        .withHeader("Authorization", equalTo("Bearer sk_secret_value")));
  }

  @Test
  void environmentsAndMissingCredentials() {
    assertThat(DodoPaymentsClient.Environment.TEST_MODE.baseUrl())
        .isEqualTo("https://test.dodopayments.com");
    assertThat(DodoPaymentsClient.builder().bearerToken("k").build().toString())
        .contains("https://test.dodopayments.com");
    assertThat(DodoPaymentsClient.builder()
            .bearerToken("k")
            .environment(DodoPaymentsClient.Environment.LIVE_MODE)
            .build()
            .toString())
        .contains("https://live.dodopayments.com");
    assertThatThrownBy(() -> DodoPaymentsClient.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("bearerToken");
  }

  /** {@code __files/payments-retrieve.json}, field by field ({@code discount_id} is deprecated in the spec). */
  @SuppressWarnings("deprecation")
  static PaymentResponse recordedPayment() {
    return PaymentResponse.builder()
        .paymentId("pay_2IjeQm4hqU6RA4Z4kwDee")
        .businessId("bus_P3SXLcppjXgagmHS")
        .brandId("bus_P3SXLcppjXgagmHS")
        .status(IntentStatus.SUCCEEDED)
        .paymentProvider(PaymentProvider.DODO)
        .retryAttempt(0)
        .totalAmount(2360)
        .tax(360)
        .currency(Currency.USD)
        .settlementAmount(2360)
        .settlementCurrency(Currency.USD)
        .settlementTax(360)
        .billing(BillingAddress.builder()
            .city("San Francisco")
            .country(CountryCodeAlpha2.US)
            .state("CA")
            .street("123 Main St")
            .zipcode("94102")
            .build())
        .customer(CustomerLimitedDetailsResponse.builder()
            .customerId("cus_8VbC6JDZzPEqfB")
            .email("jane.doe@example.com")
            .name("Jane Doe")
            .phoneNumber("+14155550123")
            .metadata(Map.of())
            .build())
        .cardHolderName("Jane Doe")
        .cardIssuingCountry(CountryCodeAlpha2.US)
        .cardLastFour("4242")
        .cardNetwork("VISA")
        .cardType("CREDIT")
        .paymentMethod("card")
        .checkoutSessionId("cks_Gi6KGJ2zFJo9rq9Ukifwa")
        .paymentLink("https://test.checkout.dodopayments.com/session/cks_Gi6KGJ2zFJo9rq9Ukifwa")
        .productCart(List.of(new OneTimeProductCartItemResponse("pdt_e9mUw084cWnu0tz", 1)))
        .customFieldResponses(List.of(new CustomFieldResponse("company_name", "Acme Inc.")))
        .discountId("dsc_0Zq1xbUWCIyNG5fkW2tFv")
        .addDiscount(PaymentDiscount.builder()
            .discountId("dsc_0Zq1xbUWCIyNG5fkW2tFv")
            .code("WELCOME10")
            .build())
        .digitalProductsDelivered(true)
        .disputes(List.of())
        .refunds(List.of(RefundListItem.builder()
            .refundId("ref_3LpQ7sVw9YtZbN1cXe4Ka")
            .paymentId("pay_2IjeQm4hqU6RA4Z4kwDee")
            .businessId("bus_P3SXLcppjXgagmHS")
            .status(RefundStatus.SUCCEEDED)
            .isPartial(true)
            .amount(500)
            .currency(Currency.USD)
            .reason("Customer requested a partial refund")
            .createdAt(OffsetDateTime.parse("2026-05-16T14:02:55.120Z"))
            .build()))
        .refundStatus(PaymentRefundStatus.PARTIAL)
        .invoiceId("inv_2IsUnWGtRKFLxk7xAQeyt")
        .invoiceUrl("https://test.dodopayments.com/invoices/payments/pay_2IjeQm4hqU6RA4Z4kwDee")
        .putMetadata("order_id", "order_1042")
        .createdAt(OffsetDateTime.parse("2026-05-14T09:21:07.412Z"))
        .updatedAt(OffsetDateTime.parse("2026-05-14T09:21:19.087Z"))
        .build();
  }

  /** The recorded payment with some fields replaced (JSON fragments). */
  static String payment(String id, String extra) {
    String body = Fixtures.file("dodo", "__files", "payments-retrieve.json").strip();
    body = body.replace("pay_2IjeQm4hqU6RA4Z4kwDee", id);
    return extra.isEmpty() ? body : body.substring(0, body.length() - 1) + "," + extra + "}";
  }

  static String listItem(String id) throws Exception {
    var tree = MAPPER.readTree(Fixtures.file("dodo", "__files", "payments-list.json"));
    var item =
        (com.fasterxml.jackson.databind.node.ObjectNode) tree.path("items").get(0);
    return item.put("payment_id", id).toString();
  }

  static CreateCheckoutSessionRequest minimalSession() {
    return CreateCheckoutSessionRequest.builder()
        .productCart(
            List.of(ProductItemReq.builder().productId("pdt_1").quantity(1).build()))
        .build();
  }
}
