package dev.paygen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.paygen.generator.support.CompiledSpecs;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parameters go on the wire as their OpenAPI {@code style} and {@code explode} say (issue 10, item
 * 1): a generated client, compiled with a user class that calls it, sends one request to a local
 * server that records the raw path, query string and headers.
 */
class ParameterStylesWireTest {
  private static final AtomicReference<String> PATH = new AtomicReference<>();
  private static final AtomicReference<String> QUERY = new AtomicReference<>();
  private static final AtomicReference<String> TAGS = new AtomicReference<>();
  private static HttpServer server;
  private static CompiledSpecs.Compiled compiled;

  @BeforeAll
  static void compileAndServe(@TempDir Path dir) throws IOException {
    Path spec = dir.resolve("spec.yaml");
    Files.writeString(spec, """
        openapi: 3.0.3
        info: {title: Shop, version: "1"}
        servers: [{url: "http://localhost"}]
        paths:
          /items/{ids}/{coords}:
            get:
              operationId: list
              x-paygen-name: list
              tags: [items]
              parameters:
                - {name: ids, in: path, required: true, style: matrix, explode: true,
                   schema: {type: array, items: {type: integer}}}
                - {name: coords, in: path, required: true, style: label,
                   schema: {type: array, items: {type: string}}}
                - {name: created, in: query, style: deepObject, explode: true,
                   schema: {$ref: '#/components/schemas/range'}}
                - {name: expand, in: query, style: deepObject, explode: true,
                   schema: {type: array, items: {type: string}}}
                - {name: amount, in: query, schema: {$ref: '#/components/schemas/amount'}}
                - {name: types, in: query, explode: false,
                   schema: {type: array, items: {$ref: '#/components/schemas/kind'}}}
                - {name: piped, in: query, style: pipeDelimited, explode: false,
                   schema: {type: array, items: {type: string}}}
                - {name: spaced, in: query, style: spaceDelimited, explode: false,
                   schema: {type: array, items: {type: string}}}
                - {name: repeated, in: query, schema: {type: array, items: {type: integer}}}
                - {name: X-Tags, in: header, schema: {type: array, items: {type: string}}}
              responses:
                '204': {description: done}
        components:
          schemas:
            range: {type: object, properties: {gte: {type: integer}, lt: {type: integer}}}
            amount:
              type: object
              required: [currency, value]
              properties: {currency: {type: string}, value: {type: string}}
            kind: {type: string, enum: [card, bank_transfer]}
        """);
    List<GeneratedFile> files = new ArrayList<>(CompiledSpecs.generate(spec, "com.acme.shop"));
    files.add(new GeneratedFile("com/acme/shop/app/Call.java", "com.acme.shop.app.Call", """
        package com.acme.shop.app;

        import com.acme.shop.ShopClient;
        import com.acme.shop.model.Amount;
        import com.acme.shop.model.Kind;
        import com.acme.shop.model.Range;
        import com.acme.shop.service.ItemsListParams;
        import java.util.List;

        public final class Call {
          private Call() {}

          public static void run(String baseUrl) {
            ShopClient client = ShopClient.builder().baseUrl(baseUrl).build();
            client.items().list(List.of(1L, 2L), List.of("x", "y"), ItemsListParams.builder()
                .created(Range.builder().gte(10L).lt(20L).build())
                .expand(List.of("data.customer", "data.invoice"))
                .amount(Amount.builder().currency("EUR").value("10.00").build())
                .types(List.of(Kind.CARD, Kind.BANK_TRANSFER))
                .piped(List.of("a", "b|c"))
                .spaced(List.of("a", "b c"))
                .repeated(List.of(1L, 2L))
                .xTags(List.of("t1", "t2"))
                .build());
          }
        }
        """));
    compiled = CompiledSpecs.compile("parameter styles spec", files);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      PATH.set(exchange.getRequestURI().getRawPath());
      QUERY.set(exchange.getRequestURI().getRawQuery());
      TAGS.set(exchange.getRequestHeaders().getFirst("X-Tags"));
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    server.start();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  private static void send() throws Exception {
    compiled
        .load("com.acme.shop.app.Call")
        .getMethod("run", String.class)
        .invoke(null, "http://127.0.0.1:" + server.getAddress().getPort());
  }

  private static List<String> query() throws Exception {
    send();
    return List.of(QUERY.get().split("&"));
  }

  @Test
  void pathMatrixExplodedAndLabelArrays() throws Exception {
    send();
    assertThat(PATH.get()).isEqualTo("/items/;ids=1;ids=2/.x,y");
  }

  @Test
  void queryDeepObjectObjectAndBracketArray() throws Exception {
    assertThat(query())
        .containsSequence("created%5Bgte%5D=10", "created%5Blt%5D=20")
        .containsSequence("expand%5B%5D=data.customer", "expand%5B%5D=data.invoice");
  }

  @Test
  void queryFormObjectIsItsPropertiesNeverToString() throws Exception {
    assertThat(query()).containsSequence("currency=EUR", "value=10.00");
    assertThat(QUERY.get()).doesNotContain("Amount");
  }

  @Test
  void queryFormNotExplodedEnumsAreCommaSeparatedWireValues() throws Exception {
    assertThat(query()).contains("types=card,bank_transfer");
  }

  @Test
  void queryPipeAndSpaceDelimitedArrays() throws Exception {
    assertThat(query()).contains("piped=a%7Cb%7Cc", "spaced=a%20b%20c");
  }

  @Test
  void queryFormExplodedArrayStillRepeats() throws Exception {
    assertThat(query()).containsSequence("repeated=1", "repeated=2");
  }

  @Test
  void headerSimpleArrayIsCommaSeparated() throws Exception {
    send();
    assertThat(TAGS.get()).isEqualTo("t1,t2");
  }

  @Test
  void theWholeQueryString() throws Exception {
    send();
    assertThat(QUERY.get())
        .isEqualTo("created%5Bgte%5D=10&created%5Blt%5D=20"
            + "&expand%5B%5D=data.customer&expand%5B%5D=data.invoice"
            + "&currency=EUR&value=10.00&types=card,bank_transfer"
            + "&piped=a%7Cb%7Cc&spaced=a%20b%20c&repeated=1&repeated=2");
  }
}
