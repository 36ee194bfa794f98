package dev.paygen.runtime;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Media types (issue 10, item 2) and cookie and allowReserved parameters (item 1): what goes out in
 * {@code Accept}, {@code Content-Type}, {@code Cookie} and the query, and how bodies of each media
 * type are read.
 */
class MediaTypesTest extends WireMockTestBase {
  private static final TypeReference<Models.Session> SESSION = new TypeReference<>() {};
  private static final byte[] PDF =
      "%PDF-1.7\n\u00e2\u00e3\u00cf\u00d3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);

  private void answer(String contentType, byte[] body, int status) {
    wm.stubFor(any(anyUrl())
        .willReturn(aResponse()
            .withStatus(status)
            .withHeader("Content-Type", contentType)
            .withBody(body)));
  }

  private void answer(String contentType, String body) {
    answer(contentType, body.getBytes(StandardCharsets.UTF_8), 200);
  }

  private <T> T get(ApiRequest.Builder request, TypeReference<T> type) {
    return client().execute(request.build(), type, RequestOptions.none());
  }

  private static ApiRequest.Builder invoice() {
    return ApiRequest.builder("GET", "/invoices/pay_1");
  }

  private static LoggedRequest sent() {
    return wm.findAll(anyRequestedFor(anyUrl())).get(0);
  }

  @Test
  void acceptIsTheOperationsDocumentedMediaTypes() {
    answer("application/pdf", PDF, 200);

    get(
        invoice().accept("application/pdf, application/problem+json"),
        new TypeReference<byte[]>() {});

    assertThat(sent().getHeader("Accept")).isEqualTo("application/pdf, application/problem+json");
  }

  @Test
  void acceptDefaultsToJson() {
    answer("application/json", "{}");

    get(invoice(), SESSION);

    assertThat(sent().getHeader("Accept")).isEqualTo("application/json");
  }

  @Test
  void halJsonResponseIsReadAsJson() {
    answer("application/hal+json", "{\"session_id\":\"cks_1\",\"_links\":{}}");

    assertThat(get(invoice(), SESSION).sessionId()).isEqualTo("cks_1");
  }

  @Test
  void vendorJsonWithCharsetIsReadAsJson() {
    answer("application/vnd.x+json; charset=utf-8", "{\"session_id\":\"cks_\u00e9\"}");

    assertThat(get(invoice(), SESSION).sessionId()).isEqualTo("cks_\u00e9");
  }

  @Test
  void problemJsonErrorIsReadAsJson() {
    answer(
        "application/problem+json",
        "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"detail\":\"No payment pay_1\"}"
            .getBytes(StandardCharsets.UTF_8),
        404);

    assertThatThrownBy(() -> get(invoice(), SESSION))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> assertThat(e.getMessage())
                .isEqualTo("HTTP 404 Not Found: No payment pay_1 [GET /invoices/pay_1]"));
  }

  @Test
  void errorBodyIsReadInItsCharset() {
    answer(
        "application/json; charset=ISO-8859-1",
        "{\"message\":\"d\u00e9j\u00e0 pay\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1),
        409);

    assertThatThrownBy(() -> client()
            .execute(
                invoice().build(),
                SESSION,
                RequestOptions.builder().maxRetries(0).build()))
        .hasMessageContaining("d\u00e9j\u00e0 pay\u00e9");
  }

  @Test
  void pdfInvoiceIsReadAsBytes() {
    answer("application/pdf", PDF, 200);

    assertThat(get(invoice(), new TypeReference<byte[]>() {})).isEqualTo(PDF);
  }

  @Test
  void pdfInvoiceIsReadAsBytesAsync() {
    answer("application/pdf", PDF, 200);

    assertThat(client()
            .executeAsync(invoice().build(), new TypeReference<byte[]>() {}, RequestOptions.none())
            .join())
        .isEqualTo(PDF);
  }

  @Test
  void base64JsonResponseIsDecodedToBytes() {
    answer("application/json", "\"AQID\"");

    assertThat(get(invoice(), new TypeReference<byte[]>() {})).containsExactly(1, 2, 3);
  }

  @Test
  void csvIsReadAsTextEvenWhenItStartsWithAQuote() {
    answer("text/csv", "\"id\",\"amount\"\n\"pay_1\",400\n");

    assertThat(get(invoice(), new TypeReference<String>() {}))
        .isEqualTo("\"id\",\"amount\"\n\"pay_1\",400\n");
  }

  @Test
  void textIsReadInTheCharsetOfItsContentType() {
    answer(
        "text/plain; charset=ISO-8859-1", "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1), 200);

    assertThat(get(invoice(), new TypeReference<String>() {})).isEqualTo("caf\u00e9");
  }

  @Test
  void jsonStringResponseIsStillReadAsJson() {
    answer("application/json", "\"done\"");

    assertThat(get(invoice(), new TypeReference<String>() {})).isEqualTo("done");
  }

  @Test
  void unexpectedContentTypeForJsonNamesTheMediaType() {
    answer("text/html", "<html>Bad gateway</html>");

    assertThatThrownBy(() -> get(invoice(), SESSION))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageStartingWith(
            "Invalid response to GET /invoices/pay_1: expected JSON for Session, but the response"
                + " is text/html");
  }

  @Test
  void mergePatchBodyIsSentWithItsMediaType() {
    answer("application/json", "{}");

    get(
        ApiRequest.builder("PATCH", "/customers/c_1")
            .jsonBody(Map.of("name", "Ada"), "application/merge-patch+json"),
        SESSION);

    assertThat(sent().getHeader("Content-Type")).isEqualTo("application/merge-patch+json");
    assertThat(sent().getBodyAsString()).isEqualTo("{\"name\":\"Ada\"}");
  }

  @Test
  void cookieParametersAreOneCookieHeaderBeforeTheCallersCookie() {
    answer("application/json", "{}");

    client()
        .execute(
            invoice()
                .cookieParam("session", "a b;c")
                .cookieParam("ids", List.of(1, 2), false)
                .cookieParam("tags", List.of("x", "y"))
                .cookieParam("absent", null)
                .build(),
            SESSION,
            RequestOptions.builder().header("Cookie", "theme=dark").build());

    assertThat(sent().getHeader("Cookie"))
        .isEqualTo("session=a%20b%3Bc; ids=1,2; tags=x; tags=y; theme=dark");
  }

  @Test
  void cookieParametersAloneAreTheCookieHeader() {
    answer("application/json", "{}");

    get(invoice().cookieParam("session", "s1"), SESSION);

    wm.verify(anyRequestedFor(anyUrl()).withHeader("Cookie", equalTo("session=s1")));
  }

  @Test
  void allowReservedQueryValueKeepsReservedCharacters() {
    answer("application/json", "{}");

    get(
        invoice()
            .queryParam("redirect", "https://x.io/a?b=c&d=e,f", ParamStyle.FORM, true, true)
            .queryParam("fragment", "a#b[0]%20c%zz", ParamStyle.FORM, true, true)
            .queryParam("plain", "https://x.io/a?b=c"),
        SESSION);

    assertThat(sent().getUrl())
        .isEqualTo("/invoices/pay_1?redirect=https://x.io/a?b=c&d=e,f"
            + "&fragment=a%23b%5B0%5D%20c%25zz&plain=https%3A%2F%2Fx.io%2Fa%3Fb%3Dc");
  }
}
