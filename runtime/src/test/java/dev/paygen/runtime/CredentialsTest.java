package dev.paygen.runtime;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** No credential appears in any exception message, toString or log line. */
class CredentialsTest extends WireMockTestBase {
  private static final String PASSWORD = "dots_live_PASSWORD_xyz";
  private static final String QUERY_KEY = "QUERY_KEY_987";

  @Test
  void authToStringNeverShowsTheSecret() {
    assertThat(Auth.bearer(TOKEN).toString()).isEqualTo("Auth.bearer(****)");
    assertThat(Auth.basic("client_1", PASSWORD).toString()).isEqualTo("Auth.basic(client_1, ****)");
    assertThat(Auth.apiKeyHeader("X-API-Key", "k123").toString()).doesNotContain("k123");
    assertThat(Auth.apiKeyQuery("api_key", QUERY_KEY).toString()).doesNotContain(QUERY_KEY);
  }

  @Test
  void optionsToStringNeverShowsTheSecret() {
    ClientOptions options = ClientOptions.builder()
        .baseUrl("https://api.dots.dev/api")
        .auth(Auth.bearer(TOKEN))
        .auth(Auth.basic("client_1", PASSWORD))
        .header("X-Api-Key", "HEADER_SECRET")
        .build();

    assertThat(options.toString()).doesNotContain(TOKEN, PASSWORD, "HEADER_SECRET");
    assertThat(RequestOptions.builder()
            .header("Authorization", "Bearer " + TOKEN)
            .build()
            .toString())
        .doesNotContain(TOKEN);
  }

  @Test
  void noExceptionMessageContainsACredential() throws Exception {
    wm.stubFor(any(anyUrl())
        .willReturn(aResponse()
            .withStatus(401)
            .withBody("{\"code\":\"UNAUTHORIZED\",\"message\":\"bad key\"}")));
    List<LogRecord> logs = captureLogs();
    try {
      ApiClient client = new ApiClient(options()
          .maxRetries(1)
          .auth(Auth.basic("client_1", PASSWORD))
          .auth(Auth.apiKeyQuery("api_key", QUERY_KEY))
          .build());

      Throwable e = catchThrowable(() -> client.execute(
          ApiRequest.builder("GET", "/payments/{id}").pathParam("id", "p1").build(),
          null,
          RequestOptions.none()));

      assertThat(e)
          .isInstanceOf(UnauthorizedException.class)
          .hasMessage("HTTP 401 Unauthorized (UNAUTHORIZED): bad key [GET /payments/p1]");
      assertNoSecret(e.getMessage());
      assertNoSecret(e.toString());
      assertThat(serialize(e)).doesNotContain(TOKEN, PASSWORD, QUERY_KEY);
      assertThat(logs).isNotEmpty();
      for (LogRecord r : logs) {
        String line = java.text.MessageFormat.format(r.getMessage(), r.getParameters());
        assertNoSecret(line);
      }
      assertThat(logs)
          .anySatisfy(
              r -> assertThat(java.text.MessageFormat.format(r.getMessage(), r.getParameters()))
                  .contains("api_key=REDACTED", "-> 401"));
    } finally {
      releaseLogs();
    }
  }

  @Test
  void connectionFailureMessageHasNoCredential() throws Exception {
    int port;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      port = s.getLocalPort();
    }
    ApiClient client = new ApiClient(options()
        .baseUrl("http://127.0.0.1:" + port)
        .maxRetries(0)
        .auth(Auth.apiKeyQuery("api_key", QUERY_KEY))
        .build());

    Throwable e = catchThrowable(
        () -> client.execute(ApiRequest.builder("GET", "/x").build(), null, RequestOptions.none()));

    assertThat(e).isInstanceOf(ApiConnectionException.class);
    assertNoSecret(e.getMessage());
  }

  private static void assertNoSecret(String text) {
    assertThat(text)
        .doesNotContain(
            TOKEN,
            PASSWORD,
            QUERY_KEY,
            java.util.Base64.getEncoder()
                .encodeToString(
                    ("client_1:" + PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  private static String serialize(Throwable e) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ObjectOutputStream o = new ObjectOutputStream(out)) {
      o.writeObject(e);
    }
    return out.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  private final Logger julLogger = Logger.getLogger("dev.paygen.runtime");
  private Handler handler;
  private java.util.logging.Level previous;

  private List<LogRecord> captureLogs() {
    List<LogRecord> records = new java.util.concurrent.CopyOnWriteArrayList<>();
    handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        records.add(record);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    handler.setLevel(java.util.logging.Level.ALL);
    previous = julLogger.getLevel();
    julLogger.setLevel(java.util.logging.Level.ALL);
    julLogger.addHandler(handler);
    assertThat(System.getLogger("dev.paygen.runtime").isLoggable(Level.TRACE)).isTrue();
    return records;
  }

  private void releaseLogs() {
    julLogger.removeHandler(handler);
    julLogger.setLevel(previous);
  }
}
