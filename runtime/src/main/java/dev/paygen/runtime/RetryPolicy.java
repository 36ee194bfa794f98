package dev.paygen.runtime;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Which failed attempts are retried and how long to wait before the next one; immutable and
 * shareable.
 *
 * <p>A failed attempt is retried while retries remain when it had no response at all (a
 * connection error or a timeout, unless {@link Builder#retryConnectionErrors(boolean) disabled}) or
 * when its status is retryable; a server's {@code X-Should-Retry: true/false} overrides the
 * status. The wait is the server's {@code Retry-After-Ms} or {@code Retry-After} when given and
 * within 60 s, else {@code initialBackoff·2^retry} capped at {@code maxBackoff}, times a random
 * factor in {@code [1 - jitter, 1]}.
 *
 * <pre>{@code
 * RetryPolicy patient = RetryPolicy.builder()
 *     .maxRetries(5)
 *     .initialBackoff(Duration.ofSeconds(1))
 *     .maxBackoff(Duration.ofSeconds(30))
 *     .retryableStatuses(429, 502, 503, 504)
 *     .build();
 * ClientOptions.builder().baseUrl(url).retryPolicy(patient);
 * }</pre>
 */
public final class RetryPolicy {
  /** Server-requested waits longer than this are ignored in favour of the backoff. */
  static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

  private static final Set<Integer> DEFAULT_STATUSES = Collections.unmodifiableSet(
      new TreeSet<>(IntStream.concat(IntStream.of(408, 409, 429), IntStream.rangeClosed(500, 599))
          .boxed()
          .collect(Collectors.toList())));
  private static final RetryPolicy DEFAULTS = new Builder().build();
  private static final RetryPolicy NONE = new Builder().maxRetries(0).build();

  private final int maxRetries;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final double jitter;
  private final Set<Integer> retryableStatuses;
  private final boolean retryConnectionErrors;

  private RetryPolicy(Builder b) {
    this.maxRetries = b.maxRetries;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.jitter = b.jitter;
    this.retryableStatuses = b.retryableStatuses;
    this.retryConnectionErrors = b.retryConnectionErrors;
  }

  /**
   * Returns the default policy: 2 retries, 0.5 s initial and 8 s maximum backoff, jitter 0.25,
   * statuses 408, 409, 429 and 5xx, connection errors retried.
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the default policy with no retries: every call makes exactly one attempt.
   *
   * @return a policy that never retries
   */
  public static RetryPolicy none() {
    return NONE;
  }

  /**
   * Starts a builder holding the {@link #defaults()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this policy, to derive a changed one.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.maxRetries = maxRetries;
    b.initialBackoff = initialBackoff;
    b.maxBackoff = maxBackoff;
    b.jitter = jitter;
    b.retryableStatuses = retryableStatuses;
    b.retryConnectionErrors = retryConnectionErrors;
    return b;
  }

  /**
   * Returns how many times a failed attempt is retried.
   *
   * @return zero or more
   */
  public int maxRetries() {
    return maxRetries;
  }

  /**
   * Returns the wait before the first retry, doubled for each further one.
   *
   * @return a positive duration
   */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /**
   * Returns the longest backoff between two attempts.
   *
   * @return a duration no shorter than {@link #initialBackoff()}
   */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /**
   * Returns the largest fraction taken off a backoff at random, so that clients spread out.
   *
   * @return a fraction in [0, 1]
   */
  public double jitter() {
    return jitter;
  }

  /**
   * Returns the response statuses that are retried.
   *
   * @return the statuses, sorted
   */
  public Set<Integer> retryableStatuses() {
    return retryableStatuses;
  }

  /**
   * Returns whether attempts that got no response (connection errors, timeouts) are retried.
   *
   * @return true when they are
   */
  public boolean retryConnectionErrors() {
    return retryConnectionErrors;
  }

  /** The count, checked: one rule and one message for every builder that takes it. */
  static int checkRetries(int maxRetries) {
    if (maxRetries < 0) {
      throw new IllegalArgumentException("`maxRetries` must be >= 0, but was " + maxRetries);
    }
    return maxRetries;
  }

  /**
   * This policy with its count replaced by {@code maxRetries} when one was set: the rule that a
   * {@code maxRetries(int)} on a client or call builder wins over the policy's own count.
   */
  RetryPolicy withMaxRetries(@Nullable Integer maxRetries) {
    return maxRetries == null || maxRetries == this.maxRetries
        ? this
        : toBuilder().maxRetries(maxRetries).build();
  }

  /** Whether a response with this status and headers should be retried, retries remaining. */
  boolean isRetryable(int status, HttpHeaders headers) {
    String should = headers.firstValue("X-Should-Retry").orElse("").trim();
    if (should.equalsIgnoreCase("true")) {
      return true;
    }
    if (should.equalsIgnoreCase("false")) {
      return false;
    }
    return retryableStatuses.contains(status);
  }

  /** The backoff before retry number {@code retry} (0 for the first), jitter applied. */
  Duration backoff(int retry) {
    double nanos = Math.min(
        initialBackoff.toNanos() * Math.pow(2, Math.min(retry, 62)), (double) maxBackoff.toNanos());
    double factor = 1 - ThreadLocalRandom.current().nextDouble() * jitter;
    return Duration.ofNanos((long) (nanos * factor));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof RetryPolicy p)) {
      return false;
    }
    return maxRetries == p.maxRetries
        && initialBackoff.equals(p.initialBackoff)
        && maxBackoff.equals(p.maxBackoff)
        && Double.compare(jitter, p.jitter) == 0
        && retryableStatuses.equals(p.retryableStatuses)
        && retryConnectionErrors == p.retryConnectionErrors;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        maxRetries, initialBackoff, maxBackoff, jitter, retryableStatuses, retryConnectionErrors);
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxRetries=" + maxRetries + ", initialBackoff=" + initialBackoff
        + ", maxBackoff="
        + maxBackoff + ", jitter=" + jitter + ", retryableStatuses=" + retryableStatuses
        + ", retryConnectionErrors=" + retryConnectionErrors + "}";
  }

  /** Builds a {@link RetryPolicy}, starting from the {@link #defaults()}. */
  public static final class Builder {
    private int maxRetries = 2;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(8);
    private double jitter = 0.25;
    private Set<Integer> retryableStatuses = DEFAULT_STATUSES;
    private boolean retryConnectionErrors = true;

    private Builder() {}

    /**
     * Sets how many times a failed attempt is retried (default 2; 0 disables retries).
     *
     * @param maxRetries zero or more
     * @return this builder
     */
    public Builder maxRetries(int maxRetries) {
      this.maxRetries = RetryPolicy.checkRetries(maxRetries);
      return this;
    }

    /**
     * Sets the wait before the first retry (default 0.5 s), doubled for each further one.
     *
     * @param initialBackoff a positive duration
     * @return this builder
     */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = positive(initialBackoff, "initialBackoff");
      return this;
    }

    /**
     * Sets the longest backoff between two attempts (default 8 s).
     *
     * @param maxBackoff a positive duration, no shorter than the initial backoff
     * @return this builder
     */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = positive(maxBackoff, "maxBackoff");
      return this;
    }

    /**
     * Sets the largest fraction taken off each backoff at random (default 0.25: a backoff of 2 s
     * becomes a wait between 1.5 s and 2 s); 0 waits exactly the backoff.
     *
     * @param jitter a fraction in [0, 1]
     * @return this builder
     */
    public Builder jitter(double jitter) {
      if (!(jitter >= 0 && jitter <= 1)) {
        throw new IllegalArgumentException("`jitter` must be between 0 and 1, but was " + jitter);
      }
      this.jitter = jitter;
      return this;
    }

    /**
     * Sets the response statuses that are retried, replacing the default 408, 409, 429 and 5xx.
     *
     * @param statuses HTTP statuses between 100 and 599; none retries no status
     * @return this builder
     */
    public Builder retryableStatuses(int... statuses) {
      Objects.requireNonNull(statuses, "`statuses` is required, but was null");
      Set<Integer> sorted = new TreeSet<>();
      for (int status : statuses) {
        if (status < 100 || status > 599) {
          throw new IllegalArgumentException(
              "`retryableStatuses` must be HTTP statuses between 100 and 599, but contained "
                  + status);
        }
        sorted.add(status);
      }
      this.retryableStatuses = Collections.unmodifiableSet(sorted);
      return this;
    }

    /**
     * Sets whether attempts that got no response at all (connection refused or reset, timeouts)
     * are retried (default true).
     *
     * @param retryConnectionErrors false to fail on the first such error
     * @return this builder
     */
    public Builder retryConnectionErrors(boolean retryConnectionErrors) {
      this.retryConnectionErrors = retryConnectionErrors;
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the immutable policy
     * @throws IllegalStateException if the maximum backoff is shorter than the initial one
     */
    public RetryPolicy build() {
      if (maxBackoff.compareTo(initialBackoff) < 0) {
        throw new IllegalStateException("`maxBackoff` (" + maxBackoff
            + ") must not be shorter than `initialBackoff` (" + initialBackoff + ")");
      }
      return new RetryPolicy(this);
    }

    private static Duration positive(Duration value, String name) {
      Objects.requireNonNull(value, "`" + name + "` is required, but was null");
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException("`" + name + "` must be positive, but was " + value);
      }
      return value;
    }
  }
}
