package dev.paygen.runtime;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which credentials a request sends, from the security it declares (issue 10, item 3): the rules
 * of {@link SecuritySelection}, and what reaches the wire.
 */
class SecuritySelectionTest extends WireMockTestBase {
  private static final Auth BEARER = Auth.bearer("bearer-secret");
  private static final Auth BASIC = Auth.basic("user", "basic-secret");
  private static final Auth KEY = Auth.apiKeyHeader("X-Api-Key", "key-secret");
  private static final Auth LEGACY = Auth.apiKeyHeader("X-App-Id", "app-secret");

  private static ClientOptions client(boolean legacy) {
    ClientOptions.Builder b = ClientOptions.builder()
        .baseUrl("https://api.example.com")
        .auth("BEARER", BEARER)
        .auth("BASIC", BASIC)
        .auth("KEY", KEY);
    return (legacy ? b.auth(LEGACY) : b).build();
  }

  private static List<Auth> select(boolean legacy, ApiRequest.Builder request) {
    return SecuritySelection.select(client(legacy), request.build().security());
  }

  private static ApiRequest.Builder get() {
    return ApiRequest.builder("GET", "/things");
  }

  @Test
  void undeclaredSecuritySendsEveryCredentialAsBefore() {
    assertThat(select(true, get())).containsExactly(LEGACY, BEARER, BASIC, KEY);
  }

  @Test
  void noSecuritySendsNone() {
    assertThat(select(true, get().noSecurity())).isEmpty();
  }

  @Test
  void oneSchemeSendsOnlyItsCredential() {
    assertThat(select(false, get().security("BASIC"))).containsExactly(BASIC);
  }

  @Test
  void schemesOfOneAlternativeGoTogether() {
    assertThat(select(false, get().security("KEY", "BEARER"))).containsExactly(KEY, BEARER);
  }

  @Test
  void firstSatisfiableAlternativeIsUsed() {
    assertThat(select(
            false,
            get()
                .security("OAUTH")
                .security("KEY", "MISSING")
                .security("BASIC")
                .security("BEARER")))
        .containsExactly(BASIC);
  }

  @Test
  void anonymousAlternativeReachedFirstSendsNone() {
    assertThat(select(true, get().security("OAUTH").security().security("BEARER")))
        .isEmpty();
    assertThat(select(true, get().security("BEARER").security())).containsExactly(LEGACY, BEARER);
  }

  @Test
  void credentialsWithoutASchemeGoWhereSomeSecurityIsNeeded() {
    assertThat(select(true, get().security("KEY"))).containsExactly(LEGACY, KEY);
    assertThat(select(true, get().security("OAUTH"))).containsExactly(LEGACY);
  }

  @Test
  void unmetSecuritySendsNoSchemeCredential() {
    assertThat(select(false, get().security("OAUTH"))).isEmpty();
  }

  @Test
  void noSecurityForgetsEarlierAlternativesAndToBuilderKeepsSecurity() {
    assertThat(get().security("KEY").noSecurity().build().security()).isEmpty();
    ApiRequest request = get().security("KEY").security().build();
    assertThat(request.toBuilder().build().security())
        .isEqualTo(List.of(List.of("KEY"), List.of()));
    assertThat(get().build().security()).isNull();
  }

  @Test
  void bearerAndBasicSchemesGoOnlyWhereTheirOperationAsks() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204)));
    ApiClient client = new ApiClient(ClientOptions.builder()
        .baseUrl(wm.baseUrl())
        .auth("BEARER", BEARER)
        .auth("BASIC", BASIC)
        .build());

    client.execute(get().security("BASIC").build(), null, RequestOptions.none());
    client.execute(get().security("BEARER").build(), null, RequestOptions.none());
    client.execute(get().noSecurity().build(), null, RequestOptions.none());

    List<LoggedRequest> sent = wm.findAll(anyRequestedFor(anyUrl()));
    assertThat(sent.get(0).getHeader("Authorization")).isEqualTo("Basic dXNlcjpiYXNpYy1zZWNyZXQ=");
    assertThat(sent.get(1).getHeader("Authorization")).isEqualTo("Bearer bearer-secret");
    assertThat(sent.get(2).containsHeader("Authorization")).isFalse();
  }

  @Test
  void apiKeyInCookieIsSentAsCookie() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204)));
    ApiClient client = new ApiClient(ClientOptions.builder()
        .baseUrl(wm.baseUrl())
        .header("Cookie", "theme=dark")
        .auth("SESSION", Auth.apiKeyCookie("session_key", "cookie-secret"))
        .build());

    client.execute(
        get().security("SESSION").header("Cookie", "lang=en").build(), null, RequestOptions.none());

    LoggedRequest sent = wm.findAll(anyRequestedFor(anyUrl())).get(0);
    assertThat(sent.getHeader("Cookie")).isEqualTo("lang=en; session_key=cookie-secret");
    assertThat(sent.getQueryParams()).isEmpty();
  }

  @Test
  void cookieCredentialIsRedactedAndChecked() {
    HttpCall call = HttpCall.prepare(
        ClientOptions.builder()
            .baseUrl("https://api.example.com")
            .auth(Auth.apiKeyCookie("session_key", "cookie-secret"))
            .build(),
        ObjectMappers.create(),
        PercentEncoder.DEFAULT,
        get().build(),
        RequestOptions.none());
    assertThat(call.headerLines())
        .contains("Cookie: ****")
        .noneMatch(l -> l.contains("cookie-secret"));
    assertThat(call.redact("failed with cookie-secret")).isEqualTo("failed with ****");
    assertThat(Auth.apiKeyCookie("session_key", "cookie-secret").toString())
        .isEqualTo("Auth.apiKeyCookie(session_key, ****)");
    assertThatThrownBy(() -> Auth.apiKeyCookie("session_key", "a;b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("session_key")
        .hasMessageNotContaining("a;b");
    assertThatThrownBy(() -> Auth.apiKeyCookie("bad name", "k"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void cookieOfTheSameNameIsReplacedOthersKept() {
    Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.put("cookie", "a=1; k=old; b=2");
    Cookies.add(headers, "k", "new");
    assertThat(headers).containsEntry("Cookie", "a=1; b=2; k=new");
  }
}
