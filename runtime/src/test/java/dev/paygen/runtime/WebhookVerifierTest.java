package dev.paygen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class WebhookVerifierTest {
  private static final byte[] KEY =
      "a very secret webhook key 32 byt".getBytes(StandardCharsets.UTF_8);
  private static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString(KEY);
  private static final long NOW = 1_767_225_600L;
  private static final String BODY =
      "{\"type\":\"payment.succeeded\",\"data\":{\"payment_id\":\"pay_1\"}}";
  private static final String ID = "msg_2Kq";

  private final WebhookVerifier verifier = WebhookVerifier.create(SECRET)
      .withClock(Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));

  /** Computed independently of the verifier: HMAC-SHA256 over id.timestamp.body. */
  private static String signature(byte[] key, String id, long ts, String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    byte[] sig = mac.doFinal((id + "." + ts + "." + body).getBytes(StandardCharsets.UTF_8));
    return "v1," + Base64.getEncoder().encodeToString(sig);
  }

  private static Map<String, String> headers(String sig, long ts) {
    return Map.of(
        "webhook-id", ID, "webhook-timestamp", Long.toString(ts), "webhook-signature", sig);
  }

  @Test
  void validSignaturePasses() throws Exception {
    assertThatCode(() -> verifier.verify(BODY, headers(signature(KEY, ID, NOW, BODY), NOW)))
        .doesNotThrowAnyException();
  }

  @Test
  void signMatchesTheStandardAlgorithm() throws Exception {
    assertThat(verifier.sign(ID, NOW, BODY)).isEqualTo(signature(KEY, ID, NOW, BODY));
  }

  @Test
  void tamperedBodyFails() throws Exception {
    String sig = signature(KEY, ID, NOW, BODY);

    assertThatThrownBy(() -> verifier.verify(BODY.replace("pay_1", "pay_2"), headers(sig, NOW)))
        .isInstanceOf(WebhookVerificationException.class)
        .hasMessage("no webhook signature matches");
  }

  @Test
  void staleOrFutureTimestampFails() throws Exception {
    long old = NOW - 301;
    long future = NOW + 301;

    assertThatThrownBy(() -> verifier.verify(BODY, headers(signature(KEY, ID, old, BODY), old)))
        .isInstanceOf(WebhookVerificationException.class)
        .hasMessageContaining("too old");
    assertThatThrownBy(
            () -> verifier.verify(BODY, headers(signature(KEY, ID, future, BODY), future)))
        .isInstanceOf(WebhookVerificationException.class)
        .hasMessageContaining("future");
    long edge = NOW - 300;
    assertThatCode(() -> verifier.verify(BODY, headers(signature(KEY, ID, edge, BODY), edge)))
        .doesNotThrowAnyException();
    assertThatCode(() -> verifier
            .withTolerance(Duration.ofMinutes(10))
            .verify(BODY, headers(signature(KEY, ID, old, BODY), old)))
        .doesNotThrowAnyException();
  }

  @Test
  void wrongSecretFails() throws Exception {
    String sig = signature("another key".getBytes(StandardCharsets.UTF_8), ID, NOW, BODY);

    assertThatThrownBy(() -> verifier.verify(BODY, headers(sig, NOW)))
        .isInstanceOf(WebhookVerificationException.class);
  }

  @Test
  void missingHeadersFailNeverPassSilently() throws Exception {
    String sig = signature(KEY, ID, NOW, BODY);

    assertThatThrownBy(() -> verifier.verify(BODY, Map.of()))
        .isInstanceOf(WebhookVerificationException.class)
        .hasMessageContaining("webhook-id");
    assertThatThrownBy(
            () -> verifier.verify(BODY, Map.of("webhook-id", ID, "webhook-timestamp", "" + NOW)))
        .isInstanceOf(WebhookVerificationException.class)
        .hasMessageContaining("webhook-signature");
    assertThatThrownBy(
            () -> verifier.verify(BODY, Map.of("webhook-id", ID, "webhook-signature", sig)))
        .isInstanceOf(WebhookVerificationException.class)
        .hasMessageContaining("webhook-timestamp");
    assertThatThrownBy(() -> verifier.verify(BODY, (Map<String, String>) null))
        .isInstanceOf(WebhookVerificationException.class);
    assertThatThrownBy(() -> verifier.verify(BODY, headers("", NOW)))
        .isInstanceOf(WebhookVerificationException.class);
  }

  @Test
  void svixHeadersInAnyCaseAndListValuesAreAccepted() throws Exception {
    Map<String, List<String>> headers = Map.of(
        "Svix-Id", List.of(ID),
        "SVIX-TIMESTAMP", List.of(Long.toString(NOW)),
        "svix-signature", List.of(signature(KEY, ID, NOW, BODY)));

    assertThatCode(() -> verifier.verify(BODY, headers)).doesNotThrowAnyException();
  }

  @Test
  void anyOneOfSeveralSignaturesMayMatch() throws Exception {
    String rotatedOut = signature("old key".getBytes(StandardCharsets.UTF_8), ID, NOW, BODY);
    String sigs = "v1a,Zm9v " + rotatedOut + " " + signature(KEY, ID, NOW, BODY);

    assertThatCode(() -> verifier.verify(BODY, headers(sigs, NOW))).doesNotThrowAnyException();
    assertThatThrownBy(() -> verifier.verify(BODY, headers("v1a,Zm9v " + rotatedOut, NOW)))
        .isInstanceOf(WebhookVerificationException.class);
  }

  @Test
  void rawKeyAndPrefixlessSecretWork() throws Exception {
    Clock clock = Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC);
    Map<String, String> h = headers(signature(KEY, ID, NOW, BODY), NOW);

    assertThatCode(() -> WebhookVerifier.create(KEY).withClock(clock).verify(BODY, h))
        .doesNotThrowAnyException();
    assertThatCode(
            () -> WebhookVerifier.create(SECRET.substring(6)).withClock(clock).verify(BODY, h))
        .doesNotThrowAnyException();
    assertThatCode(() -> WebhookVerifier.create(SECRET)
            .withClock(clock)
            .verify(BODY.getBytes(StandardCharsets.UTF_8), h))
        .doesNotThrowAnyException();
  }

  @Test
  void badSecretMessageNeverShowsTheSecret() {
    assertThatThrownBy(() -> WebhookVerifier.create("whsec_not*base64!"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("not*base64!");
    assertThat(verifier.toString()).doesNotContain(SECRET.substring(6));
  }
}
