package dev.paygen.generator.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paygen.generator.GenerationRequest;
import dev.paygen.generator.model.ApiModel;
import dev.paygen.generator.model.EnumModel;
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
import java.util.List;
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

  private static PropertyModel property(RecordModel record, String wireName) {
    return record.properties().stream()
        .filter(p -> p.wireName().equals(wireName))
        .findFirst()
        .orElseThrow(() -> new AssertionError(wireName + " not in " + record.properties()));
  }

  private static java.util.List<String> names(ApiModel model) {
    return model.types().stream().map(t -> t.name().toString()).toList();
  }

  @Test
  void allOfWrapperAroundARefIsThatType() throws IOException {
    ApiModel model = build("""
        openapi: 3.0.3
        info: {title: Box, version: "1"}
        paths: {}
        components:
          schemas:
            UserMini:
              type: object
              required: [id]
              properties: {id: {type: string}, name: {type: string}}
            File:
              type: object
              properties:
                created_by:
                  allOf:
                    - $ref: '#/components/schemas/UserMini'
                    - description: The user who created this file.
                    - nullable: false
                modified_by:
                  allOf:
                    - $ref: '#/components/schemas/UserMini'
                    - {description: The user who last modified this file., deprecated: true}
                    - nullable: true
        """);

    RecordModel file = (RecordModel) type(model, "File");
    TypeRef userMini = new TypeRef.Named(TypeName.of("UserMini"));
    PropertyModel createdBy = property(file, "created_by");
    assertThat(createdBy.type()).isEqualTo(userMini);
    assertThat(createdBy.description()).isEqualTo("The user who created this file.");
    assertThat(createdBy.nullable()).isFalse();
    PropertyModel modifiedBy = property(file, "modified_by");
    assertThat(modifiedBy.type()).isEqualTo(userMini);
    assertThat(modifiedBy.nullable()).isTrue();
    assertThat(modifiedBy.deprecated()).isTrue();
    assertThat(file.nested()).isEmpty();
  }

  @Test
  void allOfWrapperAroundAnInlineObjectIsThatObject() throws IOException {
    ApiModel model = build("""
        openapi: 3.0.3
        info: {title: Box, version: "1"}
        paths: {}
        components:
          schemas:
            File:
              type: object
              properties:
                path_collection:
                  allOf:
                    - title: Path collection
                      type: object
                      required: [total_count]
                      properties: {total_count: {type: integer}}
                    - description: The folders this file is in.
                    - nullable: false
        """);

    RecordModel file = (RecordModel) type(model, "File");
    PropertyModel paths = property(file, "path_collection");
    assertThat(paths.type())
        .isEqualTo(new TypeRef.Named(TypeName.of("File").nested("PathCollection")));
    assertThat(paths.description()).isEqualTo("The folders this file is in.");
    RecordModel collection = (RecordModel) file.nested().get(0);
    assertThat(collection.properties()).map(PropertyModel::wireName).containsExactly("total_count");
  }

  @Test
  void identicalInlineObjectsWithOneTitleAreOneType() throws IOException {
    ApiModel model = build("""
        openapi: 3.1.0
        info: {title: Stripe, version: "1"}
        paths: {}
        components:
          schemas:
            Account:
              type: object
              properties:
                card_payments:
                  title: capability_param
                  description: The card_payments capability.
                  type: object
                  properties: {requested: {type: boolean}}
                transfers:
                  title: capability_param
                  description: The transfers capability.
                  type: object
                  properties: {requested: {type: boolean, description: Ask for it.}}
            Person:
              type: object
              properties:
                card_payments:
                  title: capability_param
                  type: object
                  properties: {requested: {type: boolean}}
        """);

    TypeRef shared = new TypeRef.Named(TypeName.of("CapabilityParam"));
    RecordModel account = (RecordModel) type(model, "Account");
    assertThat(account.properties()).map(PropertyModel::type).containsExactly(shared, shared);
    assertThat(account.properties())
        .map(PropertyModel::description)
        .containsExactly("The card_payments capability.", "The transfers capability.");
    assertThat(property((RecordModel) type(model, "Person"), "card_payments").type())
        .isEqualTo(shared);
    assertThat(account.nested()).isEmpty();
    assertThat(names(model)).containsExactlyInAnyOrder("Account", "Person", "CapabilityParam");
  }

  @Test
  void identicalInlineObjectsUnderOnePropertyNameAreOneType() throws IOException {
    ApiModel model = build("""
        openapi: 3.1.0
        info: {title: Box, version: "1"}
        paths:
          /files:
            post:
              tags: [Files]
              operationId: create_file
              requestBody:
                content:
                  application/json:
                    schema:
                      type: object
                      properties:
                        name: {type: string}
                        parent: {type: object, required: [id], properties: {id: {type: string}}}
                        user: {type: object, properties: {id: {type: string}}}
              responses:
                "204": {description: ok}
          /folders:
            post:
              tags: [Folders]
              operationId: create_folder
              requestBody:
                content:
                  application/json:
                    schema:
                      type: object
                      properties:
                        parent:
                          description: The parent folder.
                          type: object
                          required: [id]
                          properties: {id: {type: string, description: The folder's ID.}}
                        user: {type: object, properties: {id: {type: string}}}
              responses:
                "204": {description: ok}
        components:
          schemas:
            Folder:
              type: object
              properties:
                parent: {type: object, required: [id], properties: {id: {type: string}}}
            User: {type: object, properties: {login: {type: string}}}
        """);

    TypeRef parent = new TypeRef.Named(TypeName.of("Parent"));
    assertThat(property((RecordModel) type(model, "Folder"), "parent").type()).isEqualTo(parent);
    assertThat(
            property((RecordModel) type(model, "FilesCreateRequest"), "parent").type())
        .isEqualTo(parent);
    assertThat(property((RecordModel) type(model, "FoldersCreateRequest"), "parent")
            .type())
        .isEqualTo(parent);
    assertThat(names(model)).containsOnlyOnce("Parent");
    assertThat(type(model, "Folder").nested()).isEmpty();
    // A shape named like a component stays nested in each owner (no User2, no warning).
    assertThat(names(model)).containsOnlyOnce("User").doesNotContain("User2");
    assertThat(property((RecordModel) type(model, "FilesCreateRequest"), "user").type())
        .isEqualTo(
            new TypeRef.Named(TypeName.of("FilesCreateRequest").nested("FilesCreateRequestUser")));
  }

  @Test
  void differentInlineObjectsStayApart() throws IOException {
    ApiModel model = build("""
        openapi: 3.1.0
        info: {title: Shop, version: "1"}
        paths: {}
        components:
          schemas:
            File:
              type: object
              properties:
                parent: {type: object, properties: {id: {type: string}}}
                owner: {title: who, type: object, properties: {id: {type: string}}}
            Folder:
              type: object
              properties:
                parent: {type: object, properties: {id: {type: integer}}}
                owner: {title: whom, type: object, properties: {id: {type: string}}}
            Link:
              type: object
              properties:
                parent: {type: object, required: [id], properties: {id: {type: string}}}
            Drive:
              type: object
              properties:
                parent: {type: object, properties: {id: {type: string}}}
                owner: {title: who, type: object, properties: {id: {type: string}}}
        """);

    // File's and Drive's parent and owner are one shape each; the others differ from them.
    assertThat(names(model))
        .containsExactlyInAnyOrder("File", "Folder", "Link", "Drive", "Parent", "Who");
    assertThat(property((RecordModel) type(model, "File"), "parent").type())
        .isEqualTo(new TypeRef.Named(TypeName.of("Parent")));
    assertThat(property((RecordModel) type(model, "Drive"), "owner").type())
        .isEqualTo(new TypeRef.Named(TypeName.of("Who")));
    assertThat(property((RecordModel) type(model, "Folder"), "parent").type())
        .isEqualTo(new TypeRef.Named(TypeName.of("Folder").nested("Parent")));
    assertThat(property((RecordModel) type(model, "Link"), "parent").type())
        .isEqualTo(new TypeRef.Named(TypeName.of("Link").nested("Parent")));
    assertThat(property((RecordModel) type(model, "Folder"), "owner").type())
        .isEqualTo(new TypeRef.Named(TypeName.of("Folder").nested("Owner")));
  }

  @Test
  void anInlineObjectUsedOnceStaysNested() throws IOException {
    ApiModel model = build("""
        openapi: 3.1.0
        info: {title: Shop, version: "1"}
        paths: {}
        components:
          schemas:
            Order:
              type: object
              properties:
                address:
                  title: postal_address
                  type: object
                  properties: {city: {type: string}}
                line: {type: object, properties: {sku: {type: string}}}
            Cart:
              type: object
              properties:
                line: {type: object, properties: {sku: {type: string}}}
        """);

    RecordModel order = (RecordModel) type(model, "Order");
    assertThat(order.properties())
        .map(p -> p.type().javaSource(false))
        .containsExactly("Order.Address", "Line");
    assertThat(order.nested()).map(t -> t.name().toString()).containsExactly("Order.Address");
    assertThat(names(model)).containsExactlyInAnyOrder("Order", "Cart", "Line");
  }

  private static final String CATEGORIES =
      "{type: string, enum: [ac_refrigeration_repair, airports, bakeries]}";

  @Test
  void identicalInlineEnumsAreOneType() throws IOException {
    ApiModel model = build("""
        openapi: 3.1.0
        info: {title: Stripe, version: "1"}
        paths:
          /cards:
            get:
              tags: [Cards]
              operationId: list_cards
              parameters:
                - name: allowed_categories
                  in: query
                  schema: {type: array, items: %1$s}
              responses:
                "204": {description: ok}
        components:
          schemas:
            CardControls:
              type: object
              properties:
                allowed_categories: {type: array, items: %1$s}
                blocked_categories:
                  type: array
                  items:
                    description: A merchant category.
                    type: string
                    enum: [ac_refrigeration_repair, airports, bakeries]
            CardholderControls:
              type: object
              properties:
                allowed_categories: {type: array, items: %1$s}
        """.formatted(CATEGORIES));

    TypeRef categories =
        new TypeRef.ListOf(new TypeRef.Named(TypeName.of("CategoriesItem")), false);
    RecordModel card = (RecordModel) type(model, "CardControls");
    assertThat(card.properties()).map(PropertyModel::type).containsExactly(categories, categories);
    assertThat(property((RecordModel) type(model, "CardholderControls"), "allowed_categories")
            .type())
        .isEqualTo(categories);
    assertThat(model.services().get(0).operations().get(0).queryParams().get(0).type())
        .isEqualTo(categories);
    assertThat(card.nested()).isEmpty();
    EnumModel shared = (EnumModel) type(model, "CategoriesItem");
    assertThat(shared.constants())
        .map(EnumModel.EnumConstant::wireValue)
        .containsExactly("ac_refrigeration_repair", "airports", "bakeries");
    // The first occurrence met (components in spec order) gives the pointer and the Javadoc.
    assertThat(shared.pointer())
        .isEqualTo("/components/schemas/CardControls/properties/allowed_categories/items");
    assertThat(names(model)).containsOnlyOnce("CategoriesItem").doesNotContain("CategoriesItem2");
  }

  @Test
  void sharedEnumIsNamedAfterTheCommonTrailingWords() throws IOException {
    ApiModel model = build("""
        openapi: 3.1.0
        info: {title: Shop, version: "1"}
        paths: {}
        components:
          schemas:
            Payment:
              type: object
              properties:
                payment_status: {type: string, enum: [paid, failed]}
                refund_status: {type: string, enum: [paid, failed]}
                other_status: {type: string, enum: [paid, failed]}
                brand: {title: card_brand, type: string, enum: [visa, amex]}
                network: {title: card_brand, type: string, enum: [visa, amex]}
                channel: {type: string, enum: [web, pos]}
                medium: {type: string, enum: [web, pos]}
            Status: {type: object, properties: {code: {type: string}}}
            Invoice:
              type: object
              properties:
                payments: {type: array, items: {type: string, enum: [due, overdue]}}
                refunds: {type: array, items: {type: string, enum: [due, overdue]}}
        """);

    RecordModel payment = (RecordModel) type(model, "Payment");
    // Status is a schema's name, so the common words give way to the first occurrence's name.
    assertThat(property(payment, "payment_status").type())
        .isEqualTo(new TypeRef.Named(TypeName.of("PaymentStatus")));
    assertThat(property(payment, "other_status").type())
        .isEqualTo(new TypeRef.Named(TypeName.of("PaymentStatus")));
    // No common words: the title all occurrences share.
    assertThat(property(payment, "network").type())
        .isEqualTo(new TypeRef.Named(TypeName.of("CardBrand")));
    // No common words, no title: the first occurrence's own name.
    assertThat(property(payment, "medium").type())
        .isEqualTo(new TypeRef.Named(TypeName.of("Channel")));
    // A bare "Item" is no name: PaymentsItem and RefundsItem share only that word.
    assertThat(property((RecordModel) type(model, "Invoice"), "refunds").type())
        .isEqualTo(new TypeRef.ListOf(new TypeRef.Named(TypeName.of("PaymentsItem")), false));
    assertThat(payment.nested()).isEmpty();
  }

  @Test
  void anInlineEnumUsedOnceStaysNested() throws IOException {
    ApiModel model = build("""
        openapi: 3.1.0
        info: {title: Shop, version: "1"}
        paths: {}
        components:
          schemas:
            Payment:
              type: object
              properties:
                status: {type: string, enum: [paid, failed]}
                method: {type: string, enum: [card, bank]}
            Refund:
              type: object
              properties:
                status: {type: string, enum: [refunded, failed]}
                method: {type: string, enum: [card, bank]}
        """);

    // Each status is used once and stays where it was; the method, used twice, is one type.
    assertThat(property((RecordModel) type(model, "Payment"), "status").type())
        .isEqualTo(new TypeRef.Named(TypeName.of("Payment").nested("Status")));
    assertThat(property((RecordModel) type(model, "Refund"), "status").type())
        .isEqualTo(new TypeRef.Named(TypeName.of("Refund").nested("Status")));
    assertThat(type(model, "Payment").nested())
        .map(t -> t.name().toString())
        .containsExactly("Payment.Status");
    assertThat(names(model)).containsExactlyInAnyOrder("Payment", "Refund", "Method");
  }

  @Test
  void enumsDifferingInOneValueStayApart() throws IOException {
    ApiModel model = build("""
        openapi: 3.1.0
        info: {title: Shop, version: "1"}
        paths: {}
        components:
          schemas:
            Payment:
              type: object
              properties:
                status: {type: string, enum: [paid, failed, pending]}
                code: {type: integer, enum: [1, 2]}
            Refund:
              type: object
              properties:
                status: {type: string, enum: [paid, failed, canceled]}
                code: {type: string, enum: ["1", "2"]}
            Payout:
              type: object
              properties:
                status: {type: string, enum: [failed, paid, pending]}
                code: {type: integer, enum: [1, 2]}
        """);

    for (String owner : List.of("Payment", "Refund", "Payout")) {
      assertThat(property((RecordModel) type(model, owner), "status").type())
          .isEqualTo(new TypeRef.Named(TypeName.of(owner).nested("Status")));
    }
    // Other values, other order, other type ("1" is not 1): apart; only the integer codes match.
    assertThat(property((RecordModel) type(model, "Refund"), "code").type())
        .isEqualTo(new TypeRef.Named(TypeName.of("Refund").nested("Code")));
    // Refund.Code stays nested, so the shared type may not be Code: it is named after its first
    // owner.
    assertThat(property((RecordModel) type(model, "Payout"), "code").type())
        .isEqualTo(new TypeRef.Named(TypeName.of("PaymentCode")));
    assertThat(names(model))
        .containsExactlyInAnyOrder("Payment", "Refund", "Payout", "PaymentCode");
  }

  /**
   * Stripe's expandable fields: {@code anyOf: [string, $ref File]} at many properties, with other
   * descriptions. They are one top-level union (Stripe's client shrank by some 40,000 lines); a
   * union with other variants (or other constraints) keeps a type of its own.
   */
  @Test
  void identicalInlineUnionsAreOneType() throws IOException {
    ApiModel model = build("""
        openapi: 3.0.3
        info: {title: Stripe, version: "1"}
        paths: {}
        components:
          schemas:
            File:
              type: object
              required: [id]
              properties: {id: {type: string}}
            Branding:
              type: object
              properties:
                icon:
                  description: An icon for the account.
                  anyOf: [{type: string, maxLength: 5000}, {$ref: '#/components/schemas/File'}]
                logo:
                  description: A logo for the account.
                  anyOf:
                    - {type: string, maxLength: 5000, description: The file's ID.}
                    - {$ref: '#/components/schemas/File'}
            Dispute:
              type: object
              properties:
                evidence_file:
                  nullable: true
                  anyOf: [{type: string, maxLength: 5000}, {$ref: '#/components/schemas/File'}]
                receipt:
                  anyOf: [{type: string, maxLength: 10}, {$ref: '#/components/schemas/File'}]
        """);

    TypeRef shared = new TypeRef.Named(TypeName.of("Icon"));
    RecordModel branding = (RecordModel) type(model, "Branding");
    assertThat(property(branding, "icon").type()).isEqualTo(shared);
    assertThat(property(branding, "logo").type()).isEqualTo(shared);
    // Each property keeps its own description and nullability.
    assertThat(property(branding, "logo").description()).isEqualTo("A logo for the account.");
    RecordModel dispute = (RecordModel) type(model, "Dispute");
    assertThat(property(dispute, "evidence_file").type()).isEqualTo(shared);
    assertThat(property(dispute, "evidence_file").nullable()).isTrue();
    assertThat(property(branding, "icon").nullable()).isFalse();
    // Another maxLength is another shape: used once, it stays nested.
    assertThat(property(dispute, "receipt").type())
        .isEqualTo(new TypeRef.Named(TypeName.of("Dispute").nested("Receipt")));
    UnionModel icon = (UnionModel) type(model, "Icon");
    assertThat(icon.variants()).hasSize(2);
    assertThat(branding.nested()).isEmpty();
    assertThat(names(model)).containsExactlyInAnyOrder("File", "Branding", "Dispute", "Icon");
  }

  /**
   * A shared type is not named after a two-letter word its occurrences share ({@code cancel_at},
   * {@code expires_at}: not {@code At}), but after its first occurrence.
   */
  @Test
  void sharedTypeIsNotNamedAfterATwoLetterWord() throws IOException {
    ApiModel model = build("""
        openapi: 3.0.3
        info: {title: Stripe, version: "1"}
        paths: {}
        components:
          schemas:
            Subscription:
              type: object
              properties:
                cancel_at:
                  anyOf: [{type: integer}, {type: string, enum: [""]}]
                expires_at:
                  anyOf: [{type: integer}, {type: string, enum: [""]}]
        """);

    RecordModel subscription = (RecordModel) type(model, "Subscription");
    TypeRef shared = new TypeRef.Named(TypeName.of("CancelAt"));
    assertThat(property(subscription, "cancel_at").type()).isEqualTo(shared);
    assertThat(property(subscription, "expires_at").type()).isEqualTo(shared);
  }
}
