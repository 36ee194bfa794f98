package dev.paygen.runtime;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;

/**
 * Sends {@link ApiRequest}s and reads their responses; thread-safe, so one client serves every
 * thread and every service of a generated client.
 *
 * <p>Each call sends authentication, {@code Accept: application/json}, {@code Content-Type} with
 * a body, the {@code User-Agent}, and on non-GET requests an idempotency key generated once per
 * call and repeated on every retry. Failed attempts are retried as the {@link RetryPolicy} says (by
 * default connection errors, timeouts, 408, 409, 429 and 5xx, with capped exponential backoff and
 * jitter), honouring {@code Retry-After-Ms}, {@code Retry-After} and {@code X-Should-Retry}. Error
 * statuses become {@link ApiException} subclasses.
 *
 * <p>Every entry point checks its {@link RequestOptions} is not null and throws {@link
 * NullPointerException} ("`options` is required, but was null") at once, the async ones too, so
 * generated services need not check it in each method.
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

  /**
   * Creates a client.
   *
   * @param options the settings; without an HTTP client, the runtime's shared one is used
   */
  public ApiClient(ClientOptions options) {
    this.options = Objects.requireNonNull(options, "`options` is required, but was null");
    this.http = options.httpClient() != null ? options.httpClient() : SharedHttpClient.INSTANCE;
    ObjectMapper base = options.jsonMapper();
    this.mapper = base != null ? ObjectMappers.create(base) : ObjectMappers.create();
    this.encoder = new PercentEncoder(mapper);
    this.errors = new ErrorDecoder(mapper);
    this.decoder = new ResponseDecoder(mapper, options.strictResponses());
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
  public <T> @Nullable T execute(
      ApiRequest request, @Nullable TypeReference<T> type, RequestOptions requestOptions) {
    return send(start(request, type, required(requestOptions)));
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
  public <T> CompletableFuture<@Nullable T> executeAsync(
      ApiRequest request, @Nullable TypeReference<T> type, RequestOptions requestOptions) {
    required(requestOptions);
    CallState<T> state;
    try {
      state = start(request, type, requestOptions);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return sendAsync(state);
  }

  /**
   * Like {@link #execute} for an operation that documents a response body: the result is never
   * null. Generated services call this for every typed result, so a caller need not check one.
   *
   * @param request the request
   * @param type the response type
   * @param requestOptions per-call settings, or {@link RequestOptions#none()}
   * @param <T> the response type
   * @return the response, never null
   * @throws ApiException on an error status (after retries)
   * @throws ApiConnectionException when no response could be had (after retries)
   * @throws InvalidResponseException when the body cannot be read into {@code type}, or the 2xx
   *     response has no body (or the JSON {@code null})
   */
  public <T> T executeTyped(
      ApiRequest request, TypeReference<T> type, RequestOptions requestOptions) {
    CallState<T> state = start(request, type, required(requestOptions));
    return present(send(state), state);
  }

  /**
   * Like {@link #executeTyped} without blocking.
   *
   * @param request the request
   * @param type the response type
   * @param requestOptions per-call settings, or {@link RequestOptions#none()}
   * @param <T> the response type
   * @return a future of the response, never completed with null; failed with the exceptions
   *     {@link #executeTyped} throws
   */
  public <T> CompletableFuture<T> executeTypedAsync(
      ApiRequest request, TypeReference<T> type, RequestOptions requestOptions) {
    required(requestOptions);
    CallState<T> state;
    try {
      state = start(request, type, requestOptions);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return sendAsync(state).thenApply(value -> present(value, state));
  }

  /**
   * The per-call options, checked here once for every generated method: a null one throws at once
   * (before any request, also from the async methods) rather than in every generated call.
   */
  private static RequestOptions required(RequestOptions requestOptions) {
    return Objects.requireNonNull(requestOptions, "`options` is required, but was null");
  }

  /** A typed result's value; an empty body is a broken promise of the spec, not a null result. */
  private static <T> T present(@Nullable T value, CallState<T> state) {
    if (value == null) {
      throw new InvalidResponseException(
          "The 2xx response has no body, but the operation documents one [" + state.route() + "]",
          "$");
    }
    return value;
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
      ApiRequest first,
      TypeReference<R> type,
      Paginator<R, T> paginator,
      RequestOptions requestOptions) {
    @Nullable R response = execute(first, type, required(requestOptions));
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
      ApiRequest first,
      TypeReference<R> type,
      Paginator<R, T> paginator,
      RequestOptions requestOptions) {
    return executeAsync(first, type, required(requestOptions))
        .thenApply(response -> toPage(first, response, type, paginator, requestOptions));
  }

  private <R, T> Page<T> toPage(
      ApiRequest request,
      @Nullable R response,
      TypeReference<R> type,
      Paginator<R, T> paginator,
      RequestOptions requestOptions) {
    List<T> items = paginator.items(response);
    ApiRequest next = paginator.next(request, response, items);
    if (next == null) {
      return new Page<>(items, response, null, null);
    }
    return new Page<>(
        items,
        response,
        () -> page(next, type, paginator, requestOptions),
        () -> pageAsync(next, type, paginator, requestOptions));
  }

  private <T> CallState<T> start(
      ApiRequest request, @Nullable TypeReference<T> type, RequestOptions requestOptions) {
    Objects.requireNonNull(request, "`request` is required, but was null");
    HttpCall call = HttpCall.prepare(options, mapper, encoder, request, requestOptions);
    return new CallState<>(
        call,
        type,
        decoder,
        errors,
        options.clock(),
        requestOptions == null ? null : requestOptions.onResponse());
  }

  /** The blocking driver: one exchange per attempt, the sleeper between them. */
  private <T> @Nullable T send(CallState<T> state) {
    while (true) {
      CallState.Step<T> step = exchange(state);
      if (step.delay != null) {
        sleep(state, step.delay);
      } else if (step.error != null) {
        throw unchecked(step.error);
      } else {
        return step.value;
      }
    }
  }

  private <T> CallState.Step<T> exchange(CallState<T> state) {
    HttpRequest request = state.begin();
    try {
      return state.onResponse(http.send(request, HttpResponse.BodyHandlers.ofByteArray()));
    } catch (IOException e) {
      return state.onFailure(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiConnectionException(
          "Interrupted while waiting for a response [" + state.route() + "]", e);
    }
  }

  private void sleep(CallState<?> state, Duration delay) {
    try {
      options.sleeper().sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiConnectionException(
          "Interrupted while waiting to retry [" + state.route() + "]", e);
    }
  }

  /** The non-blocking driver: each attempt chained on the last, waits scheduled by the sleeper. */
  private <T> CompletableFuture<@Nullable T> sendAsync(CallState<T> state) {
    CompletableFuture<HttpResponse<byte[]>> sent;
    try {
      sent = http.sendAsync(state.begin(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return sent.handle((response, error) ->
            error == null ? state.onResponse(response) : state.onFailure(error))
        .thenCompose(step -> {
          if (step.delay != null) {
            return options
                .sleeper()
                .sleepAsync(step.delay)
                .thenCompose(ignored -> sendAsync(state));
          }
          return step.error != null
              ? CompletableFuture.<@Nullable T>failedFuture(step.error)
              : CompletableFuture.completedFuture(step.value);
        });
  }

  /** The blocking path hands the state only I/O failures, so its failures are all unchecked. */
  private static RuntimeException unchecked(Throwable error) {
    if (error instanceof Error fatal) {
      throw fatal;
    }
    return error instanceof RuntimeException unchecked ? unchecked : new CompletionException(error);
  }
}
