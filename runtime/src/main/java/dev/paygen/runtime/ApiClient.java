package dev.paygen.runtime;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

/**
 * Sends {@link ApiRequest}s and reads their responses; thread-safe, so one client serves every
 * thread and every service of a generated client.
 *
 * <p>Each call sends authentication, {@code Accept: application/json}, {@code Content-Type} with
 * a body, the {@code User-Agent}, and on non-GET requests an idempotency key generated once per
 * call and repeated on every retry. Connection errors, timeouts, 408, 409, 429 and 5xx are
 * retried with capped exponential backoff and jitter, honouring {@code Retry-After-Ms}, {@code
 * Retry-After} and {@code X-Should-Retry}. Error statuses become {@link ApiException} subclasses.
 */
public final class ApiClient {
  private static final class SharedHttpClient {
    static final HttpClient INSTANCE = HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(30))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  private final ClientOptions options;
  private final HttpClient http;
  private final ObjectMapper mapper;
  private final PercentEncoder encoder;
  private final ErrorDecoder errors;
  private final ResponseDecoder decoder;
  private final RetryPolicy retry;

  /**
   * Creates a client.
   *
   * @param options the settings; without an HTTP client, the runtime's shared one is used
   */
  public ApiClient(ClientOptions options) {
    this.options = Objects.requireNonNull(options, "`options` is required, but was null");
    this.http = options.httpClient() != null ? options.httpClient() : SharedHttpClient.INSTANCE;
    this.mapper = ObjectMappers.create();
    this.encoder = new PercentEncoder(mapper);
    this.errors = new ErrorDecoder(mapper);
    this.decoder = new ResponseDecoder(mapper);
    this.retry = new RetryPolicy(options.clock());
  }

  /**
   * Returns the client's settings.
   *
   * @return the options
   */
  public ClientOptions options() {
    return options;
  }

  /**
   * Returns the shared mapper that writes bodies and reads responses; do not reconfigure it.
   *
   * @return the mapper
   */
  public ObjectMapper mapper() {
    return mapper;
  }

  /**
   * Sends the request, retrying as configured, and reads the response.
   *
   * @param request the request
   * @param type the response type, or null when no body is expected
   * @param requestOptions per-call settings, or {@link RequestOptions#none()}
   * @param <T> the response type
   * @return the response, or null for a null type or an empty body
   * @throws ApiException on an error status (after retries)
   * @throws ApiConnectionException when no response could be had (after retries)
   * @throws InvalidResponseException when the body cannot be read into {@code type}
   */
  public <T> T execute(ApiRequest request, TypeReference<T> type, RequestOptions requestOptions) {
    HttpCall call = prepare(request, requestOptions);
    HttpResponse<byte[]> response = send(call);
    return decoder.decode(response.body(), type, call.route);
  }

  /**
   * Like {@link #execute} without blocking: retries are scheduled through the sleeper, never by
   * holding a thread.
   *
   * @param request the request
   * @param type the response type, or null when no body is expected
   * @param requestOptions per-call settings, or {@link RequestOptions#none()}
   * @param <T> the response type
   * @return a future of the response, failed with the exceptions {@link #execute} throws
   */
  public <T> CompletableFuture<T> executeAsync(
      ApiRequest request, TypeReference<T> type, RequestOptions requestOptions) {
    HttpCall call;
    try {
      call = prepare(request, requestOptions);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return sendAsync(call, 0).thenApply(response -> decoder.decode(response.body(), type, call.route));
  }

  /**
   * Fetches the first page of a list operation.
   *
   * @param first the request for the first page
   * @param type the response type
   * @param paginator how the response holds its items and how to ask for the next page
   * @param requestOptions per-call settings, used for every page
   * @param <R> the response type
   * @param <T> the item type
   * @return the first page
   */
  public <R, T> Page<T> page(
      ApiRequest first, TypeReference<R> type, Paginator<R, T> paginator, RequestOptions requestOptions) {
    R response = execute(first, type, requestOptions);
    return toPage(first, response, type, paginator, requestOptions);
  }

  /**
   * Like {@link #page} without blocking.
   *
   * @param first the request for the first page
   * @param type the response type
   * @param paginator how the response holds its items and how to ask for the next page
   * @param requestOptions per-call settings, used for every page
   * @param <R> the response type
   * @param <T> the item type
   * @return a future of the first page
   */
  public <R, T> CompletableFuture<Page<T>> pageAsync(
      ApiRequest first, TypeReference<R> type, Paginator<R, T> paginator, RequestOptions requestOptions) {
    return executeAsync(first, type, requestOptions)
        .thenApply(response -> toPage(first, response, type, paginator, requestOptions));
  }

  private <R, T> Page<T> toPage(
      ApiRequest request, R response, TypeReference<R> type, Paginator<R, T> paginator,
      RequestOptions requestOptions) {
    List<T> items = paginator.items(response);
    ApiRequest next = paginator.next(request, response, items);
    if (next == null) {
      return new Page<>(items, null, null);
    }
    return new Page<>(
        items,
        () -> page(next, type, paginator, requestOptions),
        () -> pageAsync(next, type, paginator, requestOptions));
  }

  private HttpCall prepare(ApiRequest request, RequestOptions requestOptions) {
    Objects.requireNonNull(request, "`request` is required, but was null");
    return HttpCall.prepare(options, mapper, encoder, request, requestOptions);
  }

  private HttpResponse<byte[]> send(HttpCall call) {
    for (int attempt = 0; ; attempt++) {
      long start = System.nanoTime();
      RequestLog.sending(call, attempt);
      HttpResponse<byte[]> response;
      try {
        response = http.send(call.toHttpRequest(), HttpResponse.BodyHandlers.ofByteArray());
      } catch (IOException e) {
        RequestLog.failure(call, attempt, e, start);
        if (attempt >= call.maxRetries) {
          throw transportFailure(call, e);
        }
        sleep(call, attempt, retry.delay(attempt, null));
        continue;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ApiConnectionException("Interrupted while waiting for a response [" + call.route + "]", e);
      }
      RequestLog.response(call, attempt, response.statusCode(), start);
      int status = response.statusCode();
      if (status >= 200 && status < 300) {
        return response;
      }
      if (attempt < call.maxRetries && RetryPolicy.isRetryable(status, response.headers())) {
        sleep(call, attempt, retry.delay(attempt, response.headers()));
        continue;
      }
      throw errors.decode(status, response.headers().map(), response.body(), call.route);
    }
  }

  private void sleep(HttpCall call, int attempt, Duration delay) {
    RequestLog.retrying(call, attempt, delay);
    try {
      options.sleeper().sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiConnectionException("Interrupted while waiting to retry [" + call.route + "]", e);
    }
  }

  // handle(...) returns a future of a future on purpose: thenCompose(identity()) below flattens it.
  @SuppressWarnings("FutureReturnValueIgnored")
  private CompletableFuture<HttpResponse<byte[]>> sendAsync(HttpCall call, int attempt) {
    long start = System.nanoTime();
    RequestLog.sending(call, attempt);
    CompletableFuture<HttpResponse<byte[]>> sent;
    try {
      sent = http.sendAsync(call.toHttpRequest(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return sent.handle((response, error) -> {
      if (error != null) {
        Throwable cause = unwrap(error);
        RequestLog.failure(call, attempt, cause, start);
        if (!(cause instanceof IOException ioError)) {
          return CompletableFuture.<HttpResponse<byte[]>>failedFuture(cause);
        }
        if (attempt >= call.maxRetries) {
          return CompletableFuture.<HttpResponse<byte[]>>failedFuture(transportFailure(call, ioError));
        }
        return retryAsync(call, attempt, retry.delay(attempt, null));
      }
      RequestLog.response(call, attempt, response.statusCode(), start);
      int status = response.statusCode();
      if (status >= 200 && status < 300) {
        return CompletableFuture.completedFuture(response);
      }
      if (attempt < call.maxRetries && RetryPolicy.isRetryable(status, response.headers())) {
        return retryAsync(call, attempt, retry.delay(attempt, response.headers()));
      }
      return CompletableFuture.<HttpResponse<byte[]>>failedFuture(
          errors.decode(status, response.headers().map(), response.body(), call.route));
    }).thenCompose(Function.identity());
  }

  private CompletableFuture<HttpResponse<byte[]>> retryAsync(HttpCall call, int attempt, Duration delay) {
    RequestLog.retrying(call, attempt, delay);
    return options.sleeper().sleepAsync(delay).thenCompose(ignored -> sendAsync(call, attempt + 1));
  }

  private static Throwable unwrap(Throwable error) {
    Throwable t = error;
    while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  private static ApiConnectionException transportFailure(HttpCall call, IOException e) {
    if (e instanceof HttpTimeoutException) {
      return new ApiTimeoutException(
          "Request timed out after " + call.timeout.toMillis() + " ms [" + call.route + "]", e);
    }
    String detail = e.getMessage() == null ? e.getClass().getSimpleName()
        : e.getClass().getSimpleName() + ": " + call.redact(e.getMessage());
    return new ApiConnectionException(
        "Connection to " + call.uri.getHost() + " failed (" + detail + ") [" + call.route + "]", e);
  }
}
