package dev.paygen.runtime;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import org.junit.jupiter.api.Test;

/** Every response body, of successes, errors and retried attempts alike, is read to its end. */
class BodyConsumptionTest extends WireMockTestBase {
  private final CountingHttpClient http = new CountingHttpClient(HttpClient.newHttpClient());

  @Test
  void everyResponseBodyIsReadToTheEndSyncAndAsync() {
    wm.stubFor(get("/r")
        .inScenario("r")
        .whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(503).withBody("{\"message\":\"busy\"}"))
        .willSetStateTo("ok"));
    wm.stubFor(get("/r")
        .inScenario("r")
        .whenScenarioStateIs("ok")
        .willReturn(okJson("{\"payment_id\":\"p\"}")));
    wm.stubFor(get("/e").willReturn(aResponse().withStatus(404).withBody("{\"message\":\"no\"}")));
    ApiClient client = new ApiClient(options().httpClient(http).build());

    client.execute(
        ApiRequest.builder("GET", "/r").build(),
        new TypeReference<Models.Payment>() {},
        RequestOptions.none());
    assertThatThrownBy(() ->
            client.execute(ApiRequest.builder("GET", "/e").build(), null, RequestOptions.none()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> client
            .executeAsync(ApiRequest.builder("GET", "/e").build(), null, RequestOptions.none())
            .join())
        .hasCauseInstanceOf(NotFoundException.class);

    assertThat(http.opened.get()).isEqualTo(4);
    assertThat(http.completed.get()).isEqualTo(4);
  }

  @Test
  void plainTextAndVoidResponsesAreRead() {
    wm.stubFor(get("/text").willReturn(aResponse().withBody("hello")));
    ApiClient client = client();

    assertThat(client.execute(
            ApiRequest.builder("GET", "/text").build(),
            new TypeReference<String>() {},
            RequestOptions.none()))
        .isEqualTo("hello");
    assertThat(client.execute(
            ApiRequest.builder("GET", "/text").build(),
            new TypeReference<Void>() {},
            RequestOptions.none()))
        .isNull();
  }

  /** Delegates to a real client, counting body subscribers opened and completed. */
  static final class CountingHttpClient extends HttpClient {
    final AtomicInteger opened = new AtomicInteger();
    final AtomicInteger completed = new AtomicInteger();
    private final HttpClient delegate;

    CountingHttpClient(HttpClient delegate) {
      this.delegate = delegate;
    }

    private <T> HttpResponse.BodyHandler<T> counting(HttpResponse.BodyHandler<T> handler) {
      return info -> {
        opened.incrementAndGet();
        HttpResponse.BodySubscriber<T> inner = handler.apply(info);
        return new HttpResponse.BodySubscriber<T>() {
          @Override
          public CompletionStage<T> getBody() {
            return inner.getBody();
          }

          @Override
          public void onSubscribe(Flow.Subscription s) {
            inner.onSubscribe(s);
          }

          @Override
          public void onNext(List<ByteBuffer> item) {
            inner.onNext(item);
          }

          @Override
          public void onError(Throwable t) {
            inner.onError(t);
          }

          @Override
          public void onComplete() {
            completed.incrementAndGet();
            inner.onComplete();
          }
        };
      };
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest r, HttpResponse.BodyHandler<T> h)
        throws IOException, InterruptedException {
      return delegate.send(r, counting(h));
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(
        HttpRequest r, HttpResponse.BodyHandler<T> h) {
      return delegate.sendAsync(r, counting(h));
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(
        HttpRequest r, HttpResponse.BodyHandler<T> h, HttpResponse.PushPromiseHandler<T> p) {
      return delegate.sendAsync(r, counting(h), p);
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
      return delegate.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
      return delegate.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
      return delegate.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
      return delegate.proxy();
    }

    @Override
    public SSLContext sslContext() {
      return delegate.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
      return delegate.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
      return delegate.authenticator();
    }

    @Override
    public Version version() {
      return delegate.version();
    }

    @Override
    public Optional<Executor> executor() {
      return delegate.executor();
    }
  }
}
