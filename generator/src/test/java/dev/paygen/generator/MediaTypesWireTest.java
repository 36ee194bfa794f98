package dev.paygen.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.paygen.generator.support.CompiledSpecs;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Media types on the wire (issue 10, item 2), and {@code allowReserved} (item 1): a client generated
 * from src/test/resources/media/media-types.yaml, compiled with a user class that calls it, against
 * a local server that answers only the media types the request accepts (406 otherwise, as Mollie
 * does) and only the request content types it documents (415 otherwise).
 */
class MediaTypesWireTest {
  static final byte[] PDF =
      "%PDF-1.7\n\u00e2\u00e3\u00cf\u00d3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
  static final String CSV = "\"id\",\"name\"\n\"1\",\"Caf\u00e9\"\n";
  private static final Map<String, String> SEEN = new ConcurrentHashMap<>();
  private static HttpServer server;
  private static CompiledSpecs.Compiled compiled;

  @BeforeAll
  static void compileAndServe() throws IOException {
    Path spec = Path.of("src/test/resources/media/media-types.yaml");
    List<GeneratedFile> files = new ArrayList<>(CompiledSpecs.generate(spec, "com.acme.media"));
    files.add(new GeneratedFile("com/acme/media/app/Call.java", "com.acme.media.app.Call", """
        package com.acme.media.app;

        import com.acme.media.MediaClient;
        import com.acme.media.model.Customer;
        import com.acme.media.service.ReportsReportParams;

        public final class Call {
          private Call() {}

          private static MediaClient client(String baseUrl) {
            return MediaClient.builder().baseUrl(baseUrl).maxRetries(0).build();
          }

          public static String payment(String baseUrl, String id) {
            return client(baseUrl).payments().get(id).id();
          }

          public static byte[] invoice(String baseUrl) {
            return client(baseUrl).invoices().invoice("inv_1");
          }

          public static byte[] invoiceAsync(String baseUrl) {
            return client(baseUrl).invoices().invoiceAsync("inv_1").join();
          }

          public static String report(String baseUrl) {
            return client(baseUrl).reports().report(ReportsReportParams.builder()
                .redirect("https://shop.example/done?order=1&tab=paid")
                .note("a&b")
                .build());
          }

          public static String export(String baseUrl) {
            return client(baseUrl).reports().export().id();
          }

          public static String update(String baseUrl) {
            return client(baseUrl).customers()
                .update("c_1", Customer.builder().name("Ada").build())
                .name();
          }

          public static void note(String baseUrl) {
            client(baseUrl).customers().note("caf\u00e9");
          }
        }
        """));
    compiled = CompiledSpecs.compile("media types spec", files);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", MediaTypesWireTest::answer);
    server.start();
  }

  /** Answers each path in the one media type it has, if the request accepts it. */
  private static void answer(HttpExchange exchange) throws IOException {
    String accept = String.valueOf(exchange.getRequestHeaders().getFirst("Accept"));
    String contentType = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
    byte[] received = exchange.getRequestBody().readAllBytes();
    SEEN.put("accept", accept);
    SEEN.put("query", String.valueOf(exchange.getRequestURI().getRawQuery()));
    SEEN.put("contentType", contentType);
    SEEN.put("body", new String(received, StandardCharsets.UTF_8));
    String path = exchange.getRequestURI().getPath();
    int status = 200;
    String type;
    byte[] body;
    switch (path) {
      case "/payments/pay_1" -> {
        type = "application/hal+json";
        body = "{\"id\":\"pay_1\",\"_links\":{\"self\":{\"href\":\"/payments/pay_1\"}}}"
            .getBytes(StandardCharsets.UTF_8);
      }
      case "/payments/missing" -> {
        status = 404;
        type = "application/problem+json";
        body = "{\"title\":\"Not Found\",\"detail\":\"No payment missing\"}"
            .getBytes(StandardCharsets.UTF_8);
      }
      case "/invoices/inv_1" -> {
        type = "application/pdf";
        body = PDF;
      }
      case "/reports" -> {
        type = "text/csv; charset=ISO-8859-1";
        body = CSV.getBytes(StandardCharsets.ISO_8859_1);
      }
      case "/exports" -> {
        type = "application/json";
        body = "{\"id\":\"exp_1\"}".getBytes(StandardCharsets.UTF_8);
      }
      case "/customers/c_1" -> {
        type = "application/json";
        body = received;
        status = contentType.equals("application/merge-patch+json") ? 200 : 415;
      }
      default -> {
        type = "text/plain";
        body = new byte[0];
        status = contentType.equals("text/plain") ? 204 : 415;
      }
    }
    if (status != 415 && status != 204 && !accept.contains(type.replaceAll(";.*", ""))) {
      status = 406;
      body = new byte[0];
    }
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, status == 204 || body.length == 0 ? -1 : body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  private static Object call(String method, Object... args) throws Throwable {
    Class<?>[] types = new Class<?>[args.length + 1];
    java.util.Arrays.fill(types, String.class);
    Object[] all = new Object[args.length + 1];
    all[0] = "http://127.0.0.1:" + server.getAddress().getPort();
    System.arraycopy(args, 0, all, 1, args.length);
    try {
      return compiled.load("com.acme.media.app.Call").getMethod(method, types).invoke(null, all);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Test
  void halJsonResponseIsReadAsJson() throws Throwable {
    assertThat(call("payment", "pay_1")).isEqualTo("pay_1");
    assertThat(SEEN.get("accept")).isEqualTo("application/hal+json, application/problem+json");
  }

  @Test
  void problemJsonErrorIsReadAsJson() {
    assertThatThrownBy(() -> call("payment", "missing"))
        .hasMessage("HTTP 404 Not Found: No payment missing [GET /payments/missing]");
  }

  @Test
  void pdfInvoiceIsReadAsBytes() throws Throwable {
    assertThat((byte[]) call("invoice")).isEqualTo(PDF);
    assertThat(SEEN.get("accept")).isEqualTo("application/pdf");
    assertThat((byte[]) call("invoiceAsync")).isEqualTo(PDF);
  }

  @Test
  void csvReportIsReadAsTextInItsCharset() throws Throwable {
    assertThat(call("report")).isEqualTo(CSV);
    assertThat(SEEN.get("accept")).isEqualTo("text/csv");
  }

  @Test
  void allowReservedQueryValueIsSentUnencoded() throws Throwable {
    call("report");
    assertThat(SEEN.get("query"))
        .isEqualTo("redirect=https://shop.example/done?order=1&tab=paid&note=a%26b");
  }

  @Test
  void jsonAndZipForOneStatusIsTypedAndAcceptedAsJson() throws Throwable {
    assertThat(call("export")).isEqualTo("exp_1");
    assertThat(SEEN.get("accept")).isEqualTo("application/json, application/problem+json");
  }

  @Test
  void mergePatchBodyIsSentWithItsMediaType() throws Throwable {
    assertThat(call("update")).isEqualTo("Ada");
    assertThat(SEEN.get("contentType")).isEqualTo("application/merge-patch+json");
    assertThat(SEEN.get("body")).isEqualTo("{\"name\":\"Ada\"}");
  }

  @Test
  void textBodyIsSentAsText() throws Throwable {
    call("note");
    assertThat(SEEN.get("contentType")).isEqualTo("text/plain");
    assertThat(SEEN.get("body")).isEqualTo("caf\u00e9");
  }

  @Test
  void jsonOnlyOperationKeepsTheDefaultAccept() {
    String source = CompiledSpecs.source(compiled.files(), "CustomersServiceImpl.java");
    assertThat(source).contains(".jsonBody(body, \"application/merge-patch+json\")");
    assertThat(source).doesNotContain(".accept(");
  }
}
