package dev.paygen.it.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.paygen.it.Fixtures;
import dev.paygen.it.dodo.DodoPaymentsClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Re-records the Dodo fixtures against the live test-mode API; runs only with {@code -Dpaygen.record=true}
 * and {@code DODO_PAYMENTS_API_KEY} set (see README.md), so CI never touches the network.
 *
 * <p>Properties: {@code paygen.record.upstream} (default {@code https://test.dodopayments.com}),
 * {@code paygen.record.output} (default {@code <fixtures>/dodo-recorded}), {@code paygen.record.productId}
 * (a product of your test account; default the example product of the specs).
 */
@EnabledIfSystemProperty(named = "paygen.record", matches = "true")
class RecordDodoFixturesTest {
  @Test
  void recordEveryCuratedOperation() {
    String key = System.getenv("DODO_PAYMENTS_API_KEY");
    assumeTrue(key != null && !key.isBlank(), "DODO_PAYMENTS_API_KEY is not set");
    String upstream = System.getProperty("paygen.record.upstream", "https://test.dodopayments.com");
    Path output = Path.of(System.getProperty(
        "paygen.record.output", Fixtures.root().resolve("dodo-recorded").toString()));
    Map<String, String> outcome;
    try (FixtureRecorder recorder = new FixtureRecorder(upstream, key.strip(), output)) {
      DodoPaymentsClient client = DodoPaymentsClient.builder()
          .bearerToken(key.strip())
          .baseUrl(recorder.baseUrl())
          .maxRetries(0)
          .timeout(Duration.ofSeconds(30))
          .build();
      outcome =
          DodoRecording.recordAll(recorder, client, System.getProperty("paygen.record.productId"));
      System.out.println(
          "paygen: recorded " + recorder.saved() + " from " + upstream + " into " + output);
    }
    outcome.forEach((name, result) -> System.out.println("paygen: " + name + " -> " + result));
    assertThat(FixtureRecorder.leaks(output, key.strip())).isEmpty();
  }
}
