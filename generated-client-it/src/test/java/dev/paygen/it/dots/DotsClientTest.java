package dev.paygen.it.dots;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.paygen.it.Fixtures;
import dev.paygen.it.dots.model.CheckoutSession;
import dev.paygen.it.dots.model.CreateCheckoutSessionRequest;
import dev.paygen.it.dots.service.CheckoutSessionsListParams;
import dev.paygen.runtime.ApiException;
import dev.paygen.runtime.ClientOptions;
import dev.paygen.runtime.ObjectMappers;
import dev.paygen.runtime.Page;
import dev.paygen.runtime.RequestOptions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The generated Dots client against WireMock on loopback: every operation, Basic auth, cursor pages, errors. */
class DotsClientTest {
  static final String CLIENT_ID = "client_8c1d";
  static final String API_KEY = "dots_key_secret_5f2a";
  static final String BASIC = "Basic "
      + Base64.getEncoder()
          .encodeToString((CLIENT_ID + ":" + API_KEY).getBytes(StandardCharsets.UTF_8));
  static final String USER_AGENT =
      "paygen-runtime/" + ClientOptions.VERSION + " (Java " + Runtime.version() + ")";
  static final UUID SESSION_ID = UUID.fromString("8f14e45f-ceea-467a-9b36-3a6c1d2f5e90");
  static final String PATH = "/v2/checkout-sessions";
  static final ObjectMapper MAPPER = ObjectMappers.create();
  static WireMockServer server;
  Fixtures.RecordingSleeper sleeper;
  DotsClient client;

  @BeforeAll
  static void start() {
    server = Fixtures.start("dots");
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

  DotsClient.Builder builder() {
    return DotsClient.builder()
        .basicAuth(CLIENT_ID, API_KEY)
        .baseUrl(server.baseUrl())
        .maxRetries(2)
        .sleeper(sleeper);
  }

  @Test
  void createSendsExactJsonAndHeadersAndParsesTheSession() throws Exception {
    var body = MAPPER.readValue(
        Fixtures.file("dots", "requests", "checkout-sessions-create.json"),
        CreateCheckoutSessionRequest.class);
    CheckoutSession session = client.checkoutSessions().create(body);

    assertThat(session)
        .isEqualTo(recordedSession(CheckoutSession.Status.OPEN, "2026-05-14T09:18:42Z"));
    List<LoggedRequest> sent = server.findAll(postRequestedFor(urlPathEqualTo(PATH)));
    assertThat(sent).singleElement().satisfies(r -> {
      assertThat(r.getHeader("Authorization")).isEqualTo(BASIC);
      assertThat(r.getHeader("Content-Type")).startsWith("application/json");
      assertThat(r.getHeader("Accept")).isEqualTo("application/json");
      assertThat(r.getHeader("User-Agent")).isEqualTo(USER_AGENT);
      assertThat(r.getHeader("Idempotency-Key")).matches("[0-9a-f-]{36}");
    });
    // The recorded stub matched the body with strict equalToJson; check the wire names here too.
    assertThat(MAPPER.readTree(sent.get(0).getBodyAsString()))
        .isEqualTo(
            MAPPER.readTree(Fixtures.file("dots", "requests", "checkout-sessions-create.json")));
  }

  @Test
  void createSendsOnlyTheFieldsSetAndTheGivenIdempotencyKey() {
    server.stubFor(post(PATH)
        .atPriority(1)
        .withRequestBody(equalToJson("""
            {"line_items":[{"price_data":{"currency":"usd","amount":2500,"product_data":{"name":"Design review"}},
              "quantity":1}],
             "success_url":"https://example.com/ok","mode":"payment"}""", false, false))
        .willReturn(okJson("{\"id\":\"" + SESSION_ID + "\",\"status\":\"open\"}")));
    var request = CreateCheckoutSessionRequest.builder()
        .lineItems(List.of(new CreateCheckoutSessionRequest.LineItemsItem(
            new CreateCheckoutSessionRequest.LineItemsItem.PriceData(
                CreateCheckoutSessionRequest.LineItemsItem.PriceData.Currency.USD,
                2500L,
                CreateCheckoutSessionRequest.LineItemsItem.PriceData.ProductData.builder()
                    .name("Design review")
                    .build()),
            1)))
        .successUrl("https://example.com/ok")
        .mode(CreateCheckoutSessionRequest.Mode.PAYMENT)
        .build();

    CheckoutSession session = client
        .checkoutSessions()
        .create(
            request,
            RequestOptions.builder().idempotencyKey("order-1042-attempt").build());

    assertThat(session.id()).isEqualTo(SESSION_ID);
    assertThat(session.status()).isEqualTo(CheckoutSession.Status.OPEN);
    assertThat(session.lineItems()).isNull();
    server.verify(
        1,
        postRequestedFor(urlPathEqualTo(PATH))
            .withHeader("Idempotency-Key", equalTo("order-1042-attempt"))
            .withHeader("Authorization", equalTo(BASIC)));
  }

  @Test
  void retrieveParsesEveryField() {
    CheckoutSession session = client.checkoutSessions().retrieve(SESSION_ID);

    assertThat(session)
        .isEqualTo(recordedSession(CheckoutSession.Status.COMPLETE, "2026-05-14T09:24:05Z"));
    List<LoggedRequest> sent = server.findAll(anyRequestedFor(anyUrl()));
    assertThat(sent).singleElement().satisfies(r -> {
      assertThat(r.getMethod().getName()).isEqualTo("GET");
      assertThat(r.getUrl()).isEqualTo(PATH + "/" + SESSION_ID);
      assertThat(r.getHeader("Authorization")).isEqualTo(BASIC);
      assertThat(r.getHeader("User-Agent")).isEqualTo(USER_AGENT);
      assertThat(r.containsHeader("Idempotency-Key")).isFalse();
    });
  }

  @Test
  void listParsesTheRecordedFirstPage() {
    Page<CheckoutSession> page = client.checkoutSessions().list();

    assertThat(page.items())
        .extracting(CheckoutSession::id)
        .containsExactly(SESSION_ID, UUID.fromString("c4ca4238-a0b9-4382-8dcc-509a6f75849b"));
    assertThat(page.items())
        .extracting(CheckoutSession::status)
        .containsExactly(CheckoutSession.Status.COMPLETE, CheckoutSession.Status.EXPIRED);
    assertThat(page.items().get(0))
        .isEqualTo(recordedSession(CheckoutSession.Status.COMPLETE, "2026-05-14T09:24:05Z"));
    assertThat(page.items().get(1).amountTotal()).isEqualTo(1999L);
    assertThat(page.items().get(1).metadata()).isEmpty();
    assertThat(page.hasNextPage()).isTrue();
    server.verify(1, getRequestedFor(urlEqualTo(PATH)).withHeader("Authorization", equalTo(BASIC)));
  }

  @Test
  void cursorPagingStartsAfterTheLastIdUntilHasMoreIsFalseAndFetchesLazily() throws Exception {
    String a = "00000000-0000-4000-8000-00000000000a";
    String b = "00000000-0000-4000-8000-00000000000b";
    String c = "00000000-0000-4000-8000-00000000000c";
    String d = "00000000-0000-4000-8000-00000000000d";
    String e = "00000000-0000-4000-8000-00000000000e";
    stubPage(absent(), true, a, b);
    stubPage(equalTo(b), true, c, d);
    stubPage(equalTo(d), false, e);

    Page<CheckoutSession> first = client
        .checkoutSessions()
        .list(CheckoutSessionsListParams.builder().limit(2).build());
    Iterator<CheckoutSession> all = first.autoPager().iterator();
    assertThat(requestedUrls()).hasSize(1);
    assertThat(all.next().id()).hasToString(a);
    assertThat(all.next().id()).hasToString(b);
    assertThat(requestedUrls()).as("no page is fetched before it is needed").hasSize(1);
    List<String> rest = new ArrayList<>();
    all.forEachRemaining(s -> rest.add(s.id().toString()));

    assertThat(rest).containsExactly(c, d, e);
    assertThat(requestedUrls())
        .containsExactly(
            PATH + "?limit=2",
            PATH + "?limit=2&starting_after=" + b,
            PATH + "?limit=2&starting_after=" + d);
    assertThat(first.stream().map(s -> s.id().toString()).toList()).containsExactly(a, b, c, d, e);
  }

  @ParameterizedTest
  @CsvSource({
    "400, dev.paygen.runtime.BadRequestException, invalid-input, success_url must be a valid URL",
    "401, dev.paygen.runtime.UnauthorizedException, , Unauthorized",
    "403, dev.paygen.runtime.PermissionDeniedException, , You do not have access to this resource",
    "404, dev.paygen.runtime.NotFoundException, , Checkout session not found",
    "409, dev.paygen.runtime.ConflictException, resource-busy, Checkout session is being updated",
    "422, dev.paygen.runtime.UnprocessableEntityException, invalid-input, line_items must not be empty"
  })
  void dotsErrorBodiesBecomeTypedExceptionsWithCodeAndMessage(
      int status, Class<?> type, String code, String message) {
    String body = "{\"success\":false,\"message\":\"" + message + "\""
        + (code == null ? "" : ",\"code\":\"" + code + "\"") + "}";
    server.stubFor(get(urlPathMatching(PATH + "/.*"))
        .atPriority(1)
        .willReturn(aResponse()
            .withStatus(status)
            .withHeader("Content-Type", "application/json")
            .withBody(body)));
    DotsClient noRetry = builder().maxRetries(0).build();

    assertThatThrownBy(() -> noRetry.checkoutSessions().retrieve(SESSION_ID))
        .isExactlyInstanceOf(type)
        .isInstanceOfSatisfying(ApiException.class, ex -> {
          assertThat(ex.statusCode()).isEqualTo(status);
          assertThat(ex.errorCode()).isEqualTo(code);
          assertThat(ex.errorMessage()).isEqualTo(message);
          assertThat(ex.body()).isEqualTo(body);
          assertThat(ex.getMessage())
              .contains(message)
              .doesNotContain(API_KEY)
              .doesNotContain(BASIC.substring(6));
        });
    server.verify(1, getRequestedFor(urlPathEqualTo(PATH + "/" + SESSION_ID)));
  }

  @Test
  void rateLimitWithRetryAfterIsRetriedThenSucceeds() {
    server.stubFor(get(urlPathEqualTo(PATH))
        .atPriority(1)
        .inScenario("429")
        .whenScenarioStateIs(Scenario.STARTED)
        .willReturn(
            aResponse()
                .withStatus(429)
                .withHeader("Retry-After", "2")
                .withBody(
                    "{\"success\":false,\"message\":\"Too many requests, please retry later\",\"code\":\"resource-busy\"}"))
        .willSetStateTo("ok"));
    server.stubFor(get(urlPathEqualTo(PATH))
        .atPriority(1)
        .inScenario("429")
        .whenScenarioStateIs("ok")
        .willReturn(okJson("{\"has_more\":false,\"data\":[]}")));

    assertThat(client.checkoutSessions().list().items()).isEmpty();
    assertThat(sleeper.delays).containsExactly(Duration.ofSeconds(2));
    server.verify(2, getRequestedFor(urlPathEqualTo(PATH)));
  }

  @Test
  void unknownStatusIsKeptAsReadAndUnknownFieldsAreKept() throws Exception {
    ObjectNode archived = (ObjectNode)
        MAPPER.readTree(Fixtures.file("dots", "__files", "checkout-sessions-retrieve.json"));
    archived.put("status", "archived");
    archived.putObject("shipping_details").put("carrier", "ups");
    archived.put("livemode", false);
    server.stubFor(get(urlPathEqualTo(PATH + "/" + SESSION_ID))
        .atPriority(1)
        .willReturn(okJson(archived.toString())));
    server.stubFor(get(urlPathEqualTo(PATH))
        .atPriority(1)
        .willReturn(okJson("{\"has_more\":false,\"next_cursor\":null,\"object\":\"list\",\"data\":["
            + archived + "]}")));

    CheckoutSession session = client.checkoutSessions().retrieve(SESSION_ID);
    assertThat(session.status().known()).isEqualTo(CheckoutSession.Status.Known.UNRECOGNIZED);
    assertThat(session.status().value()).isEqualTo("archived");
    assertThat(session.additionalProperties().get("shipping_details"))
        .isEqualTo(archived.get("shipping_details"));
    assertThat(session.additionalProperties().get("livemode").asBoolean(true)).isFalse();
    assertThat(session.toBuilder()
            .status(CheckoutSession.Status.COMPLETE)
            .additionalProperties(java.util.Map.of())
            .build())
        .isEqualTo(recordedSession(CheckoutSession.Status.COMPLETE, "2026-05-14T09:24:05Z"));
    Page<CheckoutSession> page = client.checkoutSessions().list();
    assertThat(page.items())
        .singleElement()
        .extracting(CheckoutSession::status)
        .isEqualTo(CheckoutSession.Status.of("archived"));
    assertThat(page.hasNextPage()).isFalse();
  }

  @Test
  void asyncRetrieveAndListComplete() throws Exception {
    assertThat(client.checkoutSessions().retrieveAsync(SESSION_ID).get(10, TimeUnit.SECONDS))
        .isEqualTo(recordedSession(CheckoutSession.Status.COMPLETE, "2026-05-14T09:24:05Z"));
    assertThat(client.checkoutSessions().listAsync().get(10, TimeUnit.SECONDS).items())
        .hasSize(2);
  }

  @Test
  void fromEnvNamesMissingVariablesNeverValues() {
    assertThatThrownBy(() -> DotsClient.builder().fromEnv(Map.of("DOTS_CLIENT_ID", "id_only")::get))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("DOTS_API_KEY")
        .hasMessageNotContaining("id_only");
    DotsClient fromEnv = DotsClient.builder()
        .fromEnv(
            Map.of(
                "DOTS_CLIENT_ID",
                CLIENT_ID,
                "DOTS_API_KEY",
                API_KEY,
                "DOTS_BASE_URL",
                server.baseUrl())::get)
        .build();
    assertThat(fromEnv.toString()).doesNotContain(API_KEY);
    fromEnv.checkoutSessions().retrieve(SESSION_ID);
    server.verify(getRequestedFor(urlPathEqualTo(PATH + "/" + SESSION_ID))
        .withHeader("Authorization", equalTo(BASIC)));
  }

  void stubPage(
      com.github.tomakehurst.wiremock.matching.StringValuePattern startingAfter,
      boolean hasMore,
      String... ids)
      throws Exception {
    List<String> items = new ArrayList<>();
    for (String id : ids) {
      ObjectNode item = (ObjectNode)
          MAPPER.readTree(Fixtures.file("dots", "__files", "checkout-sessions-retrieve.json"));
      items.add(item.put("id", id).toString());
    }
    server.stubFor(get(urlPathEqualTo(PATH))
        .atPriority(1)
        .withQueryParam("limit", equalTo("2"))
        .withQueryParam("starting_after", startingAfter)
        .willReturn(
            okJson("{\"has_more\":" + hasMore + ",\"data\":[" + String.join(",", items) + "]}")));
  }

  static List<String> requestedUrls() {
    return server.findAll(anyRequestedFor(anyUrl())).stream()
        .map(LoggedRequest::getUrl)
        .toList();
  }

  /** The recorded session of {@code __files/checkout-sessions-{create,retrieve}.json}, field by field. */
  static CheckoutSession recordedSession(CheckoutSession.Status status, String updated) {
    return CheckoutSession.builder()
        .id(SESSION_ID)
        .status(status)
        .paymentIntentId(UUID.fromString("5b1c7d2e-93a4-4f6b-8e0d-2c9a7f3b1e64"))
        .successUrl("https://example.com/checkout/success")
        .cancelUrl("https://example.com/cart")
        .checkoutSessionUrl("https://checkout.dots.dev/c/8f14e45f-ceea-467a-9b36-3a6c1d2f5e90")
        .clientReferenceId("order_1042")
        .expiry(OffsetDateTime.parse("2026-05-14T12:18:42Z"))
        .putMetadata("order_id", "order_1042")
        .addLineItem(CheckoutSession.LineItemsItem.builder()
            .quantity(2)
            .priceId("b7e23ec2-9f4a-4c1d-8a55-0f6d3e2b9c17")
            .build())
        .created(OffsetDateTime.parse("2026-05-14T09:18:42Z"))
        .updated(OffsetDateTime.parse(updated))
        .customerId(UUID.fromString("3c90c3cc-0d44-4b50-8888-8dd25736052a"))
        .customerEmail("jane.doe@example.com")
        .amountTotal(5000)
        .build();
  }
}
