package dev.paygen.it.record;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paygen.it.Fixtures;
import dev.paygen.it.dodo.DodoPaymentsClient;
import dev.paygen.it.dodo.model.CreateCheckoutSessionRequest;
import dev.paygen.it.dodo.model.CreateOneTimePaymentRequest;
import dev.paygen.it.dodo.service.PaymentsListParams;
import dev.paygen.runtime.ObjectMappers;
import dev.paygen.runtime.RequestOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Drives every curated Dodo operation through the generated client, one recording each, named like the
 * hand-built fixtures; ids created by one step feed the next. Request bodies are
 * {@code fixtures/dodo/requests/*.json}, with {@code productId} (when given) replacing the example product.
 */
public final class DodoRecording {
  static final String EXAMPLE_PRODUCT = "pdt_e9mUw084cWnu0tz";
  static final String EXAMPLE_SESSION = "cks_Gi6KGJ2zFJo9rq9Ukifwa";
  static final String EXAMPLE_PAYMENT = "pay_2IjeQm4hqU6RA4Z4kwDee";
  private static final ObjectMapper MAPPER = ObjectMappers.create();

  private DodoRecording() {}

  /**
   * Records every operation.
   *
   * @return fixture name → the failure of that step, or "ok"
   */
  @SuppressWarnings(
      "deprecation") // POST /payments is deprecated upstream, but still a curated operation
  public static Map<String, String> recordAll(
      FixtureRecorder recorder, DodoPaymentsClient client, String productId) {
    Map<String, String> outcome = new LinkedHashMap<>();
    AtomicReference<String> session = new AtomicReference<>(EXAMPLE_SESSION);
    AtomicReference<String> payment = new AtomicReference<>(EXAMPLE_PAYMENT);
    // Fixed idempotency keys: re-running a recording never creates a second session or payment
    // upstream.
    step(
        outcome,
        recorder,
        "checkout-sessions-create",
        () -> session.set(client
            .checkoutSessions()
            .create(
                body("checkout-sessions-create", productId, CreateCheckoutSessionRequest.class),
                RequestOptions.builder()
                    .idempotencyKey("paygen-record-checkout-sessions-create")
                    .build())
            .sessionId()));
    step(
        outcome,
        recorder,
        "checkout-sessions-preview",
        () -> client
            .checkoutSessions()
            .preview(
                body("checkout-sessions-preview", productId, CreateCheckoutSessionRequest.class)));
    step(
        outcome,
        recorder,
        "checkout-sessions-retrieve",
        () -> client.checkoutSessions().retrieve(session.get()));
    step(
        outcome,
        recorder,
        "payments-create",
        () -> payment.set(client
            .payments()
            .create(
                body("payments-create", productId, CreateOneTimePaymentRequest.class),
                RequestOptions.builder()
                    .idempotencyKey("paygen-record-payments-create")
                    .build())
            .paymentId()));
    step(outcome, recorder, "payments-retrieve", () -> client.payments().retrieve(payment.get()));
    step(
        outcome,
        recorder,
        "payments-list",
        () -> client
            .payments()
            .list(PaymentsListParams.builder().pageNumber(0).pageSize(3).build()));
    step(
        outcome,
        recorder,
        "payments-listLineItems",
        () -> client.payments().listLineItems(payment.get()));
    return outcome;
  }

  private static void step(
      Map<String, String> outcome, FixtureRecorder recorder, String name, Runnable call) {
    RuntimeException failure = recorder.record(name, call);
    outcome.put(
        name,
        failure == null ? "ok" : failure.getClass().getSimpleName() + ": " + failure.getMessage());
  }

  private static <T> T body(String name, String productId, Class<T> type) {
    String json = Fixtures.file("dodo", "requests", name + ".json");
    if (productId != null && !productId.isBlank()) {
      json = json.replace(EXAMPLE_PRODUCT, productId);
    }
    try {
      return MAPPER.readValue(json, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
