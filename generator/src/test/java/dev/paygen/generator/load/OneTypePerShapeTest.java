package dev.paygen.generator.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paygen.generator.GenerationRequest;
import dev.paygen.generator.model.ApiModel;
import dev.paygen.generator.model.OperationModel.ParameterModel;
import dev.paygen.generator.model.PropertyModel;
import dev.paygen.generator.model.RecordModel;
import dev.paygen.generator.model.TypeModel;
import dev.paygen.generator.model.TypeName;
import dev.paygen.generator.model.TypeRef;
import dev.paygen.generator.model.UnionModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One Java type per shape: no inline copy of a named enum, no nested type named like a top-level one. */
class OneTypePerShapeTest {
  @TempDir
  Path dir;

  private ApiModel build(String yaml) throws IOException {
    Path spec = dir.resolve("spec.yaml");
    Files.writeString(spec, yaml);
    LoadedSpec loaded = SpecLoader.load(spec, false);
    assertThat(loaded.hasErrors()).as("%s", loaded.diagnostics()).isFalse();
    ModelResult result = ModelBuilder.build(
        loaded, GenerationRequest.builder(spec, "com.acme.shop").build());
    assertThat(result.model()).as("%s", result.diagnostics()).isNotNull();
    return result.model();
  }

  private static TypeModel type(ApiModel model, String name) {
    return model.types().stream()
        .filter(t -> t.name().toString().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not in " + model.types()));
  }

  @Test
  void inlineEnumEqualToNamedEnumReusesIt() throws IOException {
    ApiModel model = build("""
        openapi: 3.1.0
        info: {title: Shop, version: "1"}
        paths:
          /payments:
            get:
              tags: [Payments]
              operationId: list_payments
              parameters:
                - name: status
                  in: query
                  schema: {type: string, enum: [failed, succeeded, processing]}
                - name: mode
                  in: query
                  schema: {type: string, enum: [succeeded, failed]}
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Payment'}
        components:
          schemas:
            IntentStatus: {type: string, enum: [succeeded, failed, processing]}
            Payment:
              type: object
              properties:
                status: {type: [string, "null"], enum: [processing, succeeded, failed, null]}
        """);

    ParameterModel status = model.services().get(0).operations().get(0).queryParams().stream()
        .filter(p -> p.wireName().equals("status"))
        .findFirst()
        .orElseThrow();
    assertThat(status.type()).isEqualTo(new TypeRef.Named(TypeName.of("IntentStatus")));
    RecordModel payment = (RecordModel) type(model, "Payment");
    PropertyModel paymentStatus = payment.properties().get(0);
    assertThat(paymentStatus.type()).isEqualTo(new TypeRef.Named(TypeName.of("IntentStatus")));
    assertThat(paymentStatus.nullable()).isTrue();
    // a different value set keeps a type of its own
    assertThat(model.types())
        .map(t -> t.name().toString())
        .containsExactlyInAnyOrder("IntentStatus", "Payment", "PaymentsListMode");
  }

  @Test
  void nestedTypeNeverSharesATopLevelName() throws IOException {
    ApiModel model = build("""
        openapi: 3.1.0
        info: {title: Shop, version: "1"}
        paths: {}
        components:
          schemas:
            OneTimePrice:
              type: object
              required: [price]
              properties: {price: {type: integer}}
            Price:
              oneOf:
                - title: One Time Price
                  allOf:
                    - $ref: '#/components/schemas/OneTimePrice'
                    - type: object
                      required: [type]
                      properties: {type: {type: string, enum: [one_time_price]}}
                - title: Recurring Price
                  type: object
                  required: [type]
                  properties: {type: {type: string, enum: [recurring_price]}}
            Order:
              type: object
              properties:
                address: {type: object, properties: {city: {type: string}}}
                one_time_price: {type: object, properties: {note: {type: string}}}
        """);

    UnionModel price = (UnionModel) type(model, "Price");
    assertThat(price.variants())
        .map(v -> v.type().toString())
        .containsExactly("Price.OneTime", "Price.RecurringPrice");
    RecordModel order = (RecordModel) type(model, "Order");
    assertThat(order.properties())
        .map(p -> p.type().javaSource(false))
        .containsExactly("Order.Address", "Order.OrderOneTimePrice");
  }
}
