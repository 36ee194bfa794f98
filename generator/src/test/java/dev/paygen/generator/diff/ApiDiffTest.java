package dev.paygen.generator.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paygen.generator.GenerationRequest;
import dev.paygen.generator.Generator;
import dev.paygen.generator.SurfaceResult;
import dev.paygen.generator.diff.ApiDiff.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One small spec pair per kind of change: the exact line {@code paygen diff} prints for it, its
 * compatibility, and the verdict.
 */
class ApiDiffTest {
  static final String BASE = """
      openapi: 3.0.3
      info: {title: Shop, version: "1"}
      paths:
        /payments/{id}:
          get:
            tags: [payments]
            operationId: retrieve
            x-paygen-name: retrieve
            parameters:
              - {name: id, in: path, required: true, schema: {type: string}}
              - {name: expand, in: query, schema: {type: boolean}}
            responses:
              "200": {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Payment'}}}}
          delete:
            tags: [payments]
            operationId: cancel
            x-paygen-name: cancel
            parameters:
              - {name: id, in: path, required: true, schema: {type: string}}
            responses:
              "204": {description: done}
      components:
        schemas:
          Payment:
            type: object
            required: [id, amount]
            properties:
              id: {type: string}
              amount: {type: integer, format: int64}
              customer_id: {type: string}
              status: {$ref: '#/components/schemas/Status'}
          Status: {type: string, enum: [pending, succeeded]}
          Refund: {type: object, properties: {id: {type: string}}}
          Dispute: {type: object, properties: {reason: {type: string}}}
          Event:
            oneOf:
              - {$ref: '#/components/schemas/Payment'}
              - {$ref: '#/components/schemas/Refund'}
              - {$ref: '#/components/schemas/Dispute'}
      """;

  @TempDir
  Path dir;

  private ApiSurface surface(String name, String yaml) throws IOException {
    Path spec = dir.resolve(name + ".yaml");
    Files.writeString(spec, yaml);
    SurfaceResult result =
        Generator.surface(GenerationRequest.builder(spec, "com.acme.shop").build());
    assertThat(result.errors()).isEmpty();
    return result.surface();
  }

  private ApiDiff diff(String before, String after) throws IOException {
    assertThat(after).isNotEqualTo(before);
    return ApiDiff.between(surface("old", before), surface("new", after));
  }

  private List<String> lines(String before, String after) throws IOException {
    return diff(before, after).changes().stream().map(ApiChange::toLine).toList();
  }

  @Test
  void surfaceListsEveryElementTheModelGenerates() throws IOException {
    assertThat(String.join(
            "\n",
            surface("base", BASE).elements().entrySet().stream()
                .map(e -> e.getKey() + " = " + e.getValue())
                .toList()))
        .isEqualTo("""
            accessor ShopClient.payments = PaymentsService
            component model.Dispute.reason = optional String
            component model.Payment.amount = required Long
            component model.Payment.customerId = optional String
            component model.Payment.id = required String
            component model.Payment.status = optional Status
            component model.Refund.id = optional String
            component service.PaymentsRetrieveParams.expand = optional Boolean
            constant model.Status.PENDING = pending
            constant model.Status.SUCCEEDED = succeeded
            method service.PaymentsService.cancel = (String) -> void
            method service.PaymentsService.retrieve = (String, PaymentsRetrieveParams) -> Payment, params optional
            type ShopClient = client
            type model.Dispute = record
            type model.Event = union
            type model.Payment = record
            type model.Refund = record
            type model.Status = enum
            type service.PaymentsRetrieveParams = params
            type service.PaymentsService = service
            variant model.Event.Dispute = Dispute
            variant model.Event.Payment = Payment
            variant model.Event.Refund = Refund""");
  }

  @Test
  void removedType() throws IOException {
    String after = BASE.replace(
            "    Refund: {type: object, properties: {id: {type: string}}}\n", "")
        .replace("        - {$ref: '#/components/schemas/Refund'}\n", "");
    assertThat(lines(BASE, after))
        .containsExactly(
            "BREAKING removed type Refund (record)",
            "BREAKING removed variant Event.Refund (Refund)");
  }

  @Test
  void removedComponent() throws IOException {
    assertThat(lines(BASE, BASE.replace("        customer_id: {type: string}\n", "")))
        .containsExactly("BREAKING removed component Payment.customerId (String, optional)");
  }

  @Test
  void retypedComponent() throws IOException {
    assertThat(lines(BASE, BASE.replace("format: int64", "format: int32")))
        .containsExactly("BREAKING changed component Payment.amount (retyped Long -> Integer)");
  }

  @Test
  void addedRequiredComponentBreaksConstructorCallers() throws IOException {
    String after = BASE.replace("required: [id, amount]", "required: [id, amount, currency]")
        .replace(
            "        id: {type: string}\n        amount",
            "        id: {type: string}\n        currency: {type: string}\n        amount");
    assertThat(lines(BASE, after))
        .containsExactly(
            "BREAKING added component Payment.currency (String, required: constructor and"
                + " builder callers must set it)");
  }

  @Test
  void addedOptionalComponentIsCompatible() throws IOException {
    ApiDiff diff = diff(
        BASE,
        BASE.replace(
            "        customer_id: {type: string}\n",
            "        customer_id: {type: string}\n        note: {type: string}\n"));
    assertThat(diff.changes())
        .map(ApiChange::toLine)
        .containsExactly("compatible added component Payment.note (String, optional)");
    assertThat(diff.verdict()).isEqualTo(Verdict.MINOR);
  }

  @Test
  void addedEnumConstantIsCompatibleWithANoteOnSwitches() throws IOException {
    ApiDiff diff = diff(BASE, BASE.replace("[pending, succeeded]", "[pending, succeeded, failed]"));
    assertThat(diff.changes())
        .map(ApiChange::toLine)
        .containsExactly("compatible added constant Status.FAILED (failed; switch expressions over"
            + " Status.known() without default must handle it)");
    assertThat(diff.verdict()).isEqualTo(Verdict.MINOR);
  }

  @Test
  void removedEnumConstantBreaks() throws IOException {
    assertThat(lines(BASE, BASE.replace("[pending, succeeded]", "[succeeded]")))
        .containsExactly("BREAKING removed constant Status.PENDING (pending)");
  }

  @Test
  void removedUnionVariantBreaks() throws IOException {
    assertThat(lines(BASE, BASE.replace("        - {$ref: '#/components/schemas/Refund'}\n", "")))
        .containsExactly("BREAKING removed variant Event.Refund (Refund)");
  }

  @Test
  void removedMethodBreaks() throws IOException {
    String after = BASE.substring(0, BASE.indexOf("    delete:"))
        + BASE.substring(BASE.indexOf("components:"));
    assertThat(lines(BASE, after))
        .containsExactly("BREAKING removed method PaymentsService.cancel ((String) -> void)");
  }

  @Test
  void changedMethodParametersBreak() throws IOException {
    assertThat(
            lines(
                BASE,
                BASE.replace(
                    "        - {name: id, in: path, required: true, schema: {type: string}}\n        - {name: expand",
                    "        - {name: id, in: path, required: true, schema: {type: integer}}\n        - {name: expand")))
        .containsExactly(
            "BREAKING changed method PaymentsService.retrieve ((String, PaymentsRetrieveParams) ->"
                + " Payment, params optional -> (long, PaymentsRetrieveParams) -> Payment, params optional)");
  }

  @Test
  void addedMethodIsCompatibleWithANoteOnImplementations() throws IOException {
    String after = BASE.replace("components:", """
          /refunds:
            get:
              tags: [payments]
              operationId: refunds
              x-paygen-name: refunds
              responses:
                "200": {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Refund'}}}}
        components:""");
    assertThat(lines(BASE, after))
        .containsExactly(
            "compatible added method PaymentsService.refunds (() -> Refund; breaks classes"
                + " implementing PaymentsService)");
  }

  @Test
  void verdicts() {
    ApiChange added = new ApiChange(
        ApiElement.parse("type model.A"),
        ApiChange.Kind.ADDED,
        ApiChange.Compatibility.COMPATIBLE,
        "record");
    ApiChange renamed = new ApiChange(
        ApiElement.parse("constant model.S.A"),
        ApiChange.Kind.CHANGED,
        ApiChange.Compatibility.COMPATIBLE,
        "wire value a -> b");
    ApiChange removed = new ApiChange(
        ApiElement.parse("type model.B"),
        ApiChange.Kind.REMOVED,
        ApiChange.Compatibility.BREAKING,
        "record");
    assertThat(new ApiDiff(List.of()).verdict()).isEqualTo(Verdict.PATCH);
    assertThat(new ApiDiff(List.of(renamed)).verdict()).isEqualTo(Verdict.PATCH);
    assertThat(new ApiDiff(List.of(added, renamed)).verdict()).isEqualTo(Verdict.MINOR);
    assertThat(new ApiDiff(List.of(added, removed)).verdict()).isEqualTo(Verdict.MAJOR);
    assertThat(new ApiDiff(List.of(added, removed)).toText())
        .isEqualTo("API: major (1 breaking; 1 added, 1 removed, 0 changed)\n"
            + "BREAKING removed type B (record)\n"
            + "compatible added type A (record)\n");
  }

  @Test
  void surfaceJsonRoundTripsByteForByte() throws IOException {
    ApiSurface surface = surface("base", BASE);
    String json = surface.toJson();
    assertThat(ApiSurface.fromJson(json)).isEqualTo(surface);
    assertThat(ApiSurface.fromJson(json).toJson()).isEqualTo(json);
  }

  @Test
  void sameSpecIsAPatchWithNoChanges() throws IOException {
    ApiDiff diff = ApiDiff.between(surface("a", BASE), surface("b", BASE));
    assertThat(diff.changes()).isEmpty();
    assertThat(diff.summary()).isEqualTo("API: patch (0 breaking; 0 added, 0 removed, 0 changed)");
  }
}
