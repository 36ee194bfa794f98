package dev.paygen.runtime;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Per-call settings that override the client's: timeout, retry policy, maximum retries, extra
 * headers and the idempotency key; and the escape hatches for what the spec does not say: extra
 * query parameters, extra body properties, and the raw response beside the typed result.
 *
 * <pre>{@code
 * client.checkoutSessions().create(body,
 *     RequestOptions.builder().idempotencyKey("order-42").timeout(Duration.ofSeconds(5)).build());
 *
 * AtomicReference<RawResponse> raw = new AtomicReference<>();
 * client.checkoutSessions().create(body, RequestOptions.builder()
 *     .extraBodyProperty("discount_codes", List.of("WELCOME10")) // a field the spec lacks
 *     .extraQueryParam("expand", "customer")
 *     .onResponse(raw::set)                                     // status, headers, body
 *     .build());
 * }</pre>
 *
 * <p>Extra values are written like the generated ones, with the client's mapper (records,
 * maps, lists, enums by their wire value, ISO dates).
 */
public final class RequestOptions {
  private static final RequestOptions NONE = new Builder().build();

  private final @Nullable Duration timeout;
  private final @Nullable Integer maxRetries;
  private final @Nullable RetryPolicy retryPolicy;
  private final Map<String, String> headers;
  private final @Nullable String idempotencyKey;
  private final Map<String, @Nullable Object> extraQueryParams;
  private final Map<String, @Nullable Object> extraBodyProperties;
  private final @Nullable Consumer<RawResponse> onResponse;

  private RequestOptions(Builder b) {
    this.timeout = b.timeout;
    this.maxRetries = b.maxRetries;
    this.retryPolicy = b.retryPolicy;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
    this.idempotencyKey = b.idempotencyKey;
    this.extraQueryParams = Collections.unmodifiableMap(new LinkedHashMap<>(b.extraQueryParams));
    this.extraBodyProperties =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.extraBodyProperties));
    this.onResponse = b.onResponse;
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

  /**
   * Returns the extra query parameters: each replaces the request's parameter of the same name; a
   * null value removes it.
   *
   * @return the parameters in the order they were added
   */
  public Map<String, @Nullable Object> extraQueryParams() {
    return extraQueryParams;
  }

  /**
   * Returns the extra body properties, merged into the top-level JSON object of the body (or added
   * as form fields), replacing a property of the same name.
   *
   * @return the properties in the order they were added
   */
  public Map<String, @Nullable Object> extraBodyProperties() {
    return extraBodyProperties;
  }

  /**
   * Returns the consumer of the call's final raw response.
   *
   * @return the consumer, or null when none was set
   */
  public @Nullable Consumer<RawResponse> onResponse() {
    return onResponse;
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
        + "}, idempotencyKey=" + idempotencyKey
        + (extraQueryParams.isEmpty() ? "" : ", extraQueryParams=" + extraQueryParams.keySet())
        + (extraBodyProperties.isEmpty()
            ? ""
            : ", extraBodyProperties=" + extraBodyProperties.keySet())
        + "}";
  }

  /** Builds {@link RequestOptions}. */
  public static final class Builder {
    private @Nullable Duration timeout;
    private @Nullable Integer maxRetries;
    private @Nullable RetryPolicy retryPolicy;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private @Nullable String idempotencyKey;
    private final Map<String, @Nullable Object> extraQueryParams = new LinkedHashMap<>();
    private final Map<String, @Nullable Object> extraBodyProperties = new LinkedHashMap<>();
    private @Nullable Consumer<RawResponse> onResponse;

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
     * Sends a query parameter with this call, for one the spec lacks or to change one the client
     * sends: it replaces the request's parameter of the same name (form style, a list or array
     * repeating the parameter), and a null value removes that parameter. Credentials are never
     * replaced.
     *
     * @param name the parameter name
     * @param value the value, written like generated parameters; null to send none
     * @return this builder
     */
    public Builder extraQueryParam(String name, @Nullable Object value) {
      extraQueryParams.put(requireName(name), value);
      return this;
    }

    /**
     * Adds a property to the top-level JSON object of the request body, for a field the spec
     * lacks ({@code extraBodyProperty("discount_codes", List.of("WELCOME10"))}); it replaces a
     * property of the same name, and null sends {@code null}. A form body gets it as a field. The
     * call fails with {@link IllegalArgumentException} when the body is not a JSON object or form.
     *
     * @param name the property's JSON name
     * @param value the value, written with the client's mapper
     * @return this builder
     */
    public Builder extraBodyProperty(String name, @Nullable Object value) {
      extraBodyProperties.put(requireName(name), value);
      return this;
    }

    /**
     * Hands the call's final response (after retries, success or error status, each page of a
     * pager) to the consumer, before the typed result is read: status, headers and body bytes. It
     * runs on the thread that reads the response (for async calls, the HTTP client's); an
     * exception it throws fails the call.
     *
     * @param onResponse the consumer, e.g. {@code raw::set} of an {@code AtomicReference}
     * @return this builder
     */
    public Builder onResponse(Consumer<RawResponse> onResponse) {
      this.onResponse =
          Objects.requireNonNull(onResponse, "`onResponse` is required, but was null");
      return this;
    }

    private static String requireName(String name) {
      if (name == null || name.isEmpty()) {
        throw new IllegalArgumentException("a parameter or property name must not be empty");
      }
      return name;
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
