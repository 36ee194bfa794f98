package dev.paygen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.paygen.generator.support.CompiledSpecs;
import dev.paygen.generator.support.Workspace;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Credentials go only where an operation's security (or the document's default) asks for them,
 * each scheme in its own header, query parameter or cookie (issue 10, item 3): generated clients,
 * compiled with a user class that calls them, send requests to a local server that records the
 * credential headers and query string of each path.
 */
class SecurityWireTest {
  private static final Map<String, Map<String, String>> SEEN = new ConcurrentHashMap<>();
  private static HttpServer server;
  private static CompiledSpecs.Compiled shop;
  private static CompiledSpecs.Compiled dodo;
  private static Path shopSpec;

  @BeforeAll
  static void compileAndServe(@TempDir Path dir) throws Exception {
    shopSpec = dir.resolve("spec.yaml");
    Files.writeString(shopSpec, """
        openapi: 3.0.3
        info: {title: Shop, version: "1"}
        servers: [{url: "http://localhost"}]
        security: [{KEY: []}]
        paths:
          /default: {get: {operationId: byDefault, x-paygen-name: byDefault, tags: [shop], responses: {'204': {description: ok}}}}
          /public:
            get: {operationId: open, x-paygen-name: open, tags: [shop], security: [], responses: {'204': {description: ok}}}
          /bearer:
            get:
              operationId: withBearer
              x-paygen-name: withBearer
              tags: [shop]
              security: [{BEARER: []}]
              responses: {'204': {description: ok}}
          /basic:
            get:
              operationId: withBasic
              x-paygen-name: withBasic
              tags: [shop]
              security: [{BASIC: []}]
              responses: {'204': {description: ok}}
          /cookie:
            get:
              operationId: withCookie
              x-paygen-name: withCookie
              tags: [shop]
              security: [{SESSION: []}]
              responses: {'204': {description: ok}}
          /either:
            get:
              operationId: either
              x-paygen-name: either
              tags: [shop]
              security: [{BEARER: [], QUERY: []}, {BASIC: []}, {}]
              responses: {'204': {description: ok}}
          /anonymous:
            get:
              operationId: anonymous
              x-paygen-name: anonymous
              tags: [shop]
              security: [{QUERY: []}, {}]
              responses: {'204': {description: ok}}
          /unknown:
            get:
              operationId: unknown
              x-paygen-name: unknown
              tags: [shop]
              security: [{OAUTH: []}, {BASIC: []}]
              responses: {'204': {description: ok}}
        components:
          securitySchemes:
            KEY: {type: apiKey, in: header, name: X-Api-Key}
            BEARER: {type: http, scheme: bearer}
            BASIC: {type: http, scheme: basic}
            SESSION: {type: apiKey, in: cookie, name: session_key}
            QUERY: {type: apiKey, in: query, name: api_key}
        """);
    List<GeneratedFile> files = new ArrayList<>(CompiledSpecs.generate(shopSpec, "com.acme.shop"));
    files.add(new GeneratedFile("com/acme/shop/app/Call.java", "com.acme.shop.app.Call", """
        package com.acme.shop.app;

        import com.acme.shop.ShopClient;
        import com.acme.shop.service.ShopService;

        public final class Call {
          private Call() {}

          public static void all(String baseUrl) {
            ShopService shop = ShopClient.builder().baseUrl(baseUrl)
                .apiKey("key-secret")
                .bearerToken("bearer-secret")
                .basicAuth("user", "basic-secret")
                .apiKeySession("cookie-secret")
                .apiKeyQuery("query-secret")
                .build()
                .shop();
            shop.byDefault();
            shop.open();
            shop.withBearer();
            shop.withBasic();
            shop.withCookie();
            shop.either();
            shop.anonymous();
            shop.unknown();
          }

          public static void basicOnly(String baseUrl) {
            ShopService shop =
                ShopClient.builder().baseUrl(baseUrl).basicAuth("user", "basic-secret").build().shop();
            shop.either();
            shop.anonymous();
          }
        }
        """));
    shop = CompiledSpecs.compile("security spec", files);

    Path dodoSpec = Workspace.specsFile("upstream/dodopayments-openapi-v1.86.0.documented.yml");
    List<GeneratedFile> dodoFiles =
        new ArrayList<>(Generator.generate(GenerationRequest.builder(dodoSpec, "com.acme.dodo")
                .clientName("Dodo")
                .operationNames(Map.of(
                    "get_payment_invoice_no_auth", "paymentInvoice",
                    "activate_license_key", "activate",
                    "get_license_key_handler", "retrieve"))
                .build())
            .files());
    dodoFiles.add(new GeneratedFile("com/acme/dodo/app/Call.java", "com.acme.dodo.app.Call", """
        package com.acme.dodo.app;

        import com.acme.dodo.DodoClient;
        import com.acme.dodo.model.ActivateLicenseKeyRequest;

        public final class Call {
          private Call() {}

          public static void run(String baseUrl) {
            DodoClient client = DodoClient.builder().baseUrl(baseUrl).bearerToken("dodo-secret").build();
            client.invoices().paymentInvoice("pay_1");
            client.licenses().activate(ActivateLicenseKeyRequest.builder()
                .licenseKey("lk_1").name("laptop").build());
            client.licenseKeys().retrieve("lic_1");
          }
        }
        """));
    dodo = CompiledSpecs.compile("Dodo 1.86.0 security", dodoFiles);

    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      Map<String, String> seen = new ConcurrentHashMap<>();
      for (String h : List.of("Authorization", "X-Api-Key", "Cookie")) {
        String value = exchange.getRequestHeaders().getFirst(h);
        if (value != null) {
          seen.put(h, value);
        }
      }
      String query = exchange.getRequestURI().getRawQuery();
      if (query != null) {
        seen.put("query", query);
      }
      SEEN.put(exchange.getRequestURI().getRawPath(), seen);
      byte[] body = response(exchange.getRequestURI().getRawPath());
      if (body == null) {
        exchange.sendResponseHeaders(204, -1);
      } else {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
      }
      exchange.close();
    });
    server.start();
    for (String method : List.of("all", "basicOnly")) {
      if (method.equals("basicOnly")) {
        SEEN.put("/all", Map.copyOf(SEEN.get("/either")));
        SEEN.put("/all-anonymous", Map.copyOf(SEEN.get("/anonymous")));
      }
      shop.load("com.acme.shop.app.Call").getMethod(method, String.class).invoke(null, baseUrl());
    }
    dodo.load("com.acme.dodo.app.Call").getMethod("run", String.class).invoke(null, baseUrl());
  }

  private static byte[] response(String path) {
    String json = path.startsWith("/invoices/")
        ? "[37, 80, 68, 70]"
        : path.equals("/licenses/activate")
            ? "{\"id\": \"lki_1\", \"business_id\": \"b\", \"created_at\":"
                + " \"2026-01-01T00:00:00Z\", \"license_key_id\": \"lic_1\", \"name\": \"laptop\"}"
            : path.startsWith("/license_keys/") ? "{\"id\": \"lic_1\"}" : null;
    return json == null ? null : json.getBytes(StandardCharsets.UTF_8);
  }

  private static String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  @Test
  void operationWithoutSecuritySendsNoCredentials() {
    assertThat(SEEN.get("/invoices/payments/pay_1")).isEmpty();
    assertThat(SEEN.get("/licenses/activate")).isEmpty();
    assertThat(SEEN.get("/license_keys/lic_1"))
        .containsEntry("Authorization", "Bearer dodo-secret");
  }

  @Test
  void emptySecurityArraySendsNoCredentials() {
    assertThat(SEEN.get("/public")).isEmpty();
  }

  @Test
  void documentDefaultSecurityAppliesWhereTheOperationSaysNothing() {
    assertThat(SEEN.get("/default")).isEqualTo(Map.of("X-Api-Key", "key-secret"));
  }

  @Test
  void bearerAndBasicSchemesGoOnlyWhereTheirOperationAsks() {
    assertThat(SEEN.get("/bearer")).isEqualTo(Map.of("Authorization", "Bearer bearer-secret"));
    assertThat(SEEN.get("/basic"))
        .isEqualTo(Map.of("Authorization", "Basic dXNlcjpiYXNpYy1zZWNyZXQ="));
  }

  @Test
  void apiKeyInCookieIsSentAsCookie() {
    assertThat(SEEN.get("/cookie")).isEqualTo(Map.of("Cookie", "session_key=cookie-secret"));
  }

  @Test
  void firstSatisfiableAlternativeIsUsed() {
    // a client holding every credential meets the first alternative: bearer and query key together
    assertThat(SEEN.get("/all"))
        .isEqualTo(
            Map.of("Authorization", "Bearer bearer-secret", "query", "api_key=query-secret"));
    // a client holding only basic credentials meets the second
    assertThat(SEEN.get("/either"))
        .isEqualTo(Map.of("Authorization", "Basic dXNlcjpiYXNpYy1zZWNyZXQ="));
    // an unknown scheme's alternative is never met: the next one is used
    assertThat(SEEN.get("/unknown"))
        .isEqualTo(Map.of("Authorization", "Basic dXNlcjpiYXNpYy1zZWNyZXQ="));
  }

  @Test
  void anonymousAlternativeSendsNoneWhenReached() {
    assertThat(SEEN.get("/all-anonymous")).isEqualTo(Map.of("query", "api_key=query-secret"));
    assertThat(SEEN.get("/anonymous")).isEmpty();
  }

  @Test
  void unknownSchemeNameIsAWarningWithItsPointer() {
    GenerationResult result =
        Generator.generate(GenerationRequest.builder(shopSpec, "com.acme.shop").build());

    assertThat(result.diagnostics())
        .filteredOn(d -> d.is(DiagnosticCode.W062_UNKNOWN_SECURITY_SCHEME))
        .singleElement()
        .satisfies(d -> {
          assertThat(d.pointer()).isEqualTo("/paths/~1unknown/get/security/0/OAUTH");
          assertThat(d.message()).contains("'OAUTH'");
        });
  }
}
