package dev.paygen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.paygen.generator.support.CompiledSpecs;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where an API repeats one parameter list over ten or more operations of one kind (Kubernetes'
 * list options over 216 list operations), those operations share one params record named after
 * what they do (issue 12); below that, and wherever a list differs in anything, each operation
 * keeps its own {@code <Service><Method>Params}.
 */
class SharedParamsTest {
  /** Twelve services; each has a paged list, a delete and a delete-collection operation. */
  private static final List<String> SERVICES = List.of(
      "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett",
      "kilo", "lima");

  private static final List<String> QUERIES = new CopyOnWriteArrayList<>();
  private static HttpServer server;
  private static CompiledSpecs.Compiled compiled;

  @TempDir
  static Path dir;

  /**
   * The spec: {@code GET /<s>} lists with page_number, page_size and an X-Trace header (kilo lists
   * them in another order; lima's page_size says something else); {@code DELETE
   * /<s>/{id}} takes dryRun; {@code DELETE /<s>} takes dryRun and labelSelector; the first nine
   * services also have {@code GET /<s>/search} with q.
   */
  private static String spec() {
    StringBuilder paths = new StringBuilder();
    for (int i = 0; i < SERVICES.size(); i++) {
      String s = SERVICES.get(i);
      String noun = Character.toUpperCase(s.charAt(0)) + s.substring(1);
      String pageSize = s.equals("lima")
          ? "{name: page_size, in: query, description: How many limas a page holds., schema: {type: integer}}"
          : "{$ref: '#/components/parameters/PageSize'}";
      String listParams = s.equals("kilo")
          ? "[{name: X-Trace, in: header, schema: {type: string}}, " + pageSize
              + ", {$ref: '#/components/parameters/PageNumber'}]"
          : "[{$ref: '#/components/parameters/PageNumber'}, " + pageSize
              + ", {name: X-Trace, in: header, schema: {type: string}}]";
      paths.append("  /").append(s).append(":\n");
      paths
          .append("    get:\n      tags: [")
          .append(s)
          .append("]\n      operationId: list")
          .append(noun)
          .append('\n');
      paths.append("      parameters: ").append(listParams).append('\n');
      paths.append("      responses: {'200': {description: a page, content: {application/json:"
          + " {schema: {$ref: '#/components/schemas/Page'}}}}}\n");
      paths
          .append("    delete:\n      tags: [")
          .append(s)
          .append("]\n      operationId: deleteCollection")
          .append(noun)
          .append("\n      parameters: [{$ref: '#/components/parameters/DryRun'},"
              + " {name: labelSelector, in: query, schema: {type: string}}]\n"
              + "      responses: {'204': {description: deleted}}\n");
      paths
          .append("  /")
          .append(s)
          .append("/{id}:\n    delete:\n      tags: [")
          .append(s)
          .append("]\n      operationId: delete")
          .append(s)
          .append(
              "\n      parameters: [{name: id, in: path, required: true, schema: {type: string}},"
                  + " {$ref: '#/components/parameters/DryRun'}]\n"
                  + "      responses: {'204': {description: deleted}}\n");
      if (i < 9) {
        paths
            .append("  /")
            .append(s)
            .append("/search:\n    get:\n      tags: [")
            .append(s)
            .append("]\n      operationId: search")
            .append(s)
            .append("\n      parameters: [{name: q, in: query, schema: {type: string}}]\n"
                + "      responses: {'204': {description: found}}\n");
      }
    }
    return """
        openapi: 3.0.3
        info: {title: Shared params, version: "1"}
        paths:
        %scomponents:
          parameters:
            PageNumber: {name: page_number, in: query, description: The page to return, from 0., schema: {type: integer}}
            PageSize: {name: page_size, in: query, description: How many items a page holds., schema: {type: integer}}
            DryRun: {name: dryRun, in: query, description: Only check the request., schema: {type: boolean}}
          schemas:
            Item:
              type: object
              properties: {name: {type: string}}
            Page:
              type: object
              properties: {items: {type: array, items: {$ref: '#/components/schemas/Item'}}}
        """.formatted(paths);
  }

  @BeforeAll
  static void compileAndServe() throws IOException {
    Path spec = Files.writeString(dir.resolve("shared.yaml"), spec());
    List<GeneratedFile> files = new ArrayList<>(CompiledSpecs.generate(spec, "com.acme.shop"));
    files.add(new GeneratedFile("com/acme/shop/app/Call.java", "com.acme.shop.app.Call", """
        package com.acme.shop.app;

        import com.acme.shop.SharedParamsClient;
        import com.acme.shop.model.Item;
        import com.acme.shop.service.ListParams;
        import java.util.ArrayList;
        import java.util.List;

        public final class Call {
          private Call() {}

          public static List<String> run(String baseUrl) {
            SharedParamsClient client = SharedParamsClient.builder().baseUrl(baseUrl).build();
            ListParams params = ListParams.builder().pageSize(2L).xTrace("t").build();
            List<String> names = new ArrayList<>();
            for (Item item : client.alpha().list(params).autoPager()) {
              names.add("alpha " + item.name());
            }
            for (Item item : client.kilo().list(ListParams.builder().pageNumber(1L).pageSize(2L).build()).autoPager()) {
              names.add("kilo " + item.name());
            }
            return names;
          }
        }
        """));
    compiled = CompiledSpecs.compile("shared params spec", files);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      String query = exchange.getRequestURI().getQuery();
      QUERIES.add(exchange.getRequestURI().getPath() + "?" + query);
      String body = !query.contains("page_number=") || query.contains("page_number=0")
          ? "{\"items\":[{\"name\":\"a\"},{\"name\":\"b\"}]}"
          : query.contains("page_number=1") ? "{\"items\":[{\"name\":\"c\"}]}" : "{\"items\":[]}";
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    server.start();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  /** Params record simple name → the source, for the spec's service package. */
  private static Map<String, String> paramsRecords() {
    Map<String, String> records = new TreeMap<>();
    compiled.files().stream()
        .filter(f -> f.qualifiedName().startsWith("com.acme.shop.service.")
            && f.qualifiedName().endsWith("Params"))
        .forEach(f -> records.put(
            f.qualifiedName().substring("com.acme.shop.service.".length()), f.content()));
    return records;
  }

  private static String service(String name) {
    return CompiledSpecs.source(compiled.files(), "/service/" + name + ".java");
  }

  @Test
  void tenOrMoreOperationsWithIdenticalParametersShareOneRecordNamedAfterWhatTheyDo() {
    assertThat(paramsRecords()).containsKey("ListParams").doesNotContainKeys("AlphaListParams");
    assertThat(service("AlphaService")).contains("list(ListParams params)");
    assertThat(service("JuliettService")).contains("list(ListParams params)");
    assertThat(paramsRecords().get("ListParams"))
        .contains("The query and header parameters of 11 operations: {@code GET /alpha}, {@code"
            + " GET /bravo}, {@code GET /charlie} and 8 more.");
  }

  @Test
  void parametersListedInAnotherOrderAreTheSameList() {
    assertThat(paramsRecords()).doesNotContainKey("KiloListParams");
    assertThat(service("KiloService")).contains("list(ListParams params)");
  }

  @Test
  void operationDifferingInOneParameterDescriptionKeepsItsOwnRecord() {
    assertThat(paramsRecords().get("LimaListParams")).contains("How many limas a page holds.");
    assertThat(service("LimaService")).contains("list(LimaListParams params)");
  }

  @Test
  void fewerThanTenOperationsSharingAListKeepTheirOwnRecords() {
    // Nine search operations take the same q: each keeps <Service><Method>Params, so a later spec
    // in which one of them gains a filter renames nothing.
    assertThat(paramsRecords())
        .containsKeys("AlphaRetrieveSearchParams", "IndiaRetrieveSearchParams")
        .doesNotContainKey("RetrieveSearchParams");
  }

  @Test
  void deleteAndDeleteCollectionOperationsGetTheirOwnSharedNames() {
    // Both groups' methods start with the verb delete but take different lists: each group is named
    // after the words its method names start with (delete, deleteCollection).
    assertThat(paramsRecords()).containsKeys("DeleteParams", "DeleteCollectionParams");
    assertThat(paramsRecords().get("DeleteParams"))
        .contains("of 12 operations")
        .contains("@param dryRun")
        .doesNotContain("labelSelector");
    assertThat(paramsRecords().get("DeleteCollectionParams"))
        .contains("of 12 operations")
        .contains("@param labelSelector");
  }

  @Test
  void pagedOperationsSharingParamsStillPage() throws Exception {
    QUERIES.clear();
    Object names = compiled
        .load("com.acme.shop.app.Call")
        .getMethod("run", String.class)
        .invoke(null, "http://127.0.0.1:" + server.getAddress().getPort());
    assertThat(names).isEqualTo(List.of("alpha a", "alpha b", "alpha c", "kilo c"));
    assertThat(QUERIES)
        .containsExactly(
            // A short page is the last: each operation pages on with its own request.
            "/alpha?page_size=2",
            "/alpha?page_size=2&page_number=1",
            "/kilo?page_size=2&page_number=1");
  }
}
