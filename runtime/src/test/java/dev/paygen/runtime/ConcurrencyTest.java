package dev.paygen.runtime;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConcurrencyTest extends WireMockTestBase {
  private static final int THREADS = 64;

  @Test
  void sixtyFourThreadsShareOneClient() throws Exception {
    wm.stubFor(post(urlPathMatching("/orders/.*"))
        .willReturn(okJson("{\"session_id\":\"{{request.pathSegments.[1]}}\"}")
            .withTransformers("response-template")));
    ApiClient client = client();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        String id = "o" + i;
        results.add(pool.submit(() -> {
          start.await();
          return client
              .execute(
                  ApiRequest.builder("POST", "/orders/{id}")
                      .pathParam("id", id)
                      .body(java.util.Map.of("n", id))
                      .build(),
                  new TypeReference<Models.Session>() {},
                  RequestOptions.none())
              .sessionId();
        }));
      }
      start.countDown();
      for (int i = 0; i < THREADS; i++) {
        assertThat(results.get(i).get(30, TimeUnit.SECONDS)).isEqualTo("o" + i);
      }
    } finally {
      pool.shutdownNow();
    }
    Set<String> keys = new HashSet<>();
    wm.findAll(postRequestedFor(urlPathMatching("/orders/.*")))
        .forEach(r -> keys.add(r.getHeader("Idempotency-Key")));
    assertThat(keys).hasSize(THREADS);
  }

  @Test
  void manyAsyncCallsWithRetriesComplete() {
    wm.stubFor(post(urlPathEqualTo("/async")).willReturn(aResponse().withStatus(503)));
    ApiClient client = new ApiClient(options().maxRetries(1).build());

    List<CompletableFuture<Void>> futures = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      futures.add(client
          .executeAsync(ApiRequest.builder("POST", "/async").build(), null, RequestOptions.none())
          .handle((v, e) -> {
            assertThat(e).hasCauseInstanceOf(InternalServerException.class);
            return null;
          }));
    }
    CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0])).join();

    assertThat(wm.findAll(postRequestedFor(urlPathEqualTo("/async")))).hasSize(THREADS * 2);
    assertThat(sleeper.waits).hasSize(THREADS);
  }
}
