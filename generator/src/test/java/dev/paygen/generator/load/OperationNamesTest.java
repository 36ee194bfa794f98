package dev.paygen.generator.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paygen.generator.Diagnostic;
import dev.paygen.generator.GenerationRequest;
import dev.paygen.generator.model.ApiModel;
import dev.paygen.generator.model.OperationModel;
import dev.paygen.generator.support.Workspace;
import io.swagger.v3.oas.models.Operation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Operation method names a Java developer would choose (issue 11 item 1): the official SDK's names
 * from {@code x-codeSamples}, REST conventions, operationIds without framework noise, and services
 * for untagged operations.
 */
class OperationNamesTest {
  private static final Path DODO =
      Workspace.specsFile("upstream/dodopayments-openapi-v1.86.0.documented.yml");

  @TempDir
  Path dir;

  private static ModelResult build(Path spec, Consumer<LoadedSpec> edit) {
    LoadedSpec loaded = SpecLoader.load(spec, false);
    assertThat(loaded.hasErrors()).as("%s", loaded.diagnostics()).isFalse();
    edit.accept(loaded);
    ModelResult result =
        ModelBuilder.build(loaded, GenerationRequest.builder(spec, "com.acme").build());
    assertThat(result.diagnostics()).noneMatch(Diagnostic::isError);
    return result;
  }

  /** pointer → "service.method". */
  private static Map<String, String> methods(ApiModel model) {
    Map<String, String> methods = new TreeMap<>();
    model
        .services()
        .forEach(s -> s.operations()
            .forEach(op -> methods.put(op.pointer(), s.accessor() + "." + op.methodName())));
    return methods;
  }

  private ModelResult build(String yaml) throws IOException {
    Path spec = Files.createTempFile(dir, "spec", ".yaml");
    Files.writeString(spec, yaml);
    return build(spec, loaded -> {});
  }

  private static String method(ModelResult result, String pointerSuffix) {
    return methods(result.model()).entrySet().stream()
        .filter(e -> e.getKey().endsWith(pointerSuffix))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElseThrow();
  }

  /**
   * The official SDK's names, pointer → names that count as its name: the method it calls
   * ({@code list}) and, when the SDK nests the resource below the service
   * ({@code customers.wallets.list}), that method qualified by the nested resources
   * ({@code listWallets}), which is how a flat service can hold both {@code list}s.
   */
  private static Map<String, List<String>> officialNames(LoadedSpec loaded) {
    Map<String, List<String>> official = new TreeMap<>();
    loaded
        .openApi()
        .getPaths()
        .forEach((path, item) -> item.readOperationsMap().forEach((m, op) -> {
          List<String> chain = MethodNames.sdkChain(op);
          if (chain != null) {
            String method = chain.get(chain.size() - 1);
            StringBuilder qualified = new StringBuilder(method);
            chain.subList(1, chain.size() - 1).forEach(s -> qualified.append(Names.upperCamel(s)));
            official.put(
                Schemas.pointer("paths", path, m.name().toLowerCase(java.util.Locale.ROOT)),
                List.of(method, qualified.toString()));
          }
        }));
    return official;
  }

  private static double share(
      String label, Map<String, List<String>> official, Map<String, String> generated) {
    List<String> misses = new ArrayList<>();
    official.forEach((pointer, names) -> {
      String method = generated.get(pointer);
      String name = method.substring(method.indexOf('.') + 1);
      if (!names.contains(name)) {
        misses.add(pointer + ": generated " + method + ", SDK " + names);
      }
    });
    double share = 100.0 * (official.size() - misses.size()) / official.size();
    System.out.printf(
        "%s: %d of %d operations with x-codeSamples get the SDK's name (%.1f%%); misses:%n  %s%n",
        label,
        official.size() - misses.size(),
        official.size(),
        share,
        String.join("\n  ", misses));
    return share;
  }

  @Test
  void dodo1860OperationsGetTheOfficialSdkNamesFromTheirCodeSamples() {
    LoadedSpec loaded = SpecLoader.load(DODO, false);
    Map<String, List<String>> official = officialNames(loaded);
    assertThat(official).hasSizeGreaterThan(90);

    double share =
        share("with x-codeSamples", official, methods(build(DODO, l -> {}).model()));

    assertThat(share).isGreaterThanOrEqualTo(95.0);
  }

  @Test
  void dodo1860WithoutCodeSamplesStillGetsTheSdkNamesFromRestConventionsAndNoiseRemoval() {
    Map<String, List<String>> official = officialNames(SpecLoader.load(DODO, false));

    Map<String, String> generated = methods(build(
            DODO,
            loaded -> loaded
                .openApi()
                .getPaths()
                .values()
                .forEach(item -> item.readOperations().stream()
                    .map(Operation::getExtensions)
                    .filter(e -> e != null)
                    .forEach(e -> e.remove("x-codeSamples"))))
        .model());
    double share = share("without x-codeSamples", official, generated);

    assertThat(share).isGreaterThanOrEqualTo(75.0);
    assertThat(generated.values())
        .noneMatch(m -> m.toLowerCase(java.util.Locale.ROOT).contains("handler"));
  }

  @Test
  void dodo1860NamesTheIssuesExamplesLikeTheSdk() {
    Map<String, String> methods = methods(build(DODO, l -> {}).model());

    assertThat(methods)
        .containsEntry("/paths/~1payments/get", "payments.list")
        .containsEntry("/paths/~1payments~1{payment_id}/get", "payments.retrieve")
        .containsEntry("/paths/~1payments/post", "payments.create")
        .containsEntry("/paths/~1checkouts~1{id}/get", "checkoutSessions.retrieve")
        .containsEntry(
            "/paths/~1subscriptions~1{subscription_id}~1update-payment-method/post",
            "subscriptions.updatePaymentMethod")
        .containsEntry("/paths/~1customers~1{customer_id}~1wallets/get", "customers.listWallets");
  }

  @Test
  void dotsOperationIdsGetRestNames() {
    Map<String, String> methods = methods(
        build(Workspace.specsFile("upstream/dots-openapi-v2.current-2026-07-16.yaml"), l -> {})
            .model());

    assertThat(methods.values()).contains("users.list", "users.create", "users.retrieve");
    assertThat(methods.values()).noneMatch(m -> m.contains("getUsers") || m.contains("createUser"));
    System.out.println("Dots methods: " + methods.values());
  }

  /** A spec of the given operations: each is "METHOD /path" followed by the operation's YAML. */
  private static String shop(String... operations) {
    Map<String, StringBuilder> paths = new java.util.LinkedHashMap<>();
    for (String operation : operations) {
      String[] head = operation.lines().findFirst().orElseThrow().split(" ");
      String body = operation.substring(operation.indexOf('\n') + 1);
      paths
          .computeIfAbsent(head[1], k -> new StringBuilder())
          .append("    ")
          .append(head[0])
          .append(":\n")
          .append(body.indent(6))
          .append("      responses: {\"204\": {description: none}}\n");
    }
    StringBuilder yaml =
        new StringBuilder("openapi: 3.0.3\ninfo: {title: Shop, version: \"1\"}\npaths:\n");
    paths.forEach((path, ops) -> yaml.append("  ").append(path).append(":\n").append(ops));
    return yaml.toString();
  }

  @Test
  void codeSampleNamesTheMethod() throws IOException {
    ModelResult result = build(shop("""
        post /subscriptions/{id}/payment-method
        tags: [Subscriptions]
        operationId: update
        x-codeSamples:
          - {lang: Go, source: "client.Subscriptions.NewPaymentMethod(ctx)"}
          - {lang: Python, source: "client.subscriptions.update_payment_method(\\"id\\")"}
        """));

    assertThat(method(result, "/post")).isEqualTo("subscriptions.updatePaymentMethod");
  }

  @Test
  void restConventionsNameCollectionItemActionAndSubCollection() throws IOException {
    ModelResult result = build(shop(
        "get /v1/orders\ntags: [Orders]\noperationId: get_orders_handler",
        "post /v1/orders\ntags: [Orders]\noperationId: post_orders",
        "get /v1/orders/{id}\ntags: [Orders]\noperationId: getOrder",
        "patch /v1/orders/{id}\ntags: [Orders]\noperationId: patchOrder",
        "delete /v1/orders/{id}\ntags: [Orders]\noperationId: removeOrder",
        "post /v1/orders/{id}/change-plan\ntags: [Orders]\noperationId: x1",
        "get /v1/orders/{id}/line-items\ntags: [Orders]\noperationId: x2",
        """
        get /v1/orders/{id}/refunds
        tags: [Orders]
        operationId: x3
        parameters: [{name: page_number, in: query, schema: {type: integer}}]
        """));

    assertThat(methods(result.model()).values())
        .containsExactlyInAnyOrder(
            "orders.list",
            "orders.create",
            "orders.retrieve",
            "orders.update",
            "orders.delete",
            "orders.changePlan",
            "orders.retrieveLineItems",
            "orders.listRefunds");
  }

  @Test
  void postOnAPluralSubCollectionCreatesOneAndAnActionKeepsItsVerb() throws IOException {
    // Dots: POST /v2/accounts-payable/approval-policies was `approvalPolicies(..)`
    ModelResult result = build(shop(
        "post /v2/vendors/approval-policies\ntags: [Vendors]\noperationId: x1",
        "post /v2/vendors/{id}/groups\ntags: [Vendors]\noperationId: x2",
        "post /v2/vendors/{id}/change-settings\ntags: [Vendors]\noperationId: x3",
        "post /v2/vendors/{id}/approve\ntags: [Vendors]\noperationId: x4",
        "post /v2/vendors/{id}/access\ntags: [Vendors]\noperationId: x5"));

    assertThat(methods(result.model()).values())
        .containsExactlyInAnyOrder(
            "vendors.createApprovalPolicy",
            "vendors.createGroup",
            "vendors.changeSettings",
            "vendors.approve",
            "vendors.access");
  }

  @Test
  void operationIdLosesFrameworkNoiseAndTheServicesNoun() throws IOException {
    // No REST convention names a PUT, PATCH or DELETE on the API's root: the operationId decides.
    ModelResult result = build(shop(
        "put /\ntags: [Payments]\noperationId: search_payments_handler",
        "patch /\ntags: [Payments]\noperationId: PaymentExportController",
        "delete /\ntags: [Payments]\noperationId: sync_proxy"));

    assertThat(methods(result.model()).values())
        .containsExactlyInAnyOrder("payments.search", "payments.export", "payments.sync");
  }

  @Test
  void collisionFallsBackToTheNextRuleWithAWarningNamingBoth() throws IOException {
    ModelResult result = build(shop(
        "get /discounts/{id}\ntags: [Discounts]\noperationId: get_discount_handler",
        "get /discounts/{id}/summary\ntags: [Discounts]\nx-paygen-name: retrieve"));

    assertThat(methods(result.model()).values())
        .containsExactlyInAnyOrder("discounts.retrieve", "discounts.get");
    assertThat(result.diagnostics())
        .filteredOn(d -> d.code().equals("PAYGEN-W061"))
        .singleElement()
        .satisfies(d ->
            assertThat(d.message()).contains("GET /discounts/{id}/summary").contains("named get"));
  }

  @Test
  void sharedNameGoesToTheShorterPathAndTheOtherFallsBack() throws IOException {
    ModelResult result = build(shop(
        "get /discounts/{code}/{id}\ntags: [Discounts]\noperationId: get_discount_by_code",
        "get /discounts/{id}\ntags: [Discounts]\noperationId: get_discount_handler"));

    assertThat(methods(result.model()).values())
        .containsExactly("discounts.getByCode", "discounts.retrieve");
  }

  @Test
  void untaggedOperationsGoToAServiceNamedByTheirFirstPathSegment() throws IOException {
    ModelResult result = build(shop(
        "get /v1/charges\noperationId: GetCharges",
        "post /v1/charges/{charge}\noperationId: PostChargesCharge",
        "post /v1/customers\noperationId: PostCustomers"));

    assertThat(result.model().services())
        .extracting(s -> s.name() + " " + s.accessor())
        .containsExactly("Charges charges", "Customers customers");
    assertThat(methods(result.model()).values())
        .containsExactlyInAnyOrder("charges.list", "charges.update", "customers.create");
    assertThat(result.model().services().get(0).operations())
        .extracting(OperationModel::methodName)
        .containsExactly("list", "update");
  }
}
