package dev.paygen.it.dodo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.paygen.it.Fixtures;
import dev.paygen.it.dodo.model.Currency;
import dev.paygen.it.dodo.model.IntentStatus;
import dev.paygen.it.dodo.model.PaymentWebhookData;
import dev.paygen.runtime.PaygenException;
import dev.paygen.runtime.WebhookPayloadException;
import dev.paygen.runtime.WebhookVerificationException;
import dev.paygen.runtime.WebhookVerifier;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Webhooks through the generated client's {@code webhooks().unwrap(body, headers)}: Standard Webhooks
 * signatures valid, tampered, stale, wrong secret and missing. Most deliveries are signed with the current
 * time and "stale" means 6 minutes outside the default 5-minute tolerance; {@code withClock} and
 * {@code withTolerance} are pinned on a fixed clock.
 */
class DodoWebhooksTest {
  static final String SECRET = "whsec_"
      + Base64.getEncoder()
          .encodeToString("paygen-it-webhook-secret-32bytes".getBytes(StandardCharsets.UTF_8));
  static final String OTHER_SECRET = "whsec_"
      + Base64.getEncoder()
          .encodeToString("some-other-endpoint-secret-32byt".getBytes(StandardCharsets.UTF_8));
  static final String MSG_ID = "msg_2Kz8fQ1vYbW3xN";
  static final String BODY = Fixtures.file("dodo", "webhooks", "payment-succeeded.json");

  final DodoPaymentsWebhooks webhooks = DodoPaymentsClient.builder()
      .bearerToken("test_key")
      .webhookSecret(SECRET)
      .build()
      .webhooks();

  static Map<String, List<String>> signed(
      String prefix, String secret, long timestamp, String body) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put(prefix + "-id", List.of(MSG_ID));
    headers.put(prefix + "-timestamp", List.of(Long.toString(timestamp)));
    headers.put(
        prefix + "-signature",
        List.of(WebhookVerifier.create(secret).sign(MSG_ID, timestamp, body)));
    return headers;
  }

  static long now() {
    return Instant.now().getEpochSecond();
  }

  @Test
  void validSignatureParsesIntoTheTypedEvent() {
    DodoPaymentsWebhooks.Event event =
        webhooks.unwrap(BODY, signed("webhook", SECRET, now(), BODY));

    assertThat(event.type()).isEqualTo("payment.succeeded");
    assertThat(event).isInstanceOfSatisfying(DodoPaymentsWebhooks.PaymentSucceeded.class, e -> {
      assertThat(e.payload().businessId()).isEqualTo("bus_P3SXLcppjXgagmHS");
      assertThat(e.payload().timestamp())
          .isEqualTo(OffsetDateTime.parse("2026-05-14T09:21:19.503Z"));
      PaymentWebhookData data = e.payload().data();
      assertThat(data.paymentId()).isEqualTo("pay_2IjeQm4hqU6RA4Z4kwDee");
      assertThat(data.status()).isEqualTo(IntentStatus.SUCCEEDED);
      assertThat(data.totalAmount()).isEqualTo(2360);
      assertThat(data.currency()).isEqualTo(Currency.USD);
      assertThat(data.customer().customerId()).isEqualTo("cus_8VbC6JDZzPEqfB");
      assertThat(data.metadata()).isEqualTo(Map.of("order_id", "order_1042"));
      assertThat(data.checkoutSessionId()).isEqualTo("cks_Gi6KGJ2zFJo9rq9Ukifwa");
      assertThat(data.payloadType()).hasToString("Payment");
    });
  }

  @Test
  void otherEventTypesParseIntoTheirOwnRecord() {
    String failed = BODY.replace("\"payment.succeeded\"", "\"payment.failed\"")
        .replace("\"status\": \"succeeded\"", "\"status\": \"failed\"");
    DodoPaymentsWebhooks.Event event =
        webhooks.unwrap(failed, signed("webhook", SECRET, now(), failed));

    assertThat(event).isInstanceOfSatisfying(DodoPaymentsWebhooks.PaymentFailed.class, e -> {
      assertThat(e.type()).isEqualTo("payment.failed");
      assertThat(e.payload().data().status()).isEqualTo(IntentStatus.FAILED);
      assertThat(e.payload().data().paymentId()).isEqualTo("pay_2IjeQm4hqU6RA4Z4kwDee");
    });
  }

  @Test
  void unlistedEventTypeKeepsItsRawBody() {
    String body = "{\"business_id\":\"bus_1\",\"type\":\"refund.succeeded\",\"data\":{}}";
    DodoPaymentsWebhooks.Event event =
        webhooks.unwrap(body, signed("webhook", SECRET, now(), body));
    assertThat(event).isEqualTo(new DodoPaymentsWebhooks.Unknown("refund.succeeded", body));
  }

  @Test
  void svixHeaderNamesAreAccepted() {
    assertThat(webhooks.unwrap(BODY, signed("svix", SECRET, now(), BODY)))
        .isInstanceOf(DodoPaymentsWebhooks.PaymentSucceeded.class);
  }

  @Test
  void headerNamesAreCaseInsensitiveAndAnyListedSignatureMayMatch() {
    long ts = now();
    String good = WebhookVerifier.create(SECRET).sign(MSG_ID, ts, BODY);
    String rotatedOut = WebhookVerifier.create(OTHER_SECRET).sign(MSG_ID, ts, BODY);
    Map<String, List<String>> headers = Map.of(
        "Webhook-Id", List.of(MSG_ID),
        "Webhook-Timestamp", List.of(Long.toString(ts)),
        "Webhook-Signature", List.of(rotatedOut + " " + good));
    assertThat(webhooks.unwrap(BODY, headers).type()).isEqualTo("payment.succeeded");
  }

  @Test
  void tamperedBodyIsRejected() {
    Map<String, List<String>> headers = signed("webhook", SECRET, now(), BODY);
    String tampered = BODY.replace("\"total_amount\": 2360", "\"total_amount\": 1");
    assertThat(tampered).isNotEqualTo(BODY);
    assertThatThrownBy(() -> webhooks.unwrap(tampered, headers))
        .isExactlyInstanceOf(WebhookVerificationException.class)
        .hasMessageContaining("signature");
  }

  @Test
  void tamperedIdOrTimestampIsRejected() {
    Map<String, List<String>> otherId = signed("webhook", SECRET, now(), BODY);
    otherId.put("webhook-id", List.of("msg_replayed"));
    assertThatThrownBy(() -> webhooks.unwrap(BODY, otherId))
        .isExactlyInstanceOf(WebhookVerificationException.class);
    Map<String, List<String>> otherTs = signed("webhook", SECRET, now(), BODY);
    otherTs.put("webhook-timestamp", List.of(Long.toString(now() - 1)));
    assertThatThrownBy(() -> webhooks.unwrap(BODY, otherTs))
        .isExactlyInstanceOf(WebhookVerificationException.class);
  }

  @Test
  void staleTimestampIsRejectedEvenWithAValidSignature() {
    long stale = now() - 6 * 60;
    assertThatThrownBy(() -> webhooks.unwrap(BODY, signed("webhook", SECRET, stale, BODY)))
        .isExactlyInstanceOf(WebhookVerificationException.class)
        .hasMessageContaining("too old");
  }

  @Test
  void toleranceAndClockCanBeSetAndLeaveTheClientsVerifierAsItWas() {
    Instant at = Instant.parse("2026-05-14T09:21:20Z");
    long eightMinutesEarlier = at.getEpochSecond() - 8 * 60;
    DodoPaymentsWebhooks fixed = webhooks.withClock(Clock.fixed(at, ZoneOffset.UTC));
    Map<String, List<String>> headers = signed("webhook", SECRET, eightMinutesEarlier, BODY);

    assertThatThrownBy(() -> fixed.unwrap(BODY, headers))
        .isExactlyInstanceOf(WebhookVerificationException.class)
        .hasMessageContaining("too old");
    assertThat(fixed.withTolerance(Duration.ofMinutes(10)).unwrap(BODY, headers).type())
        .isEqualTo("payment.succeeded");
    // copies: the client's own verifier still uses the system clock and 5 minutes
    assertThatThrownBy(() -> webhooks.unwrap(BODY, headers))
        .isExactlyInstanceOf(WebhookVerificationException.class);
  }

  @Test
  void futureTimestampIsRejected() {
    long future = now() + 6 * 60;
    assertThatThrownBy(() -> webhooks.unwrap(BODY, signed("webhook", SECRET, future, BODY)))
        .isExactlyInstanceOf(WebhookVerificationException.class)
        .hasMessageContaining("future");
  }

  @Test
  void wrongSecretIsRejected() {
    assertThatThrownBy(() -> webhooks.unwrap(BODY, signed("webhook", OTHER_SECRET, now(), BODY)))
        .isExactlyInstanceOf(WebhookVerificationException.class)
        .hasMessageNotContaining(SECRET.substring(6))
        .hasMessageNotContaining(OTHER_SECRET.substring(6));
  }

  @ParameterizedTest
  @ValueSource(strings = {"webhook-id", "webhook-timestamp", "webhook-signature"})
  void eachMissingHeaderIsRejected(String missing) {
    Map<String, List<String>> headers = signed("webhook", SECRET, now(), BODY);
    headers.remove(missing);
    assertThatThrownBy(() -> webhooks.unwrap(BODY, headers))
        .isExactlyInstanceOf(WebhookVerificationException.class)
        .hasMessageContaining(missing);
    headers.put(missing, List.of());
    assertThatThrownBy(() -> webhooks.unwrap(BODY, headers))
        .isExactlyInstanceOf(WebhookVerificationException.class)
        .hasMessageContaining(missing);
  }

  @Test
  void unsignedOrMalformedSignaturesAreRejected() {
    long ts = now();
    for (String signature : List.of(
        "",
        "v1,",
        "v1,not-base64!",
        "v2," + WebhookVerifier.create(SECRET).sign(MSG_ID, ts, BODY).substring(3))) {
      Map<String, List<String>> headers = signed("webhook", SECRET, ts, BODY);
      headers.put("webhook-signature", List.of(signature));
      assertThatThrownBy(() -> webhooks.unwrap(BODY, headers))
          .as("signature %s", signature)
          .isExactlyInstanceOf(WebhookVerificationException.class);
    }
    assertThatThrownBy(() -> webhooks.unwrap(BODY, Map.of()))
        .isExactlyInstanceOf(WebhookVerificationException.class);
  }

  @Test
  void clientWithoutSecretRefusesToUnwrap() {
    DodoPaymentsWebhooks noSecret =
        DodoPaymentsClient.builder().bearerToken("test_key").build().webhooks();
    assertThatThrownBy(() -> noSecret.unwrap(BODY, signed("webhook", SECRET, now(), BODY)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("webhookSecret");
  }

  @Test
  void secretFromEnvVerifies() {
    DodoPaymentsClient fromEnv = DodoPaymentsClient.builder()
        .fromEnv(
            Map.of("DODO_PAYMENTS_API_KEY", "test_key", "DODO_PAYMENTS_WEBHOOK_KEY", SECRET)::get)
        .build();
    assertThat(fromEnv
            .webhooks()
            .unwrap(BODY, signed("webhook", SECRET, now(), BODY))
            .type())
        .isEqualTo("payment.succeeded");
    assertThat(fromEnv.webhooks().toString()).doesNotContain(SECRET.substring(6));
  }

  @Test
  void unwrapAcceptsSpringStyleHeadersAndStringBody() {
    long ts = now();
    String signature = WebhookVerifier.create(SECRET).sign(MSG_ID, ts, BODY);
    // Spring's @RequestHeader Map<String, String>, or a Servlet adapter's single-valued map
    Map<String, String> single = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    single.put("Webhook-Id", MSG_ID);
    single.put("Webhook-Timestamp", Long.toString(ts));
    single.put("Webhook-Signature", signature);
    assertThat(webhooks.unwrap(BODY, single))
        .isInstanceOf(DodoPaymentsWebhooks.PaymentSucceeded.class);
    // a multi-valued map whose values are any Collection of String (HttpHeaders, MultiValueMap)
    Map<String, Set<String>> multi = Map.of(
        "webhook-id", Set.of(MSG_ID),
        "webhook-timestamp", Set.of(Long.toString(ts)),
        "webhook-signature", Set.of(signature));
    assertThat(webhooks.unwrap(BODY, multi).type()).isEqualTo("payment.succeeded");
  }

  @Test
  void unwrapAcceptsTheRawBytesOfTheBody() {
    byte[] raw = BODY.getBytes(StandardCharsets.UTF_8);
    Map<String, List<String>> headers = signed("webhook", SECRET, now(), BODY);
    assertThat(webhooks.unwrap(raw, headers))
        .isInstanceOf(DodoPaymentsWebhooks.PaymentSucceeded.class);
    byte[] tampered = raw.clone();
    tampered[tampered.length - 3] ^= 1;
    assertThatThrownBy(() -> webhooks.unwrap(tampered, headers))
        .isExactlyInstanceOf(WebhookVerificationException.class);
  }

  @Test
  void aPerCallSecretVerifiesWithoutTheClientsSecret() {
    DodoPaymentsWebhooks noSecret =
        DodoPaymentsClient.builder().bearerToken("test_key").build().webhooks();
    Map<String, List<String>> headers = signed("webhook", OTHER_SECRET, now(), BODY);

    assertThat(noSecret.unwrap(BODY, headers, OTHER_SECRET).type()).isEqualTo("payment.succeeded");
    assertThat(webhooks.unwrap(BODY.getBytes(StandardCharsets.UTF_8), headers, OTHER_SECRET))
        .isInstanceOf(DodoPaymentsWebhooks.PaymentSucceeded.class);
    // the per-call secret replaces the client's, it is not tried besides it
    assertThatThrownBy(
            () -> webhooks.unwrap(BODY, signed("webhook", SECRET, now(), BODY), OTHER_SECRET))
        .isExactlyInstanceOf(WebhookVerificationException.class);
    // and it is checked with the copy's clock and tolerance
    Instant at = Instant.parse("2026-05-14T09:21:20Z");
    Map<String, List<String>> old =
        signed("webhook", OTHER_SECRET, at.getEpochSecond() - 8 * 60, BODY);
    DodoPaymentsWebhooks fixed = noSecret.withClock(Clock.fixed(at, ZoneOffset.UTC));
    assertThatThrownBy(() -> fixed.unwrap(BODY, old, OTHER_SECRET))
        .isExactlyInstanceOf(WebhookVerificationException.class)
        .hasMessageContaining("too old");
    assertThat(fixed
            .withTolerance(Duration.ofMinutes(10))
            .unwrap(BODY, old, OTHER_SECRET)
            .type())
        .isEqualTo("payment.succeeded");
  }

  @Test
  void payloadThatDoesNotBindThrowsWebhookPayloadException() {
    // a list of records holding a string: lenient reading cannot make that a Dispute
    String wrongShape = BODY.replace("\"disputes\": []", "\"disputes\": [\"not a dispute\"]");
    assertThat(wrongShape).isNotEqualTo(BODY);
    String notJson = "payment.succeeded, but not JSON";
    for (String body : List.of(wrongShape, notJson)) {
      Object thrown =
          catchThrowable(() -> webhooks.unwrap(body, signed("webhook", SECRET, now(), body)));
      assertThat(thrown)
          .as("body %s", body)
          .isInstanceOf(WebhookPayloadException.class)
          .isInstanceOf(PaygenException.class);
    }
    assertThatThrownBy(() -> webhooks.parse(wrongShape))
        .isInstanceOfSatisfying(WebhookPayloadException.class, e -> {
          assertThat(e.eventType()).isEqualTo("payment.succeeded");
          assertThat(e).hasMessageContaining("payment.succeeded");
        });
    assertThatThrownBy(() -> webhooks.parse(notJson))
        .isInstanceOfSatisfying(
            WebhookPayloadException.class, e -> assertThat(e.eventType()).isEmpty());
  }
}
