package dev.paygen.runtime;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Verifies Standard Webhooks signatures (as Dodo Payments sends them, and Svix for Dots): an
 * HMAC-SHA256 over {@code id.timestamp.body}, checked in constant time against any {@code v1,}
 * signature of the signature header, with a timestamp tolerance in both directions.
 *
 * <pre>{@code
 * WebhookVerifier verifier = WebhookVerifier.create(System.getenv("DODO_PAYMENTS_WEBHOOK_KEY"));
 * verifier.verify(rawBody, request.headers());   // throws WebhookVerificationException
 * }</pre>
 *
 * <p>Headers are {@code webhook-id}, {@code webhook-timestamp}, {@code webhook-signature} or their
 * {@code svix-} equivalents, looked up case-insensitively; a missing header always fails.
 */
public final class WebhookVerifier {
  /** How far a timestamp may be from now, either way, unless {@link #withTolerance} says otherwise. */
  public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

  private static final String PREFIX = "whsec_";

  private final byte[] key;
  private final Duration tolerance;
  private final Clock clock;

  private WebhookVerifier(byte[] key, Duration tolerance, Clock clock) {
    if (key.length == 0) {
      throw new IllegalArgumentException("the webhook secret must not be empty");
    }
    this.key = key;
    this.tolerance = tolerance;
    this.clock = clock;
  }

  /**
   * Creates a verifier from a secret as the dashboard shows it: {@code whsec_<base64>}, or the
   * base64 part alone; 5 minutes' tolerance, system clock.
   *
   * @param secret the secret
   * @return the verifier
   * @throws IllegalArgumentException if the secret is not base64 (the message never shows it)
   */
  public static WebhookVerifier create(String secret) {
    Objects.requireNonNull(secret, "the webhook secret is required, but was null");
    String encoded = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
    try {
      return create(Base64.getDecoder().decode(encoded.trim()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "the webhook secret is not `whsec_` followed by base64; for a raw key use create(byte[])");
    }
  }

  /**
   * Creates a verifier from the raw key bytes; 5 minutes' tolerance, system clock.
   *
   * @param key the HMAC key
   * @return the verifier
   */
  public static WebhookVerifier create(byte[] key) {
    Objects.requireNonNull(key, "the webhook key is required, but was null");
    return new WebhookVerifier(key.clone(), DEFAULT_TOLERANCE, Clock.systemUTC());
  }

  /**
   * Returns a copy accepting timestamps this far from now, in either direction.
   *
   * @param tolerance a non-negative duration (default 5 minutes)
   * @return the changed verifier
   */
  public WebhookVerifier withTolerance(Duration tolerance) {
    if (tolerance == null || tolerance.isNegative()) {
      throw new IllegalArgumentException(
          "`tolerance` must be zero or positive, but was " + tolerance);
    }
    return new WebhookVerifier(key, tolerance, clock);
  }

  /**
   * Returns a copy reading the current time from this clock (a test seam).
   *
   * @param clock the clock
   * @return the changed verifier
   */
  public WebhookVerifier withClock(Clock clock) {
    return new WebhookVerifier(key, tolerance, Objects.requireNonNull(clock, "`clock`"));
  }

  /**
   * Verifies a webhook given its raw body.
   *
   * @param body the raw request body, exactly as received
   * @param headers the request headers, as {@code Map<String, String>} or {@code Map<String,
   *     List<String>>}, names in any case
   * @throws WebhookVerificationException if a header is missing or the timestamp or signature
   *     does not verify
   */
  public void verify(String body, Map<String, ?> headers) {
    Objects.requireNonNull(body, "`body` is required, but was null");
    verify(body.getBytes(StandardCharsets.UTF_8), headers);
  }

  /**
   * Verifies a webhook given its raw body bytes.
   *
   * @param body the raw request body, exactly as received
   * @param headers the request headers, as {@code Map<String, String>} or {@code Map<String,
   *     List<String>>}, names in any case
   * @throws WebhookVerificationException if a header is missing or the timestamp or signature
   *     does not verify
   */
  public void verify(byte[] body, Map<String, ?> headers) {
    Objects.requireNonNull(body, "`body` is required, but was null");
    if (headers == null) {
      throw new WebhookVerificationException("webhook headers are missing");
    }
    String id = header(headers, "id");
    String timestamp = header(headers, "timestamp");
    String signatures = header(headers, "signature");
    long seconds;
    try {
      seconds = Long.parseLong(timestamp.trim());
    } catch (NumberFormatException e) {
      throw new WebhookVerificationException("webhook timestamp is not a number of seconds");
    }
    long now = clock.instant().getEpochSecond();
    if (seconds < now - tolerance.toSeconds()) {
      throw new WebhookVerificationException(
          "webhook timestamp is too old (tolerance " + tolerance + ")");
    }
    if (seconds > now + tolerance.toSeconds()) {
      throw new WebhookVerificationException(
          "webhook timestamp is in the future (tolerance " + tolerance + ")");
    }
    byte[] expected = hmac(id, timestamp.trim(), body);
    for (String candidate : signatures.trim().split("\\s+")) {
      int comma = candidate.indexOf(',');
      if (comma < 0 || !candidate.substring(0, comma).equals("v1")) {
        continue;
      }
      byte[] given;
      try {
        given = Base64.getDecoder().decode(candidate.substring(comma + 1));
      } catch (IllegalArgumentException e) {
        continue;
      }
      if (MessageDigest.isEqual(expected, given)) {
        return;
      }
    }
    throw new WebhookVerificationException("no webhook signature matches");
  }

  /**
   * Signs a payload as the sender would, for tests of webhook handlers.
   *
   * @param id the message id ({@code webhook-id})
   * @param timestampSeconds the Unix time in seconds ({@code webhook-timestamp})
   * @param body the raw body
   * @return the {@code webhook-signature} value, {@code v1,<base64>}
   */
  public String sign(String id, long timestampSeconds, String body) {
    Objects.requireNonNull(id, "`id` is required, but was null");
    Objects.requireNonNull(body, "`body` is required, but was null");
    return "v1,"
        + Base64.getEncoder()
            .encodeToString(
                hmac(id, Long.toString(timestampSeconds), body.getBytes(StandardCharsets.UTF_8)));
  }

  private byte[] hmac(String id, String timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return mac.doFinal(body);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  private static String header(Map<String, ?> headers, String suffix) {
    String value = lookup(headers, "webhook-" + suffix);
    if (value == null) {
      value = lookup(headers, "svix-" + suffix);
    }
    if (value == null || value.isBlank()) {
      throw new WebhookVerificationException(
          "missing webhook header webhook-" + suffix + " (or svix-" + suffix + ")");
    }
    return value;
  }

  private static @Nullable String lookup(Map<String, ?> headers, String name) {
    for (Map.Entry<String, ?> e : headers.entrySet()) {
      if (e.getKey() != null && e.getKey().toLowerCase(Locale.ROOT).equals(name)) {
        Object v = e.getValue();
        if (v instanceof Collection) {
          Collection<?> values = (Collection<?>) v;
          if (values.isEmpty()) {
            return null;
          }
          StringBuilder joined = new StringBuilder();
          for (Object value : values) {
            joined.append(joined.length() == 0 ? "" : " ").append(value);
          }
          return joined.toString();
        }
        if (v instanceof String[] values) {
          return String.join(" ", values);
        }
        return v == null ? null : v.toString();
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "WebhookVerifier{tolerance=" + tolerance + "}";
  }
}
