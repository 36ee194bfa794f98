package dev.paygen.runtime;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PaginationTest extends WireMockTestBase {
  private static final TypeReference<Models.PaymentList> PAYMENTS = new TypeReference<>() {};
  private static final TypeReference<Models.DotsList> DOTS = new TypeReference<>() {};
  private static final Paginator<Models.PaymentList, Models.Payment> BY_NUMBER =
      Paginator.pageNumber("page_number", 0, "page_size", Models.PaymentList::items);
  private static final Paginator<Models.DotsList, Models.DotsSession> BY_CURSOR = Paginator.cursor(
      "starting_after", Models.DotsList::data, Models.DotsList::hasMore, Models.DotsSession::id);

  private static String payments(String... ids) {
    return "{\"items\":["
        + List.of(ids).stream()
            .map(id -> "{\"payment_id\":\"" + id + "\"}")
            .collect(Collectors.joining(","))
        + "]}";
  }

  private static void stubDodoPages() {
    wm.stubFor(get("/payments?page_size=2").willReturn(okJson(payments("p1", "p2"))));
    wm.stubFor(get("/payments?page_size=2&page_number=1").willReturn(okJson(payments("p3", "p4"))));
    wm.stubFor(get("/payments?page_size=2&page_number=2").willReturn(okJson(payments("p5"))));
  }

  /** Regression: the official Dodo SDK assumes page 1 when none was sent, and so skips page 1. */
  @Test
  void pageNumberPagingStartsAtZeroAndSkipsNoPage() {
    stubDodoPages();
    ApiRequest first =
        ApiRequest.builder("GET", "/payments").queryParam("page_size", 2).build();

    Page<Models.Payment> page = client().page(first, PAYMENTS, BY_NUMBER, RequestOptions.none());
    List<String> ids = page.stream().map(Models.Payment::paymentId).collect(Collectors.toList());

    assertThat(ids).containsExactly("p1", "p2", "p3", "p4", "p5");
    assertThat(wm.getAllServeEvents()).hasSize(3); // the short third page ends it: no 4th request
  }

  @Test
  void pageNumberPagingContinuesFromTheRequestedPage() {
    wm.stubFor(get("/payments?page_number=5").willReturn(okJson(payments("p"))));
    wm.stubFor(get("/payments?page_number=6").willReturn(okJson(payments())));

    Page<Models.Payment> page = client()
        .page(
            ApiRequest.builder("GET", "/payments").queryParam("page_number", 5).build(),
            PAYMENTS,
            BY_NUMBER,
            RequestOptions.none());

    assertThat(page.hasNextPage()).isTrue();
    Page<Models.Payment> next = page.nextPage();
    assertThat(next.items()).isEmpty();
    assertThat(next.hasNextPage()).isFalse();
    assertThatThrownBy(next::nextPage).isInstanceOf(NoSuchElementException.class);
    wm.verify(getRequestedFor(urlEqualTo("/payments?page_number=6")));
  }

  @Test
  void withoutSizeParamOnlyAnEmptyPageEnds() {
    wm.stubFor(get("/payments").willReturn(okJson(payments("a"))));
    wm.stubFor(get("/payments?page_number=1").willReturn(okJson(payments())));

    List<Models.Payment> all = client()
        .page(
            ApiRequest.builder("GET", "/payments").build(),
            PAYMENTS,
            BY_NUMBER,
            RequestOptions.none())
        .stream()
        .collect(Collectors.toList());

    assertThat(all).hasSize(1);
    assertThat(wm.getAllServeEvents()).hasSize(2);
  }

  @Test
  void autoPagerFetchesTheNextPageOnlyWhenIterationReachesIt() {
    stubDodoPages();
    ApiRequest first =
        ApiRequest.builder("GET", "/payments").queryParam("page_size", 2).build();

    Page<Models.Payment> page = client().page(first, PAYMENTS, BY_NUMBER, RequestOptions.none());
    Iterator<Models.Payment> it = page.autoPager().iterator();
    assertThat(wm.getAllServeEvents()).hasSize(1);
    assertThat(it.next().paymentId()).isEqualTo("p1");
    assertThat(it.next().paymentId()).isEqualTo("p2");
    assertThat(wm.getAllServeEvents()).hasSize(1);
    assertThat(it.next().paymentId()).isEqualTo("p3");
    assertThat(wm.getAllServeEvents()).hasSize(2);

    assertThat(page.stream().limit(1).collect(Collectors.toList())).hasSize(1);
    assertThat(wm.getAllServeEvents()).hasSize(2);
  }

  @Test
  void cursorPagingSendsStartingAfterTheLastIdUntilHasMoreIsFalse() {
    wm.stubFor(get("/v2/checkout-sessions?limit=2")
        .willReturn(okJson("{\"has_more\":true,\"data\":[{\"id\":\"a\"},{\"id\":\"b\"}]}")));
    wm.stubFor(get("/v2/checkout-sessions?limit=2&starting_after=b")
        .willReturn(okJson("{\"has_more\":true,\"data\":[{\"id\":\"c\"},{\"id\":\"d\"}]}")));
    wm.stubFor(get("/v2/checkout-sessions?limit=2&starting_after=d")
        .willReturn(okJson("{\"has_more\":false,\"data\":[{\"id\":\"e\"}]}")));

    Page<Models.DotsSession> page = client()
        .page(
            ApiRequest.builder("GET", "/v2/checkout-sessions")
                .queryParam("limit", 2)
                .build(),
            DOTS,
            BY_CURSOR,
            RequestOptions.none());
    List<String> ids = page.stream().map(Models.DotsSession::id).collect(Collectors.toList());

    assertThat(ids).containsExactly("a", "b", "c", "d", "e");
    assertThat(wm.getAllServeEvents()).hasSize(3);
  }

  @Test
  void cursorReplacesAStartingAfterAlreadyInTheRequest() {
    wm.stubFor(get(urlPathEqualTo("/v2/checkout-sessions"))
        .willReturn(okJson("{\"has_more\":false,\"data\":[]}")));
    wm.stubFor(get("/v2/checkout-sessions?starting_after=x")
        .willReturn(okJson("{\"has_more\":true,\"data\":[{\"id\":\"y\"}]}")));

    Page<Models.DotsSession> page = client()
        .page(
            ApiRequest.builder("GET", "/v2/checkout-sessions")
                .queryParam("starting_after", "x")
                .build(),
            DOTS,
            BY_CURSOR,
            RequestOptions.none());
    page.nextPage();

    wm.verify(getRequestedFor(urlEqualTo("/v2/checkout-sessions?starting_after=y")));
  }

  @Test
  void asyncPagesChainWithoutBlocking() {
    stubDodoPages();
    ApiRequest first =
        ApiRequest.builder("GET", "/payments").queryParam("page_size", 2).build();

    Page<Models.Payment> p0 =
        client().pageAsync(first, PAYMENTS, BY_NUMBER, RequestOptions.none()).join();
    Page<Models.Payment> p1 = p0.nextPageAsync().join();
    Page<Models.Payment> p2 = p1.nextPageAsync().join();

    assertThat(p2.items()).extracting(Models.Payment::paymentId).containsExactly("p5");
    assertThat(p2.hasNextPage()).isFalse();
    assertThat(p2.nextPageAsync()).isCompletedExceptionally();
  }
}
