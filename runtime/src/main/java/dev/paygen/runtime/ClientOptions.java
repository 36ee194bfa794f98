package dev.paygen.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Immutable settings of an {@link ApiClient}: base URL, credentials, transport, timeout, retry policy,
 * idempotency header, user agent, default headers, and the clock and sleeper seams for tests.
 *
 * <pre>{@code
 * ClientOptions options = ClientOptions.builder()
 *     .baseUrl("https://test.dodopayments.com")
 *     .auth(Auth.bearer(System.getenv("DODO_PAYMENTS_API_KEY")))
 *     .maxRetries(3)
 *     .build();
 * }</pre>
 */
public final class ClientOptions {
  /** The runtime's version, as its build set it; sent in the default {@code User-Agent}. */
  public static final String VERSION = RuntimeVersion.read();

  private final String baseUrl;
  private final List<Auth> auths;
  private final Map<String, Auth> schemeAuths;
  private final @Nullable HttpClient httpClient;
  private final Duration timeout;
  /** The policy as set, and the retry count set apart from it: kept for {@link #toBuilder()}. */
  private final RetryPolicy policySet;

  private final @Nullable Integer maxRetriesSet;
  private final RetryPolicy retryPolicy;
  private final @Nullable String idempotencyHeader;
  private final String userAgent;
  private final Map<String, String> headers;
  private final Sleeper sleeper;
  private final Clock clock;
  private final boolean strictResponses;
  private final @Nullable ObjectMapper jsonMapper;

  private ClientOptions(Builder b, String baseUrl) {
    this.baseUrl = baseUrl;
    this.auths = List.copyOf(b.auths);
    this.schemeAuths = Collections.unmodifiableMap(new LinkedHashMap<>(b.schemeAuths));
    this.httpClient = b.httpClient;
    this.timeout = b.timeout;
    this.policySet = b.retryPolicy;
    this.maxRetriesSet = b.maxRetries;
    this.retryPolicy = b.retryPolicy.withMaxRetries(b.maxRetries);
    this.idempotencyHeader = b.idempotencyHeader;
    this.userAgent = b.userAgent;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
    this.sleeper = b.sleeper;
    this.clock = b.clock;
    this.strictResponses = b.strictResponses;
    this.jsonMapper = b.jsonMapper;
  }

  /**
   * Starts a builder with the defaults: 60 s timeout, {@link RetryPolicy#defaults()} (2 retries),
   * {@code Idempotency-Key}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding these options, to derive changed options.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.baseUrl = baseUrl;
    b.auths.addAll(auths);
    b.schemeAuths.putAll(schemeAuths);
    b.httpClient = httpClient;
    b.timeout = timeout;
    b.retryPolicy = policySet;
    b.maxRetries = maxRetriesSet;
    b.idempotencyHeader = idempotencyHeader;
    b.strictResponses = strictResponses;
    b.jsonMapper = jsonMapper;
    b.userAgent = userAgent;
    b.headers.putAll(headers);
    b.sleeper = sleeper;
    b.clock = clock;
    return b;
  }

  /**
   * Returns the base URL, without a trailing slash.
   *
   * @return e.g. {@code https://test.dodopayments.com}
   */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * Returns the credentials added without a scheme ({@link Builder#auth(Auth)}): sent with every
   * request that needs some credential, see {@link ApiRequest.Builder#security(String...)}.
   *
   * @return the credentials, possibly empty
   */
  public List<Auth> auths() {
    return auths;
  }

  /**
   * Returns the credentials by the security scheme they answer ({@link Builder#auth(String,
   * Auth)}): sent only with requests whose security asks for that scheme.
   *
   * @return the credentials by scheme name, in the order added; possibly empty
   */
  public Map<String, Auth> schemeAuths() {
    return schemeAuths;
  }

  /**
   * Returns the HTTP client given to the builder.
   *
   * @return the client, or null when the runtime's shared client is used
   */
  public @Nullable HttpClient httpClient() {
    return httpClient;
  }

  /**
   * Returns the per-attempt timeout.
   *
   * @return the timeout (default 60 s)
   */
  public Duration timeout() {
    return timeout;
  }

  /**
   * Returns how many times a failed attempt is retried: {@link #retryPolicy()}'s count.
   *
   * @return the retries (default 2)
   */
  public int maxRetries() {
    return retryPolicy.maxRetries();
  }

  /**
   * Returns which failed attempts are retried and how long to wait, with {@link
   * Builder#maxRetries(int)} applied when it was set.
   *
   * @return the policy (default {@link RetryPolicy#defaults()})
   */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /**
   * Returns the header that carries the idempotency key on non-GET requests.
   *
   * @return the header name, or null when disabled
   */
  public @Nullable String idempotencyHeader() {
    return idempotencyHeader;
  }

  /**
   * Returns the {@code User-Agent} sent with every request.
   *
   * @return e.g. {@code paygen-runtime/0.1.0 (Java 17.0.15)}
   */
  public String userAgent() {
    return userAgent;
  }

  /**
   * Returns the headers sent with every request.
   *
   * @return the default headers
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * Returns whether a response breaking its schema fails the call.
   *
   * @return true when set with {@link Builder#strictResponses(boolean)}
   */
  public boolean strictResponses() {
    return strictResponses;
  }

  /**
   * Returns the application's mapper the client's mapper is made from, or null for paygen's own
   * ({@link ObjectMappers#create()}).
   *
   * @return the mapper given to {@link Builder#jsonMapper(ObjectMapper)}, or null
   */
  public @Nullable ObjectMapper jsonMapper() {
    return jsonMapper;
  }

  /**
   * Returns the sleeper used between retries.
   *
   * @return the sleeper
   */
  public Sleeper sleeper() {
    return sleeper;
  }

  /**
   * Returns the clock used to read {@code Retry-After} dates.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  @Override
  public String toString() {
    return "ClientOptions{baseUrl=" + baseUrl + ", auths=" + auths + ", schemeAuths=" + schemeAuths
        + ", timeout=" + timeout
        + ", retryPolicy=" + retryPolicy + ", idempotencyHeader=" + idempotencyHeader
        + ", userAgent=" + userAgent + ", headers=" + headers.keySet() + "}";
  }

  /** Builds {@link ClientOptions}; only {@link #baseUrl(String)} is required. */
  public static final class Builder {
    private @Nullable String baseUrl;
    private final List<Auth> auths = new ArrayList<>();
    private final Map<String, Auth> schemeAuths = new LinkedHashMap<>();
    private @Nullable HttpClient httpClient;
    private Duration timeout = Duration.ofSeconds(60);
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private @Nullable Integer maxRetries;
    private @Nullable String idempotencyHeader = "Idempotency-Key";
    private String userAgent = "paygen-runtime/" + VERSION + " (Java " + Runtime.version() + ")";
    private final Map<String, String> headers = new LinkedHashMap<>();
    private Sleeper sleeper = Sleeper.system();
    private Clock clock = Clock.systemUTC();
    private boolean strictResponses;
    private @Nullable ObjectMapper jsonMapper;

    private Builder() {}

    /**
     * Sets whether a response that breaks its schema fails the call (default false: responses are
     * read leniently, a missing or wrong-typed value reads as null and {@code validate()} names
     * it). When true, such a response throws {@link InvalidResponseException} listing every path.
     *
     * @param strict whether responses are checked
     * @return this builder
     */
    public Builder strictResponses(boolean strict) {
      this.strictResponses = strict;
      return this;
    }

    /**
     * Sets the base URL that request paths are appended to.
     *
     * @param baseUrl an absolute http or https URL, e.g. {@code https://api.dots.dev/api}
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) {
      Objects.requireNonNull(baseUrl, "`baseUrl` is required, but was null");
      URI uri;
      try {
        uri = URI.create(baseUrl);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("`baseUrl` is not a valid URL: " + baseUrl, e);
      }
      if ((!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme()))
          || uri.getHost() == null) {
        throw new IllegalArgumentException(
            "`baseUrl` must be an absolute http or https URL, but was " + baseUrl);
      }
      if (uri.getRawUserInfo() != null || uri.getRawQuery() != null) {
        throw new IllegalArgumentException(
            "`baseUrl` must not contain user info or a query; use auth(..) instead");
      }
      this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
      return this;
    }

    /**
     * Adds a credential sent with every request that needs one: a request built without {@link
     * ApiRequest.Builder#security(String...) security}, or whose security asks for a scheme;
     * never with one declaring {@link ApiRequest.Builder#noSecurity() none}. Several may be added
     * (e.g. a key header and an app-id header).
     *
     * @param auth the credential
     * @return this builder
     */
    public Builder auth(Auth auth) {
      auths.add(Objects.requireNonNull(auth, "`auth` is required, but was null"));
      return this;
    }

    /**
     * Sets the credential of one security scheme (the key under the spec's {@code
     * components/securitySchemes}); it is sent only with requests whose security asks for that
     * scheme, or with requests that declare no security. A second credential for a scheme
     * replaces the first.
     *
     * @param scheme the scheme name, e.g. {@code API_KEY}
     * @param auth the credential
     * @return this builder
     */
    public Builder auth(String scheme, Auth auth) {
      schemeAuths.put(
          Objects.requireNonNull(scheme, "`scheme` is required, but was null"),
          Objects.requireNonNull(auth, "`auth` is required, but was null"));
      return this;
    }

    /**
     * Uses this HTTP client instead of the runtime's shared one.
     *
     * @param httpClient the client
     * @return this builder
     */
    public Builder httpClient(HttpClient httpClient) {
      this.httpClient = httpClient;
      return this;
    }

    /**
     * Sets the timeout of each attempt (default 60 s).
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      Objects.requireNonNull(timeout, "`timeout` is required, but was null");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("`timeout` must be positive, but was " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * Sets how many times a failed attempt is retried (default 2; 0 disables retries); this count
     * overrides the {@link #retryPolicy(RetryPolicy) retry policy}'s, whichever is set first.
     *
     * @param maxRetries zero or more
     * @return this builder
     */
    public Builder maxRetries(int maxRetries) {
      this.maxRetries = RetryPolicy.checkRetries(maxRetries);
      return this;
    }

    /**
     * Sets which failed attempts are retried and how long to wait between them (default {@link
     * RetryPolicy#defaults()}); {@link RetryPolicy#none()} never retries.
     *
     * @param retryPolicy the policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy =
          Objects.requireNonNull(retryPolicy, "`retryPolicy` is required, but was null");
      return this;
    }

    /**
     * Sets the header carrying the idempotency key (default {@code Idempotency-Key}).
     *
     * @param idempotencyHeader the header name, or null to send no generated key
     * @return this builder
     */
    public Builder idempotencyHeader(@Nullable String idempotencyHeader) {
      if (idempotencyHeader != null) {
        Headers.check(idempotencyHeader, "");
      }
      this.idempotencyHeader = idempotencyHeader;
      return this;
    }

    /**
     * Sets the {@code User-Agent} header.
     *
     * @param userAgent the value
     * @return this builder
     */
    public Builder userAgent(String userAgent) {
      Objects.requireNonNull(userAgent, "`userAgent` is required, but was null");
      Headers.check("User-Agent", userAgent);
      this.userAgent = userAgent;
      return this;
    }

    /**
     * Adds a header sent with every request.
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
     * Sets the application's mapper (e.g. the one Spring Boot configures), so that its modules and
     * settings apply to the API's JSON too. The client reads and writes with a copy of it that
     * {@link ObjectMappers#create(ObjectMapper)} configures with what paygen needs (lenient
     * reading, exact decimals, ISO dates, absent values not written); the given mapper is not
     * changed. Default: {@link ObjectMappers#create()}.
     *
     * @param jsonMapper the application's mapper
     * @return this builder
     */
    public Builder jsonMapper(ObjectMapper jsonMapper) {
      this.jsonMapper =
          Objects.requireNonNull(jsonMapper, "`jsonMapper` is required, but was null");
      return this;
    }

    /**
     * Sets the sleeper used between retries (a test seam).
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "`sleeper` is required, but was null");
      return this;
    }

    /**
     * Sets the clock used to read {@code Retry-After} dates (a test seam).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "`clock` is required, but was null");
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the immutable options
     * @throws IllegalStateException if no base URL was set
     */
    public ClientOptions build() {
      if (baseUrl == null) {
        throw new IllegalStateException("`baseUrl` is required, but was not set");
      }
      return new ClientOptions(this, baseUrl);
    }
  }
}
