package dev.paygen.generator.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paygen.generator.Diagnostic;
import dev.paygen.generator.GeneratedFile;
import dev.paygen.generator.GenerationRequest;
import dev.paygen.generator.emit.Emitter;
import dev.paygen.generator.model.ApiModel;
import dev.paygen.generator.model.SecuritySchemeModel;
import dev.paygen.generator.model.ServerModel;
import dev.paygen.generator.support.CompiledSpecs;
import dev.paygen.generator.support.Javac;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client's identity on a spec that says little about it: its name when {@code info.title} is
 * generic, its {@code Environment} constants, and the variables {@code fromEnv()} reads.
 */
class ClientIdentityTest {
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

  private static String spec(String title, String servers, String operationExtras) {
    return """
        openapi: 3.1.0
        info: {title: %s, version: "1"}
        %s
        paths:
          /payments:
            get:
              operationId: list_payments
              %s
              responses: {"204": {description: none}}
        components:
          securitySchemes:
            API_KEY: {type: http, scheme: bearer}
        security: [{API_KEY: []}]
        """.formatted(title, servers, operationExtras);
  }

  @Test
  void genericTitleWarnsAndSuggestsClientName() throws IOException {
    ModelResult result =
        build(spec("public", "servers: [{url: 'https://live.dodopayments.com/'}]", """
        x-codeSamples:
                - lang: JavaScript
                  source: |
                    const client = new DodoPayments({bearerToken: 'key'});
                - lang: Python
                  source: |
                    client = DodoPayments(bearer_token="key")\
        """));

    assertThat(result.model().clientName()).isEqualTo("DodoPayments");
    assertThat(warnings(result, "PAYGEN-W049")).singleElement().satisfies(w -> {
      assertThat(w.pointer()).isEqualTo("/info/title");
      assertThat(w.message()).contains("'public'", "DodoPaymentsClient", "x-codeSamples");
      assertThat(w.fix()).contains("--client-name");
    });

    // without SDK samples, the server's domain names the client rather than "public"
    ModelResult noSamples =
        build(spec("API", "servers: [{url: 'https://api.acmepay.co.uk/v1'}]", ""));
    assertThat(noSamples.model().clientName()).isEqualTo("Acmepay");
    assertThat(warnings(noSamples, "PAYGEN-W049"))
        .singleElement()
        .extracting(Diagnostic::message)
        .asString()
        .contains("AcmepayClient", "domain");

    // one lower-case word warns but, being a name, is kept when nothing better exists
    ModelResult petstore = build(spec("petstore", "", ""));
    assertThat(petstore.model().clientName()).isEqualTo("Petstore");
    assertThat(warnings(petstore, "PAYGEN-W049")).hasSize(1);

    // a title that names the API does not warn
    ModelResult named = build(spec("Acme Payments API", "", ""));
    assertThat(named.model().clientName()).isEqualTo("AcmePayments");
    assertThat(warnings(named, "PAYGEN-W049")).isEmpty();
  }

  @Test
  void environmentConstantsDropFillerWords() throws IOException {
    ApiModel model = build(spec("Dodo Payments", """
            servers:
              - {url: 'https://test.dodopayments.com/', description: Test Mode Server Host}
              - {url: 'https://live.dodopayments.com/', description: Live Mode Server Host}
              - {url: 'https://eu.dodopayments.com/', description: The EU API endpoint}
              - {url: 'https://x.dodopayments.com/', description: API Server}
              - {url: 'https://y.dodopayments.com/', description: Sandbox}\
            """, "")).model();

    assertThat(model.servers())
        .extracting(ServerModel::constantName)
        .containsExactly("TEST_MODE", "LIVE_MODE", "EU", "API_SERVER", "SANDBOX");
  }

  @Test
  void fromEnvIsGeneratedForEveryClient() throws IOException {
    ApiModel model = build("""
            openapi: 3.1.0
            info: {title: Dodo Payments, version: "1"}
            servers: [{url: 'https://live.dodopayments.com/'}]
            paths: {}
            components:
              securitySchemes:
                API_KEY: {type: http, scheme: bearer}
                Partner: {type: apiKey, in: header, name: X-Partner}
                Admin: {type: http, scheme: basic}
            """).model();

    assertThat(model.securitySchemes())
        .extracting(SecuritySchemeModel::envVariables)
        .containsExactly(
            List.of("DODO_PAYMENTS_API_KEY"),
            List.of("DODO_PAYMENTS_PARTNER_API_KEY"),
            List.of("DODO_PAYMENTS_USERNAME", "DODO_PAYMENTS_PASSWORD"));
    assertThat(model.env().baseUrl()).isEqualTo("DODO_PAYMENTS_BASE_URL");
    assertThat(model.env().webhookSecret())
        .as("no webhooks, no webhook variable")
        .isNull();

    List<GeneratedFile> files = Emitter.emit(model);
    String client = CompiledSpecs.source(files, "/DodoPaymentsClient.java");
    assertThat(client)
        .contains("public static DodoPaymentsClient fromEnv()")
        .contains("public Builder fromEnv()")
        .contains("env.apply(\"DODO_PAYMENTS_API_KEY\")")
        .contains("env.apply(\"DODO_PAYMENTS_BASE_URL\")");
    Javac.compile("fromEnv client", files, dir.resolve("classes"));
  }

  @Test
  void fromEnvReadsTheWebhookKeyWhenTheSpecHasWebhooksAndNamesNoVariable() throws IOException {
    // The full Dodo document has webhooks but no x-paygen-webhook-secret-env: fromEnv() read no
    // secret, so fromEnv().webhooks().unwrap(...) failed with "no webhook secret" in production.
    ApiModel model = build("""
            openapi: 3.1.0
            info: {title: Dodo Payments, version: "1"}
            paths: {}
            webhooks:
              payment.succeeded:
                post:
                  requestBody:
                    content:
                      application/json:
                        schema:
                          type: object
                          required: [type]
                          properties: {type: {type: string, enum: [payment.succeeded]}}
                  responses: {"200": {description: received}}
            components:
              securitySchemes:
                API_KEY: {type: http, scheme: bearer}
            """).model();

    assertThat(model.webhooks()).isNotEmpty();
    assertThat(model.env().webhookSecret()).isEqualTo("DODO_PAYMENTS_WEBHOOK_KEY");
    List<GeneratedFile> files = Emitter.emit(model);
    String client = CompiledSpecs.source(files, "/DodoPaymentsClient.java");
    assertThat(client)
        .contains("env.apply(\"DODO_PAYMENTS_WEBHOOK_KEY\")")
        .contains("webhookSecret(value");
    Javac.compile("fromEnv webhook client", files, dir.resolve("classes"));
  }
}
