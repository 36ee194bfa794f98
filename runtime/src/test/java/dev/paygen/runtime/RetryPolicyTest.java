package dev.paygen.runtime;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A configured {@link RetryPolicy} decides retries and waits alike for blocking and async calls. */
class RetryPolicyTest extends WireMockTestBase {
  /** The two drivers of a call; an async failure is unwrapped to what the caller's handler sees. */
  enum Mode {
    SYNC,
    ASYNC;

    void get(ApiClient client, String path, RequestOptions options) {
      ApiRequest request = ApiRequest.builder("GET", path).build();
      if (this == SYNC) {
        client.execute(request, null, options);
        return;
      }
      try {
        client.executeAsync(request, null, options).join();
      } catch (CompletionException e) {
        throw (RuntimeException) e.getCause();
      }
    }
  }

  private static int attempts(String path) {
    return wm.findAll(getRequestedFor(urlEqualTo(path))).size();
  }

  @Test
  void defaultsAreTodaysBehaviour() {
    RetryPolicy p = RetryPolicy.defaults();

    assertThat(p.maxRetries()).isEqualTo(2);
    assertThat(p.initialBackoff()).isEqualTo(Duration.ofMillis(500));
    assertThat(p.maxBackoff()).isEqualTo(Duration.ofSeconds(8));
    assertThat(p.jitter()).isEqualTo(0.25);
    assertThat(p.retryableStatuses())
        .contains(408, 409, 429, 500, 503, 599)
        .doesNotContain(400, 404, 422);
    assertThat(p.retryConnectionErrors()).isTrue();
    assertThat(RetryPolicy.none().maxRetries()).isZero();
    assertThat(ClientOptions.builder().baseUrl("https://x.test").build().retryPolicy())
        .isEqualTo(p);
  }

  @Test
  void builderRejectsBadArgumentsWithTheirValue() {
    RetryPolicy.Builder b = RetryPolicy.builder();

    assertThatThrownBy(() -> b.maxRetries(-1)).hasMessage("`maxRetries` must be >= 0, but was -1");
    assertThatThrownBy(() -> b.jitter(1.5))
        .hasMessage("`jitter` must be between 0 and 1, but was 1.5");
    assertThatThrownBy(() -> b.jitter(Double.NaN))
        .hasMessage("`jitter` must be between 0 and 1, but was NaN");
    assertThatThrownBy(() -> b.initialBackoff(Duration.ZERO))
        .hasMessage("`initialBackoff` must be positive, but was PT0S");
    assertThatThrownBy(() -> b.maxBackoff(null))
        .hasMessage("`maxBackoff` is required, but was null");
    assertThatThrownBy(() -> b.retryableStatuses(503, 42))
        .hasMessage(
            "`retryableStatuses` must be HTTP statuses between 100 and 599, but contained 42");
    assertThatThrownBy(
            () -> RetryPolicy.builder().initialBackoff(Duration.ofSeconds(10)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("`maxBackoff` (PT8S) must not be shorter than `initialBackoff` (PT10S)");
    assertThatThrownBy(() -> ClientOptions.builder().retryPolicy(null))
        .hasMessage("`retryPolicy` is required, but was null");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void customStatusesAreRetriedAndTheDefaultOnesNoLonger(Mode mode) {
    wm.stubFor(get("/teapot").willReturn(aResponse().withStatus(418)));
    wm.stubFor(get("/down").willReturn(aResponse().withStatus(503)));
    RetryPolicy policy = RetryPolicy.builder().retryableStatuses(418).build();
    ApiClient client = new ApiClient(options().retryPolicy(policy).build());

    assertThatThrownBy(() -> mode.get(client, "/teapot", RequestOptions.none()))
        .isInstanceOf(UnexpectedStatusException.class);
    assertThatThrownBy(() -> mode.get(client, "/down", RequestOptions.none()))
        .isInstanceOf(InternalServerException.class);

    assertThat(attempts("/teapot")).isEqualTo(3);
    assertThat(attempts("/down")).isEqualTo(1);
    assertThat(sleeper.waits).hasSize(2);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void backoffDoublesFromTheInitialUpToTheMaximumWithinTheJitter(Mode mode) {
    wm.stubFor(get("/down").willReturn(aResponse().withStatus(500)));
    RetryPolicy exact = RetryPolicy.builder()
        .maxRetries(4)
        .initialBackoff(Duration.ofMillis(100))
        .maxBackoff(Duration.ofMillis(300))
        .jitter(0)
        .build();
    RetryPolicy jittered = exact.toBuilder().jitter(0.5).build();

    assertThatThrownBy(() -> mode.get(
            new ApiClient(options().retryPolicy(exact).build()), "/down", RequestOptions.none()))
        .isInstanceOf(InternalServerException.class);
    assertThat(sleeper.waits)
        .containsExactly(
            Duration.ofMillis(100),
            Duration.ofMillis(200),
            Duration.ofMillis(300),
            Duration.ofMillis(300));

    sleeper.waits.clear();
    assertThatThrownBy(() -> mode.get(
            new ApiClient(options().retryPolicy(jittered).build()), "/down", RequestOptions.none()))
        .isInstanceOf(InternalServerException.class);
    long[] bases = {100, 200, 300, 300};
    assertThat(sleeper.waits).hasSize(4);
    for (int i = 0; i < bases.length; i++) {
      assertThat(sleeper.waits.get(i))
          .isBetween(Duration.ofMillis(bases[i] / 2), Duration.ofMillis(bases[i]));
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void perCallPolicyReplacesTheClientsAndPerCallMaxRetriesOverridesItsCount(Mode mode) {
    wm.stubFor(get("/a").willReturn(aResponse().withStatus(502)));
    wm.stubFor(get("/b").willReturn(aResponse().withStatus(502)));
    wm.stubFor(get("/c").willReturn(aResponse().withStatus(502)));
    ApiClient client = new ApiClient(options().retryPolicy(RetryPolicy.none()).build());
    RetryPolicy call = RetryPolicy.builder()
        .maxRetries(3)
        .initialBackoff(Duration.ofSeconds(1))
        .maxBackoff(Duration.ofSeconds(1))
        .jitter(0)
        .build();

    assertThatThrownBy(() -> mode.get(client, "/a", RequestOptions.none()))
        .isInstanceOf(InternalServerException.class);
    assertThatThrownBy(() ->
            mode.get(client, "/b", RequestOptions.builder().retryPolicy(call).build()))
        .isInstanceOf(InternalServerException.class);
    assertThatThrownBy(() -> mode.get(
            client,
            "/c",
            RequestOptions.builder().maxRetries(1).retryPolicy(call).build()))
        .isInstanceOf(InternalServerException.class);

    assertThat(attempts("/a")).isEqualTo(1);
    assertThat(attempts("/b")).isEqualTo(4);
    assertThat(attempts("/c")).isEqualTo(2);
    assertThat(sleeper.waits).hasSize(4).containsOnly(Duration.ofSeconds(1));
  }

  @Test
  void clientMaxRetriesOverridesThePolicysCountWhicheverIsSetFirst() {
    RetryPolicy five = RetryPolicy.builder().maxRetries(5).jitter(0).build();

    ClientOptions before = options().maxRetries(1).retryPolicy(five).build();
    ClientOptions after = options().retryPolicy(five).maxRetries(1).build();

    assertThat(before.maxRetries()).isEqualTo(1);
    assertThat(after.retryPolicy()).isEqualTo(five.toBuilder().maxRetries(1).build());
    assertThat(before.toBuilder().build().retryPolicy()).isEqualTo(before.retryPolicy());
    assertThat(before.toBuilder().retryPolicy(RetryPolicy.defaults()).build().maxRetries())
        .isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void connectionErrorsAreNotRetriedWhenThePolicySaysSo(Mode mode) throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    RetryPolicy policy = RetryPolicy.builder().retryConnectionErrors(false).build();
    ApiClient client = new ApiClient(
        options().baseUrl("http://127.0.0.1:" + port).retryPolicy(policy).build());

    assertThatThrownBy(() -> mode.get(client, "/x", RequestOptions.none()))
        .isInstanceOf(ApiConnectionException.class);
    assertThat(sleeper.waits).isEmpty();
  }

  @Test
  void retryableStatusesAreACopyAndSorted() {
    int[] statuses = {503, 429};
    RetryPolicy p = RetryPolicy.builder().retryableStatuses(statuses).build();
    statuses[0] = 500;

    assertThat(p.retryableStatuses()).containsExactly(429, 503);
    assertThatThrownBy(() -> p.retryableStatuses().add(400))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
