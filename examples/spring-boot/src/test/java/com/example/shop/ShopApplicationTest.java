package com.example.shop;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.paygen.runtime.WebhookVerifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * The shop on a random loopback port against a WireMock Dodo: checkout through the generated client,
 * and signed (and badly signed) webhooks posted to it as Dodo would.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "server.address=127.0.0.1")
class ShopApplicationTest {
  static final String API_KEY = "test_api_key";
  static final String SECRET = whsec("shop-example-webhook-secret-32by");
  static final String SESSION_ID = "cks_Gi6KGJ2zFJo9rq9Ukifwa";
  static final String CHECKOUT_URL = "https://test.checkout.dodopayments.com/session/" + SESSION_ID;

  static final WireMockServer dodo =
      new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

  static {
    dodo.start();
  }

  @DynamicPropertySource
  static void dodoSettings(DynamicPropertyRegistry registry) {
    registry.add("dodo.base-url", dodo::baseUrl);
    registry.add("dodo.api-key", () -> API_KEY);
    registry.add("dodo.webhook-secret", () -> SECRET);
  }

  @AfterAll
  static void stopDodo() {
    dodo.stop();
  }

  @LocalServerPort
  int port;

  @Autowired
  PaidOrders paidOrders;

  RestClient shop;

  @BeforeEach
  void setUp() {
    dodo.resetAll();
    shop = RestClient.create("http://127.0.0.1:" + port);
  }

  @Test
  void checkoutEndpointCreatesASessionThroughTheGeneratedClient() {
    dodo.stubFor(post("/checkouts")
        .willReturn(aResponse()
            .withStatus(200)
            .withHeader("Content-Type", "application/json")
            .withBody("{\"session_id\":\"" + SESSION_ID + "\",\"checkout_url\":\"" + CHECKOUT_URL
                + "\"}")));

    Map<?, ?> answer = shop.post()
        .uri("/checkout")
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of(
            "orderId",
            "order_1042",
            "productId",
            "pdt_e9mUw084cWnu0tz",
            "quantity",
            2,
            "returnUrl",
            "https://shop.example.com/thanks"))
        .retrieve()
        .body(Map.class);

    assertThat(answer).isEqualTo(Map.of("sessionId", SESSION_ID, "checkoutUrl", CHECKOUT_URL));
    dodo.verify(
        1,
        postRequestedFor(urlPathEqualTo("/checkouts"))
            .withHeader("Authorization", equalTo("Bearer " + API_KEY))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(equalToJson("""
            {"product_cart": [{"product_id": "pdt_e9mUw084cWnu0tz", "quantity": 2}],
             "metadata": {"order_id": "order_1042"},
             "return_url": "https://shop.example.com/thanks"}
            """)));
  }

  @Test
  void dodoRefusingTheCheckoutIsABadGateway() {
    dodo.stubFor(post("/checkouts")
        .willReturn(aResponse()
            .withStatus(422)
            .withHeader("Content-Type", "application/json")
            .withBody("{\"code\":\"INVALID_REQUEST\",\"message\":\"unknown product\"}")));

    HttpStatusCode status =
        postCheckout("{\"orderId\":\"order_1\",\"productId\":\"pdt_missing\",\"quantity\":1}");

    assertThat(status.value()).isEqualTo(502);
  }

  @Test
  void checkoutWithoutAProductIsABadRequestAndCallsNothing() {
    HttpStatusCode status = postCheckout("{\"orderId\":\"order_1\",\"quantity\":1}");

    assertThat(status.value()).isEqualTo(400);
    dodo.verify(0, postRequestedFor(urlPathEqualTo("/checkouts")));
  }

  @Test
  void signedPaymentSucceededWebhookIsHandled() {
    String body = paymentSucceeded("order_2001", "pay_2IjeQm4hqU6RA4Z4kwDee");

    HttpStatusCode status = postWebhook(body, SECRET, Instant.now().getEpochSecond());

    assertThat(status.value()).isEqualTo(204);
    assertThat(paidOrders.paymentFor("order_2001")).hasValue("pay_2IjeQm4hqU6RA4Z4kwDee");
  }

  @Test
  void badlySignedWebhookIsRejected() {
    String body = paymentSucceeded("order_2002", "pay_forged");

    HttpStatusCode status = postWebhook(
        body, whsec("not-this-endpoints-secret-32byte"), Instant.now().getEpochSecond());

    assertThat(status.value()).isEqualTo(401);
    assertThat(paidOrders.paymentFor("order_2002")).isEmpty();
  }

  @Test
  void replayedOldWebhookIsRejected() {
    String body = paymentSucceeded("order_2003", "pay_replayed");

    HttpStatusCode status = postWebhook(body, SECRET, Instant.now().getEpochSecond() - 3600);

    assertThat(status.value()).isEqualTo(401);
    assertThat(paidOrders.paymentFor("order_2003")).isEmpty();
  }

  @Test
  void unsignedWebhookIsRejected() {
    HttpStatusCode status = shop.post()
        .uri("/webhooks/dodo")
        .contentType(MediaType.APPLICATION_JSON)
        .body(paymentSucceeded("order_2004", "pay_unsigned"))
        .exchange((request, response) -> response.getStatusCode());

    assertThat(status.value()).isEqualTo(401);
    assertThat(paidOrders.paymentFor("order_2004")).isEmpty();
  }

  HttpStatusCode postCheckout(String json) {
    return shop.post()
        .uri("/checkout")
        .contentType(MediaType.APPLICATION_JSON)
        .body(json)
        .exchange((request, response) -> response.getStatusCode());
  }

  /** Posts {@code body} signed as Dodo signs a delivery: Standard Webhooks headers. */
  HttpStatusCode postWebhook(String body, String secret, long timestamp) {
    String messageId = "msg_" + timestamp;
    return shop.post()
        .uri("/webhooks/dodo")
        .contentType(MediaType.APPLICATION_JSON)
        .header("webhook-id", messageId)
        .header("webhook-timestamp", Long.toString(timestamp))
        .header(
            "webhook-signature", WebhookVerifier.create(secret).sign(messageId, timestamp, body))
        .body(body)
        .exchange((request, response) -> response.getStatusCode());
  }

  /** Dodo's recorded {@code payment.succeeded} delivery, for another order and payment. */
  static String paymentSucceeded(String orderId, String paymentId) {
    try (InputStream in =
        ShopApplicationTest.class.getResourceAsStream("/payment-succeeded.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("order_1042", orderId)
          .replace("pay_2IjeQm4hqU6RA4Z4kwDee", paymentId);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String whsec(String key) {
    return "whsec_" + Base64.getEncoder().encodeToString(key.getBytes(StandardCharsets.UTF_8));
  }
}
