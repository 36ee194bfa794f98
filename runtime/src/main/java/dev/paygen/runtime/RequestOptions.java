package dev.paygen.runtime;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Per-call settings that override the client's: timeout, retry policy, maximum retries, extra
 * headers and the idempotency key.
 *
 * <pre>{@code
 * client.checkoutSessions().create(body,
 *     RequestOptions.builder().idempotencyKey("order-42").timeout(Duration.ofSeconds(5)).build());
 * }</pre>
 */
public final class RequestOptions {
  private static final RequestOptions NONE = new Builder().build();

  private final @Nullable Duration timeout;
  private final @Nullable Integer maxRetries;
  private final @Nullable RetryPolicy retryPolicy;
  private final Map<String, String> headers;
  private final @Nullable String idempotencyKey;

  private RequestOptions(Builder b) {
    this.timeout = b.timeout;
    this.maxRetries = b.maxRetries;
    this.retryPolicy = b.retryPolicy;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
    this.idempotencyKey = b.idempotencyKey;
  }

  /**
   * Returns options that change nothing.
   *
   * @return the empty options
   */
  public static RequestOptions none() {
    return NONE;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the per-attempt timeout.
   *
   * @return the timeout, or null to use the client's
   */
  public @Nullable Duration timeout() {
    return timeout;
  }

  /**
   * Returns the maximum number of retries, which overrides the count of the retry policy in force.
   *
   * @return the retries, or null to use the policy's
   */
  public @Nullable Integer maxRetries() {
    return maxRetries;
  }

  /**
   * Returns the retry policy of this call.
   *
   * @return the policy, or null to use the client's
   */
  public @Nullable RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /**
   * Returns the extra headers, which override all others of the same name.
   *
   * @return the headers
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * Returns the idempotency key to send instead of a generated one.
   *
   * @return the key, or null to generate one per call
   */
  public @Nullable String idempotencyKey() {
    return idempotencyKey;
  }

  @Override
  public String toString() {
    StringBuilder h = new StringBuilder();
    headers.forEach((k, v) -> h.append(h.length() == 0 ? "" : ", ")
        .append(k)
        .append('=')
        .append(Headers.isSensitive(k) ? "****" : v));
    return "RequestOptions{timeout=" + timeout + ", maxRetries=" + maxRetries + ", retryPolicy="
        + retryPolicy
        + ", headers={" + h
        + "}, idempotencyKey=" + idempotencyKey + "}";
  }

  /** Builds {@link RequestOptions}. */
  public static final class Builder {
    private @Nullable Duration timeout;
    private @Nullable Integer maxRetries;
    private @Nullable RetryPolicy retryPolicy;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private @Nullable String idempotencyKey;

    private Builder() {}

    /**
     * Sets the per-attempt timeout.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
        throw new IllegalArgumentException("`timeout` must be positive, but was " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * Sets the maximum number of retries (0 disables retrying); overrides the count of the client's
     * retry policy, or of this call's, whichever is set first.
     *
     * @param maxRetries zero or more
     * @return this builder
     */
    public Builder maxRetries(int maxRetries) {
      this.maxRetries = RetryPolicy.checkRetries(maxRetries);
      return this;
    }

    /**
     * Sets which failed attempts of this call are retried and how long to wait, instead of the
     * client's policy.
     *
     * @param retryPolicy the policy, or null to use the client's
     * @return this builder
     */
    public Builder retryPolicy(@Nullable RetryPolicy retryPolicy) {
      this.retryPolicy = retryPolicy;
      return this;
    }

    /**
     * Adds a header sent with this call only.
     *
     * @param name the header name
     * @param value the value; CR and LF are rejected
     * @return this builder
     */
    public Builder header(String name, String value) {
      headers.put(name, Headers.required(name, value));
      return this;
    }

    /**
     * Sets the idempotency key, sent on every attempt of this call.
     *
     * @param idempotencyKey the key, e.g. an order id
     * @return this builder
     */
    public Builder idempotencyKey(String idempotencyKey) {
      Headers.check("Idempotency-Key", idempotencyKey);
      this.idempotencyKey = idempotencyKey;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the immutable options
     */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
