package dev.paygen.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paygen.generator.support.CompiledSpecs;
import dev.paygen.generator.support.Golden;
import java.io.IOException;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builders a Java developer enjoys and nullability they can see (issue 11 items 4 and 5), through
 * compiled generated code: adders and putters, primitive overloads, every missing required value
 * named, single-valued fields pre-set, a builder on every record, JSpecify annotations.
 */
class BuildersTest {
  private static final String SPEC = """
      openapi: 3.1.0
      info: {title: Shop, version: "1"}
      paths:
        /orders:
          get:
            operationId: list_orders
            x-paygen-name: list
            tags: [orders]
            parameters:
              - {name: limit, in: query, schema: {type: integer}}
              - {name: customer_id, in: query, required: true, schema: {type: string}}
              - {name: store_id, in: query, required: true, schema: {type: string}}
              - {name: tags, in: query, schema: {type: array, items: {type: string}}}
            responses:
              '200':
                description: ok
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Order'}
        /orders/{id}:
          get:
            x-paygen-name: retrieve
            tags: [orders]
            parameters: [{name: id, in: path, required: true, schema: {type: string}}]
            responses:
              '200':
                description: the order
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Order'}
              '204':
                description: not ready yet
      components:
        schemas:
          Kind: {type: string, enum: [order]}
          Order:
            type: object
            required: [id, kind, product_cart]
            properties:
              id: {type: string}
              kind: {$ref: '#/components/schemas/Kind'}
              product_cart: {type: array, items: {type: string}}
              discount_codes: {type: array, items: {type: string}}
              metadata: {type: object, additionalProperties: {type: string}}
              amount: {type: integer}
              price: {type: number}
              note: {type: [string, 'null']}
          OrderRef:
            type: object
            required: [order_id]
            properties:
              order_id: {type: string}
      """;

  private static Path spec;
  private static List<GeneratedFile> files;
  private static CompiledSpecs.Compiled compiled;
  private static Class<?> order;
  private static Class<?> params;

  @BeforeAll
  static void compile(@TempDir Path dir) throws IOException {
    spec = dir.resolve("spec.yaml");
    Files.writeString(spec, SPEC);
    files = CompiledSpecs.generate(spec, "com.acme.shop");
    compiled = CompiledSpecs.compile("builders", files);
    order = compiled.load("com.acme.shop.model.Order");
    params = compiled.load("com.acme.shop.service.OrdersListParams");
  }

  private static Object builder(Class<?> type) throws ReflectiveOperationException {
    return type.getMethod("builder").invoke(null);
  }

  private static Object call(Object target, String name, Class<?>[] types, Object... args)
      throws ReflectiveOperationException {
    try {
      return target.getClass().getMethod(name, types).invoke(target, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw e;
    }
  }

  private static Object get(Object record, String accessor) throws ReflectiveOperationException {
    return record.getClass().getMethod(accessor).invoke(record);
  }

  /** A complete order builder: the required values set. */
  private static Object orderBuilder() throws ReflectiveOperationException {
    Object b = builder(order);
    call(b, "id", new Class<?>[] {String.class}, "o_1");
    call(b, "productCart", new Class<?>[] {List.class}, List.of("p_1"));
    return b;
  }

  @Test
  void listComponentsHaveAdders() throws Exception {
    Object b = builder(order);
    call(b, "id", new Class<?>[] {String.class}, "o_1");
    List<String> mine = new ArrayList<>(List.of("a"));
    call(b, "productCart", new Class<?>[] {List.class}, mine);
    call(b, "addProductCart", new Class<?>[] {String.class}, "b");
    call(b, "addDiscountCode", new Class<?>[] {String.class}, "SAVE10");
    call(b, "addDiscountCode", new Class<?>[] {String.class}, "SAVE20");
    Object built = call(b, "build", new Class<?>[0]);

    // The adder starts from what the setter set, and never writes into the caller's list.
    assertThat(get(built, "productCart")).isEqualTo(List.of("a", "b"));
    assertThat(get(built, "discountCodes")).isEqualTo(List.of("SAVE10", "SAVE20"));
    assertThat(mine).containsExactly("a");
    // Adding after build() leaves the built record as it was.
    call(b, "addProductCart", new Class<?>[] {String.class}, "c");
    assertThat(get(built, "productCart")).isEqualTo(List.of("a", "b"));
    // toBuilder() starts from the record's values; adding there leaves the record as it was.
    Object again = call(built, "toBuilder", new Class<?>[0]);
    call(again, "addProductCart", new Class<?>[] {String.class}, "d");
    assertThat(get(call(again, "build", new Class<?>[0]), "productCart"))
        .isEqualTo(List.of("a", "b", "d"));
    assertThat(get(built, "productCart")).isEqualTo(List.of("a", "b"));
    // The params builder has them too.
    Object p = builder(params);
    call(p, "customerId", new Class<?>[] {String.class}, "c_1");
    call(p, "storeId", new Class<?>[] {String.class}, "s_1");
    call(p, "addTag", new Class<?>[] {String.class}, "vip");
    assertThat(get(call(p, "build", new Class<?>[0]), "tags")).isEqualTo(List.of("vip"));
  }

  @Test
  void mapComponentsHavePutters() throws Exception {
    Object b = orderBuilder();
    Map<String, String> mine = new LinkedHashMap<>(Map.of("a", "1"));
    call(b, "metadata", new Class<?>[] {Map.class}, mine);
    call(b, "putMetadata", new Class<?>[] {String.class, String.class}, "z", "26");
    call(b, "putMetadata", new Class<?>[] {String.class, String.class}, "b", "2");
    Object built = call(b, "build", new Class<?>[0]);

    @SuppressWarnings("unchecked")
    Map<String, String> metadata = (Map<String, String>) get(built, "metadata");
    assertThat(metadata)
        .containsExactly(Map.entry("a", "1"), Map.entry("z", "26"), Map.entry("b", "2"));
    assertThat(mine).containsExactly(Map.entry("a", "1"));
    // A change to the caller's map after the setter does not reach the builder either.
    Object other = orderBuilder();
    call(other, "metadata", new Class<?>[] {Map.class}, mine);
    mine.put("late", "x");
    assertThat(get(call(other, "build", new Class<?>[0]), "metadata")).isEqualTo(Map.of("a", "1"));
  }

  @Test
  void longSetterAcceptsAnIntLiteral() throws Exception {
    // Compiles only with the primitive overloads; `amount(null)` must still mean "absent".
    GeneratedFile usage = new GeneratedFile("com/acme/shop/Usage.java", "com.acme.shop.Usage", """
        package com.acme.shop;

        import com.acme.shop.model.Order;
        import com.acme.shop.service.OrdersListParams;

        public final class Usage {
          private Usage() {}

          public static Order order() {
            return Order.builder().id("o_1").addProductCart("p_1").amount(1500).price(19.99).build();
          }

          public static Order wholePrice() {
            return Order.builder().id("o_1").addProductCart("p_1").amount(null).price(5).build();
          }

          public static OrdersListParams params() {
            return OrdersListParams.builder().customerId("c_1").storeId("s_1").limit(2).build();
          }
        }
        """);
    List<GeneratedFile> all = new ArrayList<>(files);
    all.add(usage);
    Class<?> usageClass = CompiledSpecs.compile("literals", all).load("com.acme.shop.Usage");

    Object built = usageClass.getMethod("order").invoke(null);
    assertThat(get(built, "amount")).isEqualTo(1500L);
    // BigDecimal.valueOf(double): a decimal literal stays exact.
    assertThat(get(built, "price")).isEqualTo(new BigDecimal("19.99"));
    Object whole = usageClass.getMethod("wholePrice").invoke(null);
    assertThat(get(whole, "amount")).isNull();
    assertThat(get(whole, "price")).isEqualTo(BigDecimal.valueOf(5));
    assertThat(get(usageClass.getMethod("params").invoke(null), "limit")).isEqualTo(2L);
  }

  /**
   * The additional-properties map and its two setters live once in the runtime's {@code
   * RecordBuilder} instead of in every generated builder (Stripe: 1,151 builders, some 16,000
   * lines); they still chain with the generated setters, in both orders, and {@code toBuilder()}
   * keeps what was read.
   */
  @Test
  void additionalPropertiesSettersComeFromTheRuntimeRecordBuilder() throws Exception {
    GeneratedFile usage = new GeneratedFile("com/acme/shop/Extra.java", "com.acme.shop.Extra", """
        package com.acme.shop;

        import com.acme.shop.model.Order;
        import com.fasterxml.jackson.databind.node.TextNode;
        import java.util.Map;

        public final class Extra {
          private Extra() {}

          public static Order order() {
            return Order.builder()
                .additionalProperties(Map.of("a", TextNode.valueOf("1")))
                .id("o_1")
                .putAdditionalProperty("b", TextNode.valueOf("2"))
                .addProductCart("p_1")
                .build()
                .toBuilder()
                .putAdditionalProperty("c", TextNode.valueOf("3"))
                .build();
          }
        }
        """);
    List<GeneratedFile> all = new ArrayList<>(files);
    all.add(usage);
    Class<?> extra = CompiledSpecs.compile("extra", all).load("com.acme.shop.Extra");

    Object built = extra.getMethod("order").invoke(null);
    assertThat(get(built, "additionalProperties").toString())
        .isEqualTo("{a=\"1\", b=\"2\", c=\"3\"}");
    Class<?> builder = builder(order).getClass();
    assertThat(builder.getSuperclass().getName()).isEqualTo("dev.paygen.runtime.RecordBuilder");
    assertThat(Arrays.stream(builder.getDeclaredMethods()).map(Method::getName))
        .doesNotContain("additionalProperties", "putAdditionalProperty");
  }

  @Test
  void missingRequiredFieldsAreAllNamed() throws Exception {
    // Params builders: every missing parameter in one IllegalStateException, not the first NPE.
    Object p = builder(params);
    call(p, "limit", new Class<?>[] {Long.class}, 5L);
    assertThatThrownBy(() -> call(p, "build", new Class<?>[0]))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("OrdersListParams")
        .hasMessageContaining("customer_id")
        .hasMessageContaining("store_id");
    // Record builders: each missing path named.
    assertThatThrownBy(() -> call(builder(order), "build", new Class<?>[0]))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("$.id")
        .hasMessageContaining("$.product_cart");
  }

  @Test
  void singleValuedFieldIsFilledByTheBuilder() throws Exception {
    // `kind` is required and its enum allows one value: the user never has to set it.
    Object built = call(orderBuilder(), "build", new Class<?>[0]);
    Object kind = get(built, "kind");
    assertThat(kind).isNotNull();
    assertThat(kind.getClass().getMethod("value").invoke(kind)).isEqualTo("order");
  }

  @Test
  void everyRecordHasABuilder() throws Exception {
    // A record with only required fields (Dodo's AttachExistingCustomer) has one too.
    for (String name : List.of("Order", "OrderRef")) {
      Class<?> type = compiled.load("com.acme.shop.model." + name);
      assertThat(type.getMethod("builder").getReturnType().getSimpleName()).isEqualTo("Builder");
      assertThat(type.getMethod("toBuilder").getReturnType().getSimpleName()).isEqualTo("Builder");
    }
    Object ref = builder(compiled.load("com.acme.shop.model.OrderRef"));
    call(ref, "orderId", new Class<?>[] {String.class}, "o_1");
    assertThat(get(call(ref, "build", new Class<?>[0]), "orderId")).isEqualTo("o_1");
  }

  @Test
  void generatedPackagesAreNullMarked() {
    assertThat(files)
        .anySatisfy(
            f -> assertThat(f.relativePath()).isEqualTo("com/acme/shop/model/package-info.java"));
    assertThat(order.getPackage().isAnnotationPresent(NullMarked.class)).isTrue();
  }

  @Test
  void serviceAndClientPackagesAreNullMarked() throws Exception {
    Class<?> service = compiled.load("com.acme.shop.service.OrdersService");
    Class<?> client = compiled.load("com.acme.shop.ShopClient");
    assertThat(service.getPackage().isAnnotationPresent(NullMarked.class)).isTrue();
    assertThat(client.getPackage().isAnnotationPresent(NullMarked.class)).isTrue();
    // A typed result is non-null (an empty body throws), so it is unannotated.
    Method list = service.getMethod("list", params);
    assertThat(nullable(list.getAnnotatedReturnType())).isFalse();

    // What stays null until set: credentials, the webhook secret, the verifier it makes.
    CompiledSpecs.Compiled dodo = CompiledSpecs.compiledGolden(Golden.DODO);
    Class<?> dodoBuilder = dodo.load("dev.paygen.golden.dodo.DodoPaymentsClient$Builder");
    assertThat(nullable(dodoBuilder.getDeclaredField("bearerToken").getAnnotatedType()))
        .isTrue();
    assertThat(nullable(dodoBuilder.getDeclaredField("webhookSecret").getAnnotatedType()))
        .isTrue();
    assertThat(nullable(dodoBuilder.getDeclaredField("baseUrl").getAnnotatedType()))
        .isFalse();
    Class<?> webhooks = dodo.load("dev.paygen.golden.dodo.DodoPaymentsWebhooks");
    assertThat(webhooks.getPackage().isAnnotationPresent(NullMarked.class)).isTrue();
    assertThat(nullable(webhooks.getDeclaredField("verifier").getAnnotatedType()))
        .isTrue();
    Class<?> dots =
        CompiledSpecs.compiledGolden(Golden.DOTS).load("dev.paygen.golden.dots.DotsClient$Builder");
    assertThat(nullable(dots.getDeclaredField("basicAuthPassword").getAnnotatedType()))
        .isTrue();
    // An API naming no servers has no base URL until baseUrl(String) is called.
    Class<?> shopBuilder = compiled.load("com.acme.shop.ShopClient$Builder");
    assertThat(nullable(shopBuilder.getDeclaredField("baseUrl").getAnnotatedType()))
        .isTrue();
  }

  @Test
  void aBodylessSuccessBesideATypedOneMakesTheResultNullable() throws Exception {
    // PayPal-style 200 + 204: the result may be null (read through execute), never a thrown 204,
    // and never a void method that drops the 200's body
    Class<?> service = compiled.load("com.acme.shop.service.OrdersService");
    Method retrieve = service.getMethod("retrieve", String.class);
    assertThat(retrieve.getReturnType()).isEqualTo(order);
    assertThat(nullable(retrieve.getAnnotatedReturnType())).isTrue();
    String impl = CompiledSpecs.source(files, "service/OrdersServiceImpl.java");
    assertThat(impl)
        .contains("return client.execute(retrieveRequest(id), RETRIEVE_TYPE, options)")
        .contains("return client.executeAsync(retrieveRequest(id), RETRIEVE_TYPE, options)");
  }

  @Test
  void optionalComponentsAreNullable() throws Exception {
    // Optional or nullable: @Nullable on the component, the accessor and the builder setter;
    // required, non-nullable: unannotated (non-null in a @NullMarked package).
    List<String> nullable = Arrays.stream(order.getRecordComponents())
        .filter(c -> nullable(c.getAnnotatedType()))
        .map(RecordComponent::getName)
        .toList();
    assertThat(nullable).containsExactly("discountCodes", "metadata", "amount", "price", "note");
    assertThat(nullable(order.getMethod("note").getAnnotatedReturnType())).isTrue();
    assertThat(nullable(order.getMethod("id").getAnnotatedReturnType())).isFalse();
    Class<?> builder = order.getMethod("builder").getReturnType();
    assertThat(nullable(setterParameter(builder, "note", String.class))).isTrue();
    assertThat(nullable(setterParameter(builder, "id", String.class))).isFalse();

    List<String> nullableParams = Arrays.stream(params.getRecordComponents())
        .filter(c -> nullable(c.getAnnotatedType()))
        .map(RecordComponent::getName)
        .toList();
    assertThat(nullableParams).containsExactly("limit", "tags");
  }

  private static AnnotatedType setterParameter(Class<?> builder, String name, Class<?> type)
      throws NoSuchMethodException {
    Method setter = builder.getMethod(name, type);
    return setter.getAnnotatedParameterTypes()[0];
  }

  private static boolean nullable(@Nullable AnnotatedType type) {
    return type != null && type.isAnnotationPresent(Nullable.class);
  }
}
