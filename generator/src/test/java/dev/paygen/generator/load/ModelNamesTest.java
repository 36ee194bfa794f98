package dev.paygen.generator.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paygen.generator.Diagnostic;
import dev.paygen.generator.GenerationRequest;
import dev.paygen.generator.model.ApiModel;
import dev.paygen.generator.model.OperationModel;
import dev.paygen.generator.model.SecuritySchemeModel;
import dev.paygen.generator.model.ServiceModel;
import dev.paygen.generator.model.TypeModel;
import dev.paygen.generator.model.WebhookModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Load → model: a small spec in, the model's Java names out. Every name, including those only the
 * client and webhooks classes use, is decided here, before emission.
 */
class ModelNamesTest {
  @TempDir
  Path dir;

  private ModelResult build(String yaml) throws IOException {
    Path spec = dir.resolve("spec.yaml");
    Files.writeString(spec, yaml);
    LoadedSpec loaded = SpecLoader.load(spec, false);
    assertThat(loaded.hasErrors()).as("%s", loaded.diagnostics()).isFalse();
    return ModelBuilder.build(
        loaded, GenerationRequest.builder(spec, "com.acme.shop").build());
  }

  private static List<Diagnostic> warnings(ModelResult result, String code) {
    return result.diagnostics().stream().filter(d -> d.code().equals(code)).toList();
  }

  @Test
  void schemasNamedLikeRuntimeTypesGetTheModelSuffix() throws IOException {
    ApiModel model = build("""
        openapi: 3.0.3
        info: {title: Shop, version: "1"}
        paths: {}
        components:
          schemas:
            JsonRecord: {type: object, properties: {a: {type: string}}}
            Auth: {type: object, properties: {a: {type: string}}}
            ClientOptions: {type: object, properties: {a: {type: string}}}
        """).model();

    assertThat(model.types())
        .map(TypeModel::name)
        .map(Object::toString)
        .containsExactly("JsonRecordModel", "AuthModel", "ClientOptionsModel");
  }

  @Test
  void aTagNamedLikeAClientMethodGetsAServiceSuffixOnItsAccessor() throws IOException {
    ApiModel model = build("""
        openapi: 3.0.3
        info: {title: Shop, version: "1"}
        paths:
          /builders:
            get:
              tags: [builder]
              operationId: list
              responses: {"204": {description: none}}
        """).model();

    assertThat(model.services())
        .singleElement()
        .extracting(ServiceModel::accessor)
        .isEqualTo("builderService");
  }

  @Test
  void operationsWhoseNamesCollideAreNumberedWithAWarningNamingBoth() throws IOException {
    ModelResult result = build("""
        openapi: 3.0.3
        info: {title: Shop, version: "1"}
        paths:
          /payments:
            post:
              tags: [Payments]
              operationId: create_payment
              x-paygen-name: create
              responses: {"204": {description: none}}
          /payments/batch:
            post:
              tags: [Payments]
              operationId: createPayment
              x-paygen-name: create
              responses: {"204": {description: none}}
        """);

    assertThat(result.model().services().get(0).operations())
        .map(OperationModel::methodName)
        .containsExactly("create", "create2");
    assertThat(warnings(result, "PAYGEN-W061")).singleElement().satisfies(warning -> {
      assertThat(warning.location()).endsWith("#/paths/~1payments~1batch/post");
      assertThat(warning.message()).contains("create2", "/paths/~1payments/post");
    });
  }

  @Test
  void argumentsAndConstantsAreNamedInTheModel() throws IOException {
    ApiModel model = build("""
        openapi: 3.0.3
        info: {title: Shop, version: "1"}
        paths:
          /carts/{body}/{options}:
            put:
              tags: [Carts]
              x-paygen-name: getURl
              parameters:
                - {name: body, in: path, required: true, schema: {type: string}}
                - {name: options, in: path, required: true, schema: {type: string}}
                - {name: params, in: query, schema: {type: string}}
              requestBody: {content: {application/json: {schema: {type: object, properties: {a: {type: string}}}}}}
              responses: {"204": {description: none}}
          /carts:
            get:
              tags: [Carts]
              x-paygen-name: getUrl
              responses: {"204": {description: none}}
        """).model();

    List<OperationModel> ops = model.services().get(0).operations();
    assertThat(ops.get(0).pathParams())
        .map(OperationModel.ParameterModel::javaName)
        .containsExactly("body", "options2");
    assertThat(ops.get(0).javaNames())
        .isEqualTo(new OperationModel.JavaNames("body2", "params", "GET_URL"));
    assertThat(ops.get(1).javaNames().constantPrefix()).isEqualTo("GET_URL_2");
  }

  @Test
  void webhooksWhoseRecordsCollideAreNumberedWithAWarningNamingBoth() throws IOException {
    ModelResult result = build("""
        openapi: 3.1.0
        info: {title: Shop, version: "1"}
        webhooks:
          payment.succeeded: {post: {requestBody: {content: {application/json: {schema: {type: string}}}}}}
          payment_succeeded: {post: {requestBody: {content: {application/json: {schema: {type: string}}}}}}
          event: {post: {requestBody: {content: {application/json: {schema: {type: string}}}}}}
        """);

    assertThat(result.model().webhooks())
        .map(WebhookModel::recordName)
        .containsExactly("PaymentSucceeded", "PaymentSucceeded2", "Event2");
    assertThat(result.model().webhooks())
        .map(WebhookModel::constantName)
        .containsExactly("PAYMENT_SUCCEEDED_TYPE", "PAYMENT_SUCCEEDED2_TYPE", "EVENT2_TYPE");
    assertThat(warnings(result, "PAYGEN-W045")).hasSize(2).first().satisfies(warning -> {
      assertThat(warning.location()).endsWith("#/webhooks/payment_succeeded");
      assertThat(warning.message()).contains("'payment.succeeded'", "PaymentSucceeded2");
    });
    assertThat(warnings(result, "PAYGEN-W045").get(1).message())
        .contains("generated code itself", "Event2");
  }

  @Test
  void securitySchemesWhoseSettersCollideAreNumberedWithAWarningNamingBoth() throws IOException {
    ModelResult result = build("""
        openapi: 3.0.3
        info: {title: Shop, version: "1"}
        paths: {}
        components:
          securitySchemes:
            main: {type: apiKey, in: header, name: X-Key}
            partner_key: {type: apiKey, in: header, name: X-Partner}
            PartnerKey: {type: apiKey, in: query, name: partner}
            token: {type: http, scheme: bearer}
        """);

    assertThat(result.model().securitySchemes())
        .map(SecuritySchemeModel::setterName)
        .containsExactly("apiKey", "apiKeyPartnerKey", "apiKeyPartnerKey2", "bearerToken");
    assertThat(warnings(result, "PAYGEN-W045")).singleElement().satisfies(warning -> {
      assertThat(warning.location()).endsWith("#/components/securitySchemes/PartnerKey");
      assertThat(warning.message()).contains("'partner_key'", "apiKeyPartnerKey2");
    });
  }
}
