package dev.paygen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.paygen.generator.support.CompiledSpecs;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cookie parameters (issue 10, item 1): components of the params record, sent in one {@code Cookie}
 * header in the form style, ahead of a cookie the caller sets through {@code RequestOptions}.
 */
class CookieParametersWireTest {
  private static final AtomicReference<String> COOKIE = new AtomicReference<>();
  private static HttpServer server;
  private static CompiledSpecs.Compiled compiled;

  @BeforeAll
  static void compileAndServe() throws IOException {
    Path spec = Path.of("src/test/resources/media/cookies.yaml");
    List<GeneratedFile> files = new ArrayList<>(CompiledSpecs.generate(spec, "com.acme.cart"));
    files.add(new GeneratedFile("com/acme/cart/app/Call.java", "com.acme.cart.app.Call", """
        package com.acme.cart.app;

        import com.acme.cart.CookiesClient;
        import com.acme.cart.service.CartGetParams;
        import dev.paygen.runtime.RequestOptions;
        import java.util.List;

        public final class Call {
          private Call() {}

          public static void run(String baseUrl) {
            CookiesClient client = CookiesClient.builder().baseUrl(baseUrl).build();
            client.cart().get(
                CartGetParams.builder().session("s 1;x").ids(List.of(1L, 2L)).xTrace("t").build(),
                RequestOptions.builder().header("Cookie", "theme=dark").build());
          }
        }
        """));
    compiled = CompiledSpecs.compile("cookie parameters spec", files);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      COOKIE.set(exchange.getRequestHeaders().getFirst("Cookie"));
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    server.start();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  @Test
  void cookieParametersAreOneCookieHeaderMergedWithTheCallers() throws Exception {
    compiled
        .load("com.acme.cart.app.Call")
        .getMethod("run", String.class)
        .invoke(null, "http://127.0.0.1:" + server.getAddress().getPort());
    assertThat(COOKIE.get()).isEqualTo("session=s%201%3Bx; ids=1,2; theme=dark");
  }

  @Test
  void cookieParameterIsNoLongerAWarning() {
    var result = Generator.generate(
        GenerationRequest.builder(Path.of("src/test/resources/media/cookies.yaml"), "com.acme.cart")
            .build());
    assertThat(result.warnings()).isEmpty();
  }
}
