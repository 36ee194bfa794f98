package dev.paygen.it.record;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import dev.paygen.it.Fixtures;
import dev.paygen.it.dodo.DodoPaymentsClient;
import dev.paygen.it.dodo.model.CreateCheckoutSessionRequest;
import dev.paygen.it.dodo.model.IntentStatus;
import dev.paygen.it.dodo.model.ProductItemReq;
import dev.paygen.runtime.NotFoundException;
import dev.paygen.runtime.ObjectMappers;
import dev.paygen.runtime.UnauthorizedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recorder against a second loopback WireMock standing in for the live Dodo test API. */
class RecorderTest {
  static final String FAKE_KEY = "sk_test_fake_9f8e7d6c5b4a";
  static final ObjectMapper MAPPER = ObjectMappers.create();
  static final List<String> OPERATIONS = List.of(
      "checkout-sessions-create",
      "checkout-sessions-preview",
      "checkout-sessions-retrieve",
      "payments-create",
      "payments-retrieve",
      "payments-list",
      "payments-listLineItems");

  WireMockServer upstream;

  @TempDir
  Path output;

  @BeforeEach
  void startUpstream() {
    upstream = new WireMockServer(
        WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
    upstream.start();
    StringValuePattern auth = equalTo("Bearer " + FAKE_KEY);
    upstream.stubFor(post("/checkouts")
        .withHeader("Authorization", auth)
        .willReturn(upstreamJson("checkout-sessions-create")));
    upstream.stubFor(post("/checkouts/preview")
        .withHeader("Authorization", auth)
        .willReturn(upstreamJson("checkout-sessions-preview")));
    upstream.stubFor(get(urlPathMatching("/checkouts/[^/]+"))
        .withHeader("Authorization", auth)
        .willReturn(upstreamJson("checkout-sessions-retrieve")));
    upstream.stubFor(post("/payments")
        .withHeader("Authorization", auth)
        .willReturn(upstreamJson("payments-create")));
    // An upstream that echoes the credential in a header and in the body: both must be redacted.
    String retrieve = Fixtures.file("dodo", "__files", "payments-retrieve.json").strip();
    upstream.stubFor(get(urlPathMatching("/payments/[^/]+"))
        .withHeader("Authorization", auth)
        .willReturn(upstreamJson("payments-retrieve")
            .withHeader("X-Debug-Credential", FAKE_KEY)
            .withBody(retrieve.substring(0, retrieve.length() - 1) + ",\"debug\":\"authorized by "
                + FAKE_KEY + "\"}")));
    upstream.stubFor(get(urlPathEqualTo("/payments"))
        .withHeader("Authorization", auth)
        .willReturn(upstreamJson("payments-list")));
    upstream.stubFor(get(urlPathMatching("/payments/[^/]+/line-items"))
        .withHeader("Authorization", auth)
        .willReturn(upstreamJson("payments-listLineItems")));
    upstream.stubFor(any(anyUrl())
        .atPriority(10)
        .willReturn(aResponse()
            .withStatus(401)
            .withHeader("Content-Type", "application/json")
            .withBody("{\"code\":\"UNAUTHORIZED\",\"message\":\"bad key\"}")));
  }

  @AfterEach
  void stopUpstream() {
    upstream.stop();
  }

  static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder upstreamJson(
      String name) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withHeader("Set-Cookie", "session=" + FAKE_KEY + "; Path=/; HttpOnly")
        .withHeader("X-Request-Id", "req_" + name)
        .withBody(Fixtures.file("dodo", "__files", name + ".json"));
  }

  Map<String, String> recordAll() {
    try (FixtureRecorder recorder = new FixtureRecorder(upstream.baseUrl(), FAKE_KEY, output)) {
      DodoPaymentsClient client = DodoPaymentsClient.builder()
          .bearerToken(FAKE_KEY)
          .baseUrl(recorder.baseUrl())
          .maxRetries(0)
          .build();
      Map<String, String> outcome = DodoRecording.recordAll(recorder, client, null);
      assertThat(recorder.saved()).containsExactlyElementsOf(OPERATIONS);
      return outcome;
    }
  }

  @Test
  void recordsEveryOperationThroughTheProxyWithTheKeyForwarded() {
    Map<String, String> outcome = recordAll();

    assertThat(outcome)
        .containsOnlyKeys(OPERATIONS)
        .allSatisfy((name, result) -> assertThat(result).isEqualTo("ok"));
    for (String name : OPERATIONS) {
      assertThat(output.resolve("mappings").resolve(name + ".json")).isRegularFile();
      assertThat(output.resolve("__files").resolve(name + ".json")).isRegularFile();
    }
    // The proxy forwarded the real credential upstream: 7 calls, each with the key, none refused.
    assertThat(upstream.findAll(anyRequestedFor(anyUrl())))
        .hasSize(7)
        .allSatisfy(r -> assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + FAKE_KEY));
    upstream.verify(getRequestedFor(urlPathEqualTo("/payments"))
        .withQueryParam("page_number", equalTo("0"))
        .withQueryParam("page_size", equalTo("3")));
  }

  @Test
  void savedFilesHoldNeitherTheKeyNorAnAuthorizationHeaderNorCookies() throws Exception {
    recordAll();

    List<Path> files;
    try (Stream<Path> walk = Files.walk(output)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    assertThat(files).hasSize(2 * OPERATIONS.size());
    for (Path file : files) {
      String text = Files.readString(file);
      assertThat(text)
          .as(file.toString())
          .doesNotContain(FAKE_KEY)
          .doesNotContainIgnoringCase("authorization")
          .doesNotContainIgnoringCase("set-cookie")
          .doesNotContainIgnoringCase("Bearer");
    }
    assertThat(FixtureRecorder.leaks(output, FAKE_KEY)).isEmpty();
    var retrieveMapping =
        MAPPER.readTree(output.resolve("mappings/payments-retrieve.json").toFile());
    assertThat(retrieveMapping.path("request").has("headers")).isFalse();
    assertThat(retrieveMapping
            .path("response")
            .path("headers")
            .path("X-Debug-Credential")
            .asText())
        .isEqualTo("REDACTED");
    assertThat(retrieveMapping
            .path("response")
            .path("headers")
            .path("X-Request-Id")
            .asText())
        .isEqualTo("req_payments-retrieve");
    assertThat(Files.readString(output.resolve("__files/payments-retrieve.json")))
        .contains("\"debug\" : \"authorized by REDACTED\"");
    var create =
        MAPPER.readTree(output.resolve("mappings/checkout-sessions-create.json").toFile());
    var body = create.path("request").path("bodyPatterns").get(0);
    assertThat(body.path("ignoreExtraElements").asBoolean(true)).isFalse();
    assertThat(body.path("ignoreArrayOrder").asBoolean(true)).isFalse();
    assertThat(MAPPER.readTree(
            body.path("equalToJson").isTextual()
                ? MAPPER.readTree(body.path("equalToJson").asText()).toString()
                : body.path("equalToJson").toString()))
        .isEqualTo(
            MAPPER.readTree(Fixtures.file("dodo", "requests", "checkout-sessions-create.json")));
  }

  @Test
  void recordedFixturesReplayWithAnyKeyAndNeverCallUpstream() throws Exception {
    recordAll();
    upstream.resetRequests();
    WireMockServer replay = Fixtures.start(output);
    try {
      DodoPaymentsClient client = DodoPaymentsClient.builder()
          .bearerToken("another_key")
          .baseUrl(replay.baseUrl())
          .maxRetries(0)
          .build();
      var created = client
          .checkoutSessions()
          .create(MAPPER.readValue(
              Fixtures.file("dodo", "requests", "checkout-sessions-create.json"),
              CreateCheckoutSessionRequest.class));
      assertThat(created.sessionId()).isEqualTo("cks_Gi6KGJ2zFJo9rq9Ukifwa");
      assertThat(client.checkoutSessions().retrieve(created.sessionId()).paymentStatus())
          .isEqualTo(IntentStatus.SUCCEEDED);
      var payment = client.payments().retrieve("pay_2IjeQm4hqU6RA4Z4kwDee");
      assertThat(payment.paymentId()).isEqualTo("pay_2IjeQm4hqU6RA4Z4kwDee");
      assertThat(payment.totalAmount()).isEqualTo(2360);
      assertThat(client.payments().listLineItems(payment.paymentId()).items()).hasSize(1);
      // The request body is matched strictly: a different cart is not served the recorded session.
      assertThatThrownBy(() -> client
              .checkoutSessions()
              .create(CreateCheckoutSessionRequest.builder()
                  .productCart(List.of(ProductItemReq.builder()
                      .productId("pdt_other")
                      .quantity(1)
                      .build()))
                  .build()))
          .isInstanceOf(NotFoundException.class);
      assertThat(replay.findAll(anyRequestedFor(anyUrl()))).hasSize(5);
      assertThat(upstream.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    } finally {
      Fixtures.stop(replay);
    }
  }

  @Test
  void anUpstreamErrorIsRecordedAsAFixtureAndReported() {
    Map<String, String> outcome;
    String wrongKey = "sk_test_wrong_0000";
    try (FixtureRecorder recorder = new FixtureRecorder(upstream.baseUrl(), wrongKey, output)) {
      DodoPaymentsClient client = DodoPaymentsClient.builder()
          .bearerToken(wrongKey)
          .baseUrl(recorder.baseUrl())
          .maxRetries(0)
          .build();
      outcome = DodoRecording.recordAll(recorder, client, "pdt_mine");
    }
    assertThat(outcome.get("payments-retrieve"))
        .startsWith(UnauthorizedException.class.getSimpleName());
    assertThat(output.resolve("mappings/payments-retrieve.json"))
        .content()
        .contains("\"status\" : 401");
    assertThat(FixtureRecorder.leaks(output, wrongKey)).isEmpty();
    upstream.verify(postRequestedFor(urlEqualTo("/checkouts"))
        .withRequestBody(matchingJsonPath("$.product_cart[0].product_id", equalTo("pdt_mine"))));
  }
}
