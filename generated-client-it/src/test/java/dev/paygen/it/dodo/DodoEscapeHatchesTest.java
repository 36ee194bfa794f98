package dev.paygen.it.dodo;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.paygen.it.Fixtures;
import dev.paygen.it.dodo.model.CreateCheckoutSessionRequest;
import dev.paygen.it.dodo.model.CreateSessionResponse;
import dev.paygen.it.dodo.model.PaymentResponse;
import dev.paygen.it.dodo.model.ProductItemReq;
import dev.paygen.runtime.RawResponse;
import dev.paygen.runtime.RequestOptions;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 items 4 and 5 through the generated Dodo client: a builder's explicit null goes on the
 * wire, fields and parameters the spec lacks go out through {@link RequestOptions}, and the raw
 * response is there beside the typed result.
 */
class DodoEscapeHatchesTest {
  static WireMockServer server;
  DodoPaymentsClient client;

  @BeforeAll
  static void start() {
    server = Fixtures.start("dodo");
  }

  @AfterAll
  static void stop() {
    Fixtures.stop(server);
  }

  @BeforeEach
  void reset() {
    Fixtures.reset(server);
    client = DodoPaymentsClient.builder()
        .bearerToken(DodoClientTest.KEY)
        .baseUrl(server.baseUrl())
        .maxRetries(0)
        .build();
  }

  private static CreateCheckoutSessionRequest.Builder cart() {
    return CreateCheckoutSessionRequest.builder()
        .addProductCart(ProductItemReq.builder().productId("pdt_1").quantity(1).build());
  }

  @Test
  void extraBodyPropertyIsSent() {
    server.stubFor(post("/checkouts").willReturn(okJson("{\"session_id\":\"cks_1\"}")));

    CreateSessionResponse session = client
        .checkoutSessions()
        .create(
            cart().build(),
            RequestOptions.builder()
                .extraBodyProperty("referral_code", "FRIEND5")
                .build());

    assertThat(session.sessionId()).isEqualTo("cks_1");
    server.verify(postRequestedFor(urlEqualTo("/checkouts"))
        .withRequestBody(
            equalToJson("{\"product_cart\":[{\"product_id\":\"pdt_1\",\"quantity\":1}],"
                + "\"referral_code\":\"FRIEND5\"}")));
  }

  @Test
  void extraQueryParamIsSent() {
    client
        .payments()
        .retrieve(
            "pay_1",
            RequestOptions.builder().extraQueryParam("expand", "refunds").build());

    server.verify(getRequestedFor(urlEqualTo("/payments/pay_1?expand=refunds")));
  }

  @Test
  void patchCanClearANullableField() {
    server.stubFor(post("/checkouts").willReturn(okJson("{\"session_id\":\"cks_1\"}")));

    client.checkoutSessions().create(cart().cancelUrl(null).build());

    server.verify(postRequestedFor(urlEqualTo("/checkouts"))
        .withRequestBody(
            equalToJson("{\"product_cart\":[{\"product_id\":\"pdt_1\",\"quantity\":1}],"
                + "\"cancel_url\":null}")));
  }

  @Test
  void rawResponseGivesStatusAndHeaders() {
    stubRateLimited();
    AtomicReference<RawResponse> raw = new AtomicReference<>();

    PaymentResponse payment = client
        .payments()
        .retrieve("pay_1", RequestOptions.builder().onResponse(raw::set).build());

    assertThat(payment.paymentId()).isEqualTo("pay_1");
    assertThat(raw.get().statusCode()).isEqualTo(200);
    assertThat(raw.get().header("x-ratelimit-remaining")).contains("41");
    assertThat(raw.get().bodyText()).contains("\"payment_id\":\"pay_1\"");
  }

  @Test
  void rawResponseGivesStatusAndHeadersAsync() {
    stubRateLimited();
    AtomicReference<RawResponse> raw = new AtomicReference<>();

    PaymentResponse payment = client
        .payments()
        .retrieveAsync("pay_1", RequestOptions.builder().onResponse(raw::set).build())
        .join();

    assertThat(payment.paymentId()).isEqualTo("pay_1");
    assertThat(raw.get().statusCode()).isEqualTo(200);
    assertThat(raw.get().header("X-RateLimit-Remaining")).contains("41");
  }

  private static void stubRateLimited() {
    server.stubFor(get("/payments/pay_1")
        .atPriority(1)
        .willReturn(
            okJson("{\"payment_id\":\"pay_1\"}").withHeader("X-RateLimit-Remaining", "41")));
  }
}
