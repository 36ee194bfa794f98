package dev.paygen.it.readme;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.paygen.it.dodo.DodoPaymentsClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Using the generated client" example, taken from README.md as it stands, compiled
 * against the generated Dodo client with {@code -Xlint:all -Werror} and run against WireMock: the
 * example users copy is code that works.
 */
class ReadmeExampleTest {
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  @TempDir
  Path dir;

  WireMockServer server;

  @BeforeEach
  void start() {
    server = new WireMockServer(
        WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void readmeUsageExampleCompilesAndRuns() throws Exception {
    List<String> blocks = usageBlocks();
    assertThat(blocks)
        .as("the README's usage section holds a build block and a use block")
        .hasSize(2);
    Class<?> example = compile(blocks.get(0), blocks.get(1));
    server.stubFor(
        post("/checkouts")
            .willReturn(
                okJson(
                    "{\"session_id\":\"cks_1\",\"checkout_url\":\"https://test.checkout.dodopayments.com/session/cks_1\"}")));
    server.stubFor(get(urlPathEqualTo("/payments"))
        .atPriority(2)
        .willReturn(okJson("{\"items\":[" + payment("pay_1") + "," + payment("pay_2") + "]}")));
    server.stubFor(get(urlPathEqualTo("/payments"))
        .withQueryParam("page_number", equalTo("1"))
        .atPriority(1)
        .willReturn(okJson("{\"items\":[]}")));
    DodoPaymentsClient client = DodoPaymentsClient.builder()
        .bearerToken("test_key")
        .baseUrl(server.baseUrl())
        .build();

    String printed = run(example.getMethod("use", DodoPaymentsClient.class), client);

    // An enum prints its wire value.
    assertThat(printed)
        .isEqualTo("pay at https://test.checkout.dodopayments.com/session/cks_1\n"
            + "pay_1 succeeded 2360\npay_2 succeeded 2360\n");
    LoggedRequest create =
        server.findAll(postRequestedFor(urlEqualTo("/checkouts"))).get(0);
    assertThat(create.getBodyAsString())
        .isEqualTo("{\"product_cart\":[{\"product_id\":\"pdt_0NWtmoBfMr8hN6Hkk0Nba\","
            + "\"quantity\":1}],\"return_url\":\"https://example.com/done\"}");
    assertThat(server.findAll(getRequestedFor(urlPathEqualTo("/payments"))))
        .extracting(r -> r.getUrl())
        .containsExactly("/payments", "/payments?page_number=1");
  }

  /** The two java blocks of the README's "Using the generated client" section. */
  private static List<String> usageBlocks() throws IOException {
    String readme = Files.readString(Path.of(System.getProperty("paygen.readme", "../README.md")));
    int start = readme.indexOf("## Using the generated client");
    int end = readme.indexOf("\n## ", start + 1);
    assertThat(start).as("README.md has a 'Using the generated client' section").isNotNegative();
    Matcher m = JAVA_BLOCK.matcher(readme.substring(start, end < 0 ? readme.length() : end));
    List<String> blocks = new ArrayList<>();
    while (m.find()) {
      blocks.add(m.group(1));
    }
    return blocks;
  }

  private Class<?> compile(String build, String use) throws Exception {
    String source = "package readme;\n\n"
        + "import dev.paygen.it.dodo.DodoPaymentsClient;\n"
        + "import dev.paygen.it.dodo.model.*;\n"
        + "import java.util.List;\n\n"
        + "public final class Example {\n"
        + "  public static DodoPaymentsClient build() {\n" + build + "    return client;\n  }\n\n"
        + "  public static void use(DodoPaymentsClient client) {\n" + use + "  }\n}\n";
    Path file = dir.resolve("readme/Example.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, source);
    Path classes = Files.createDirectories(dir.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      boolean ok = javac
          .getTask(
              null,
              files,
              diagnostics,
              List.of(
                  "-Xlint:all",
                  "-Werror",
                  "-proc:none",
                  "-classpath",
                  System.getProperty("java.class.path"),
                  "-d",
                  classes.toString()),
              null,
              files.getJavaFileObjects(file))
          .call();
      assertThat(ok)
          .as("README example compiles:\n%s\n%s", diagnostics.getDiagnostics(), source)
          .isTrue();
    }
    URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
    return loader.loadClass("readme.Example");
  }

  private static String run(Method use, DodoPaymentsClient client) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      use.invoke(null, client);
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String payment(String id) {
    return "{\"payment_id\":\"" + id
        + "\",\"brand_id\":\"bus_1\",\"status\":\"succeeded\",\"payment_provider\":\"dodo\","
        + "\"total_amount\":2360,\"currency\":\"USD\",\"customer\":{\"customer_id\":\"cus_1\",\"email\":\"a@b.c\","
        + "\"name\":\"A\"},\"created_at\":\"2026-05-14T09:21:07Z\",\"digital_products_delivered\":true,"
        + "\"has_license_key\":false,\"metadata\":{}}";
  }
}
