package dev.paygen.it.dodo;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.paygen.it.Fixtures;
import dev.paygen.it.dodo.model.CreateCheckoutSessionRequest;
import dev.paygen.it.dodo.model.GetPaymentsListResponseItem;
import dev.paygen.it.dodo.model.ProductItemReq;
import dev.paygen.runtime.InvalidRequestException;
import dev.paygen.runtime.InvalidResponseException;
import dev.paygen.runtime.ObjectMappers;
import dev.paygen.runtime.Page;
import dev.paygen.runtime.Violation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, items 5 and 7, through the generated Dodo client over HTTP: a page with one odd item
 * still reads, {@code validate()} names the exact path, a strict client refuses it, a request body
 * missing a required value is refused before anything is sent, and unknown fields are kept.
 */
class DodoLenientReadingTest {
  static final ObjectMapper MAPPER = ObjectMappers.create();
  static WireMockServer server;

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
  }

  DodoPaymentsClient.Builder builder() {
    return DodoPaymentsClient.builder().bearerToken("test_key").baseUrl(server.baseUrl());
  }

  /** Two list items, the second without {@code brand_id} and with a field the spec lacks. */
  void stubPageWhereOneItemLacksBrandId() throws Exception {
    ObjectNode good = (ObjectNode) MAPPER
        .readTree(Fixtures.file("dodo", "__files", "payments-list.json"))
        .path("items")
        .get(0);
    ObjectNode odd = good.deepCopy();
    odd.remove("brand_id");
    odd.put("payment_id", "pay_odd").put("risk_level", "elevated");
    server.stubFor(get(urlPathEqualTo("/payments"))
        .atPriority(1)
        .willReturn(okJson("{\"items\":[" + good + "," + odd + "]}")));
  }

  @Test
  void aPageWhereOneItemLacksARequiredFieldStillReadsAndValidateNamesItsPath() throws Exception {
    stubPageWhereOneItemLacksBrandId();

    Page<GetPaymentsListResponseItem> page = builder().build().payments().list();

    assertThat(page.items()).hasSize(2);
    assertThat(page.items().get(1).paymentId()).isEqualTo("pay_odd");
    assertThat(page.items().get(1).brandId()).isNull();
    assertThat(page.validate())
        .containsExactly(new Violation("$.items[1].brand_id", "is required, but is missing"));
  }

  @Test
  void anUnknownFieldIsReadableAndTheItemValidAsItself() throws Exception {
    stubPageWhereOneItemLacksBrandId();

    GetPaymentsListResponseItem odd =
        builder().build().payments().list().items().get(1);

    assertThat(odd.additionalProperties().get("risk_level").asText()).isEqualTo("elevated");
    assertThat(odd.validate()).extracting(Violation::path).containsExactly("$.brand_id");
  }

  @Test
  void aStrictClientRefusesTheSamePageNamingThePath() throws Exception {
    stubPageWhereOneItemLacksBrandId();
    DodoPaymentsClient strict = builder().strictResponses(true).build();

    assertThatThrownBy(() -> strict.payments().list())
        .isInstanceOfSatisfying(
            InvalidResponseException.class,
            e -> assertThat(e.violations())
                .extracting(Violation::path)
                .containsExactly("$.items[1].brand_id"))
        .hasMessageContaining("$.items[1].brand_id is required, but is missing");
  }

  @Test
  void aRequestBodyMissingARequiredValueIsRefusedBeforeAnythingIsSent() throws Exception {
    // Read leniently (as a body built from JSON would be): the builder would refuse it outright.
    CreateCheckoutSessionRequest body = MAPPER.readValue(
        "{\"product_cart\":[{\"product_id\":\"pdt_1\",\"quantity\":1},{\"quantity\":2}]}",
        CreateCheckoutSessionRequest.class);

    assertThatThrownBy(() -> builder().build().checkoutSessions().create(body))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("$.product_cart[1].product_id is required, but is missing");
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void buildRefusesAMissingRequiredFieldNamingTheRecordAndWireName() {
    assertThatThrownBy(() -> ProductItemReq.builder().productId("pdt_1").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("ProductItemReq cannot be built: $.quantity is required, but is missing");
  }
}
