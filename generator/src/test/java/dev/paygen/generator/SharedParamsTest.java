package dev.paygen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.paygen.generator.support.CompiledSpecs;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Operations with identical query, header and cookie parameters share one params record (issue 12):
 * one type to learn and one file instead of one per operation, named after what the operations have
 * in common; a list that differs in anything keeps its own record.
 */
class SharedParamsTest {
  private static final Path SPEC = Path.of("src/test/resources/params/shared.yaml");
  private static final List<String> QUERIES = new CopyOnWriteArrayList<>();
  private static HttpServer server;
  private static CompiledSpecs.Compiled compiled;

  @BeforeAll
  static void compileAndServe() throws IOException {
    List<GeneratedFile> files = new ArrayList<>(CompiledSpecs.generate(SPEC, "com.acme.pets"));
    files.add(new GeneratedFile("com/acme/pets/app/Call.java", "com.acme.pets.app.Call", """
        package com.acme.pets.app;

        import com.acme.pets.SharedParamsClient;
        import com.acme.pets.model.Pet;
        import com.acme.pets.service.ListParams;
        import java.util.ArrayList;
        import java.util.List;

        public final class Call {
          private Call() {}

          public static List<String> run(String baseUrl) {
            SharedParamsClient client = SharedParamsClient.builder().baseUrl(baseUrl).build();
            ListParams params = ListParams.builder().pageSize(2).xTrace("t").build();
            List<String> names = new ArrayList<>();
            for (Pet pet : client.pets().list(params).autoPager()) {
              names.add("pet " + pet.name());
            }
            for (Pet pet : client.owners().list(ListParams.builder().pageNumber(1).pageSize(2).build()).autoPager()) {
              names.add("owner " + pet.name());
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
        .filter(f -> f.qualifiedName().startsWith("com.acme.pets.service.")
            && f.qualifiedName().endsWith("Params"))
        .forEach(f -> records.put(
            f.qualifiedName().substring("com.acme.pets.service.".length()), f.content()));
    return records;
  }

  private static String source(String qualifiedName) {
    return compiled.files().stream()
        .filter(f -> f.qualifiedName().equals(qualifiedName))
        .findFirst()
        .orElseThrow()
        .content();
  }

  @Test
  void operationsWithIdenticalQueryParametersShareOneParamsRecord() {
    assertThat(paramsRecords())
        .containsKey("ListParams")
        .doesNotContainKeys("PetsListParams", "OwnersListParams");
    assertThat(source("com.acme.pets.service.PetsService")).contains("list(ListParams params)");
    assertThat(source("com.acme.pets.service.OwnersService")).contains("list(ListParams params)");
  }

  @Test
  void sharedParamsRecordIsNamedAfterTheCommonWords() {
    // Across services: the methods' common words (list + list). In one service: the service too,
    // as an operation's own record is named; no common leading word, so the trailing ones
    // (findPetToys + findOwnerToys → Pets + Toys).
    assertThat(paramsRecords()).containsOnlyKeys("ListParams", "VetsListParams", "PetsToysParams");
    assertThat(paramsRecords().get("ListParams"))
        .contains("The query and header parameters of 2 operations: {@code GET /pets} and"
            + " {@code GET /owners}.");
    assertThat(paramsRecords().get("VetsListParams"))
        .contains("The query and header parameters of {@code GET /vets}.");
  }

  @Test
  void operationsDifferingInOneParameterDescriptionKeepTheirOwnRecords() {
    // /vets differs from /pets and /owners only in page_size's description.
    assertThat(paramsRecords()).containsKey("VetsListParams");
    assertThat(paramsRecords().get("VetsListParams")).contains("How many vets a page holds.");
    assertThat(source("com.acme.pets.service.VetsService")).contains("list(VetsListParams params)");
  }

  @Test
  void pagedOperationsSharingParamsStillPage() throws Exception {
    QUERIES.clear();
    Object names = compiled
        .load("com.acme.pets.app.Call")
        .getMethod("run", String.class)
        .invoke(null, "http://127.0.0.1:" + server.getAddress().getPort());
    assertThat(names).isEqualTo(List.of("pet a", "pet b", "pet c", "owner c"));
    assertThat(QUERIES)
        .containsExactly(
            // A short page is the last: each operation pages on with its own request.
            "/pets?page_size=2",
            "/pets?page_size=2&page_number=1",
            "/owners?page_number=1&page_size=2");
  }
}
