package dev.paygen.benchmarks.jmh;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.paygen.benchmarks.dodo.model.GetPaymentsListResponse;
import dev.paygen.runtime.ApiClient;
import dev.paygen.runtime.ApiRequest;
import dev.paygen.runtime.Auth;
import dev.paygen.runtime.ClientOptions;
import dev.paygen.runtime.RequestOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One GET of a page of 50 payments from a JDK HttpServer on 127.0.0.1: paygen's
 * {@code ApiClient.execute} against a raw {@code HttpClient} + Jackson doing the same request.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// Without TCP_NODELAY the JDK server writes headers and body separately and every exchange waits
// ~40 ms for a delayed ACK, which would hide everything the clients do.
@Fork(jvmArgsAppend = "-Dsun.net.httpserver.nodelay=true")
public class RoundTripBenchmark {
  static final TypeReference<GetPaymentsListResponse> PAGE = new TypeReference<>() {};
  HttpServer server;
  ApiClient client;
  ApiRequest request;
  HttpClient http;
  ObjectMapper mapper;
  JavaType pageType;
  URI uri;

  @Setup
  public void setUp() throws IOException {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    byte[] body = Fixtures.read("payments-page.json");
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/payments", exchange -> {
      exchange.getRequestBody().readAllBytes();
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.setExecutor(Executors.newSingleThreadExecutor());
    server.start();
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    client = new ApiClient(ClientOptions.builder().baseUrl(base).auth(Auth.bearer("sk_test_123"))
        .httpClient(http).maxRetries(0).build());
    request = ApiRequest.builder("GET", "/payments").queryParam("page_size", 50).queryParam("page_number", 0).build();
    mapper = Fixtures.baselineMapper();
    pageType = mapper.getTypeFactory().constructType(GetPaymentsListResponse.class);
    uri = URI.create(base + "/payments?page_size=50&page_number=0");
  }

  @TearDown
  public void tearDown() {
    server.stop(0);
  }

  @Benchmark
  public GetPaymentsListResponse paygen() {
    return client.execute(request, PAGE, RequestOptions.none());
  }

  @Benchmark
  public GetPaymentsListResponse baseline() throws Exception {
    HttpRequest httpRequest = HttpRequest.newBuilder(uri).header("Authorization", "Bearer sk_test_123")
        .header("Accept", "application/json").GET().build();
    HttpResponse<byte[]> response = http.send(httpRequest, HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("status " + response.statusCode());
    }
    return mapper.readValue(response.body(), pageType);
  }
}
