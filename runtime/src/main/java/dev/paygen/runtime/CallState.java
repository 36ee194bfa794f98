package dev.paygen.runtime;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The decisions of one call, shared by the blocking and the non-blocking driver in {@link ApiClient}
 * (as Retrofit's {@code OkHttpCall} sends {@code execute} and {@code enqueue} through one {@code
 * parseResponse}): given what one exchange gave, a response or a transport failure, the call is
 * done with a value, fails with an exception, or retries after a delay.
 *
 * <p>A driver calls {@link #begin()} for the request of each attempt, then {@link #onResponse} or
 * {@link #onFailure}, and follows the {@link Step}: it only sends and waits, it decides nothing.
 * The state belongs to one call and is used by one thread at a time.
 *
 * @param <T> the response type
 */
final class CallState<T> {
  private final HttpCall call;
  private final @Nullable TypeReference<T> type;
  private final ResponseDecoder decoder;
  private final ErrorDecoder errors;
  private final Clock clock;
  /** {@link RequestOptions#onResponse()}: given each final response, never a retried one. */
  private final @Nullable Consumer<RawResponse> onResponse;
  /** The attempt under way, 0 for the first. */
  private int attempt;

  private long startNanos;

  CallState(
      HttpCall call,
      @Nullable TypeReference<T> type,
      ResponseDecoder decoder,
      ErrorDecoder errors,
      Clock clock,
      @Nullable Consumer<RawResponse> onResponse) {
    this.call = call;
    this.type = type;
    this.decoder = decoder;
    this.errors = errors;
    this.clock = clock;
    this.onResponse = onResponse;
  }

  /** {@code METHOD /path}, safe for messages. */
  String route() {
    return call.route;
  }

  /** Starts an attempt: the request to send, the same headers and idempotency key every time. */
  HttpRequest begin() {
    startNanos = System.nanoTime();
    RequestLog.sending(call, attempt);
    return call.toHttpRequest();
  }

  /** The step after a response, whose body has been read in full. */
  Step<T> onResponse(HttpResponse<byte[]> response) {
    int status = response.statusCode();
    RequestLog.response(call, attempt, status, startNanos);
    if (status >= 200 && status < 300) {
      try {
        deliver(response);
        return new Step<>(
            decoder.decode(
                response.body(),
                response.headers().firstValue("Content-Type").orElse(null),
                type,
                call.route),
            null,
            null);
      } catch (RuntimeException e) {
        return fail(e);
      }
    }
    if (attempt < call.retry.maxRetries() && call.retry.isRetryable(status, response.headers())) {
      Duration server = RetryAfter.of(response.headers(), clock);
      return retry(server != null ? server : call.retry.backoff(attempt));
    }
    try {
      deliver(response);
    } catch (RuntimeException e) {
      return fail(e);
    }
    return fail(errors.decode(status, response.headers().map(), response.body(), call.route));
  }

  /** Hands the final response to the call's consumer, if it has one. */
  private void deliver(HttpResponse<byte[]> response) {
    if (onResponse != null) {
      onResponse.accept(
          new RawResponse(response.statusCode(), response.headers().map(), response.body()));
    }
  }

  /** The step after an exchange that gave no response; wrappers from futures are looked through. */
  Step<T> onFailure(Throwable error) {
    Throwable cause = unwrap(error);
    RequestLog.failure(call, attempt, cause, startNanos);
    if (!(cause instanceof IOException ioError)) {
      return fail(cause); // not a transport failure: nothing to retry, nothing to translate
    }
    if (attempt < call.retry.maxRetries() && call.retry.retryConnectionErrors()) {
      return retry(call.retry.backoff(attempt));
    }
    return fail(transportFailure(ioError));
  }

  private Step<T> retry(Duration delay) {
    RequestLog.retrying(call, attempt, delay);
    attempt++;
    return new Step<>(null, null, delay);
  }

  private Step<T> fail(Throwable error) {
    return new Step<>(null, error, null);
  }

  private ApiConnectionException transportFailure(IOException e) {
    if (e instanceof HttpTimeoutException) {
      return new ApiTimeoutException(
          "Request timed out after " + call.timeout.toMillis() + " ms [" + call.route + "]", e);
    }
    String detail = e.getMessage() == null
        ? e.getClass().getSimpleName()
        : e.getClass().getSimpleName() + ": " + call.redact(e.getMessage());
    return new ApiConnectionException(
        "Connection to " + call.uri.getHost() + " failed (" + detail + ") [" + call.route + "]", e);
  }

  private static Throwable unwrap(Throwable error) {
    Throwable t = error;
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  /**
   * What the driver does next: retry after {@link #delay} when it is set, else fail with {@link
   * #error} when it is set, else complete with {@link #value}.
   *
   * @param <T> the response type
   */
  static final class Step<T> {
    final @Nullable T value;
    final @Nullable Throwable error;
    final @Nullable Duration delay;

    private Step(@Nullable T value, @Nullable Throwable error, @Nullable Duration delay) {
      this.value = value;
      this.error = error;
      this.delay = delay;
    }
  }
}
