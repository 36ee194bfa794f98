package dev.paygen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paygen.generator.support.CompiledSpecs;
import dev.paygen.generator.support.Workspace;
import dev.paygen.runtime.ObjectMappers;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, items 1 and 2: allOf polymorphism as sealed types, implicit discriminators, inline unions
 * told apart like top-level ones, and deduction that never guesses. The fixture
 * ({@code unions/types-never-lose-data.yaml}) copies the real shapes it is named after.
 */
class TypesNeverLoseDataTest {
  private static final ObjectMapper MAPPER = ObjectMappers.create();
  private static final String MODEL = "com.acme.pay.model.";

  private static CompiledSpecs.Compiled compiled;

  @BeforeAll
  static void compile() {
    compiled = CompiledSpecs.compiled(
        Path.of("src/test/resources/unions/types-never-lose-data.yaml"), "com.acme.pay");
  }

  @Test
  void allOfPolymorphismReadKeepsTheCardNumber() throws Exception {
    String json = "{\"source\":{\"type\":\"card\",\"number\":\"4242424242424242\","
        + "\"expiry_month\":12,\"expiry_year\":2030},\"amount\":1500}";

    Object request = MAPPER.readValue(json, type("PaymentRequest"));
    Object source = call(request, "source");

    assertThat(type("PaymentRequestSource").isInterface()).isTrue();
    assertThat(source).isInstanceOf(type("PaymentRequestCardSource"));
    assertThat(call(source, "number")).isEqualTo("4242424242424242");
    assertThat(call(source, "type")).isEqualTo("card");
    assertThat(MAPPER.readTree(MAPPER.writeValueAsString(request)))
        .isEqualTo(MAPPER.readTree(json));
  }

  @Test
  void allOfPolymorphismWriteKeepsTheCardNumberAndPresetsTheDiscriminator() throws Exception {
    Object card = build(
        "PaymentRequestCardSource",
        "number",
        "4242424242424242",
        "expiryMonth",
        12,
        "expiryYear",
        2030);
    Object request = type("PaymentRequest").getConstructors()[0].getParameterCount() == 2
        ? type("PaymentRequest").getConstructors()[0].newInstance(card, 1500L)
        : type("PaymentRequest").getConstructors()[1].newInstance(card, 1500L);

    JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(request));

    assertThat(written.at("/source/type").asText()).isEqualTo("card");
    assertThat(written.at("/source/number").asText()).isEqualTo("4242424242424242");
    assertThat(written.at("/source/expiry_year").asInt()).isEqualTo(2030);
  }

  @Test
  void aListOfPolymorphicItemsKeepsEachSubtype() throws Exception {
    String json = "{\"id\":\"cus_1\",\"instruments\":["
        + "{\"type\":\"card\",\"id\":\"src_1\",\"last4\":\"4242\",\"expiry_year\":2030},"
        + "{\"type\":\"bank_account\",\"id\":\"src_2\",\"iban\":\"DE89370400440532013000\"}]}";

    Object response = MAPPER.readValue(json, type("RetrieveCustomerResponse"));
    List<?> instruments = (List<?>) call(response, "instruments");

    assertThat(instruments.get(0)).isInstanceOf(type("Card"));
    assertThat(instruments.get(1)).isInstanceOf(type("BankAccount"));
    assertThat(call(instruments.get(1), "iban")).isEqualTo("DE89370400440532013000");
    // the parent's properties every subtype has are declared on the sealed interface
    assertThat(type("Instrument").getMethod("id").invoke(instruments.get(0))).isEqualTo("src_1");
    assertThat(MAPPER.readTree(MAPPER.writeValueAsString(response)))
        .isEqualTo(MAPPER.readTree(json));
  }

  @Test
  void aMultiLevelHierarchyLosesNoData() throws Exception {
    String json = "{\"animals\":[{\"kind\":\"dog\",\"name\":\"Rex\",\"breed\":\"collie\"},"
        + "{\"kind\":\"Puppy\",\"name\":\"Bit\",\"breed\":\"pug\",\"weeks\":9}]}";

    Object kennel = MAPPER.readValue(json, type("Kennel"));
    List<?> animals = (List<?>) call(kennel, "animals");

    assertThat(animals.get(0)).isInstanceOf(type("Dog"));
    assertThat(animals.get(1)).isInstanceOf(type("Puppy"));
    assertThat(call(animals.get(1), "weeks")).isEqualTo(9);
    assertThat(MAPPER.readTree(MAPPER.writeValueAsString(kennel))).isEqualTo(MAPPER.readTree(json));
  }

  @Test
  void anUnknownSubtypeKeepsItsJsonAndAnswersTheSharedAccessors() throws Exception {
    String json = "{\"type\":\"crypto_wallet\",\"id\":\"src_9\",\"address\":\"0xabc\"}";

    Object instrument = MAPPER.readValue(json, type("Instrument"));

    assertThat(instrument.getClass().getName()).isEqualTo(MODEL + "Instrument$Unknown");
    assertThat(type("Instrument").getMethod("type").invoke(instrument)).isEqualTo("crypto_wallet");
    assertThat(MAPPER.writeValueAsString(instrument)).isEqualTo(json);
  }

  @Test
  void implicitDiscriminatorReadsEachPriceByItsType() throws Exception {
    Object recurring = MAPPER.readValue(
        "{\"type\":\"recurring_price\",\"price\":1500,\"currency\":\"USD\","
            + "\"payment_frequency_interval\":\"Month\"}",
        type("Price"));
    Object oneTime = MAPPER.readValue(
        "{\"type\":\"one_time_price\",\"price\":1500,\"currency\":\"USD\"}", type("Price"));

    assertThat(recurring).isInstanceOf(type("Price$Recurring"));
    assertThat(oneTime).isInstanceOf(type("Price$OneTime"));
  }

  @Test
  void implicitDiscriminatorNeverReadsARecurringPriceAsOneTimePrice() throws Exception {
    // Dodo's case: a recurring price missing one recurring-only field matched OneTimePrice by
    // deduction. Its tag says what it is: it reads (leniently) as the recurring price, validate()
    // names the missing field, and it is written back as read.
    String json = "{\"type\":\"recurring_price\",\"price\":1500,\"currency\":\"USD\"}";

    Object price = MAPPER.readValue(json, type("Price"));

    assertThat(price).isNotInstanceOf(type("Price$OneTime"));
    assertThat(price.getClass().getName()).isEqualTo(MODEL + "Price$Recurring");
    assertThat(((dev.paygen.runtime.Validatable) price).validate())
        .extracting(dev.paygen.runtime.Violation::path)
        .containsExactly("$.payment_frequency_interval");
    assertThat((Object) MAPPER.valueToTree(price)).isEqualTo(MAPPER.readTree(json));
  }

  @Test
  void inlineUnionKeepsItsDiscriminator() throws Exception {
    // Adyen's own threeDS2 action example read as CheckoutAwaitAction[type=UNKNOWN]
    String json = "{\"pspReference\":\"psp_1\",\"action\":{\"type\":\"threeDS2\","
        + "\"subtype\":\"fingerprint\",\"token\":\"eyJ0\",\"paymentMethodType\":\"scheme\"}}";

    Object response = MAPPER.readValue(json, type("PaymentResponse"));
    Object action = call(response, "action");

    assertThat(action).isInstanceOf(type("PaymentResponse$Action$CheckoutThreeDS2ActionValue"));
    assertThat(call(call(action, "value"), "token")).isEqualTo("eyJ0");
    assertThat(MAPPER.readTree(MAPPER.writeValueAsString(response)))
        .isEqualTo(MAPPER.readTree(json));
  }

  @Test
  void ambiguousDeductionIsUnknownNeverAGuessedVariant() throws Exception {
    // EmailContact and PhoneContact both require only id: {"id"} could be either
    Object contact = MAPPER.readValue("{\"id\":\"c_1\"}", type("Contact"));
    Object email = MAPPER.readValue("{\"id\":\"c_1\",\"email\":\"a@b.c\"}", type("Contact"));

    assertThat(contact.getClass().getName()).isEqualTo(MODEL + "Contact$Unknown");
    assertThat(MAPPER.writeValueAsString(contact)).isEqualTo("{\"id\":\"c_1\"}");
    assertThat(email).isInstanceOf(type("EmailContact"));
  }

  @Test
  void adyenWebhookSettingsKeepTheirConditions() throws Exception {
    // Adyen Balance Platform's own example: WebhookSetting had collapsed to the parent's fields
    Path spec = Workspace.realSpecsFolder().resolve("adyen-balanceplatform-v2.json");
    CompiledSpecs.Compiled adyen = CompiledSpecs.compiled(spec, "com.acme.adyen");
    JsonNode example = MAPPER
        .readTree(spec.toFile())
        .at("/paths/~1balancePlatforms~1{balancePlatformId}~1webhooks~1{webhookId}~1settings/get"
            + "/responses/200/content/application~1json/examples/get-webhook-settings-200/value");

    Object settings =
        MAPPER.treeToValue(example, adyen.load("com.acme.adyen.model.WebhookSettings"));
    Object first = ((List<?>) call(settings, "webhookSettings")).get(0);

    assertThat(first).isInstanceOf(adyen.load("com.acme.adyen.model.BalanceWebhookSetting"));
    assertThat((List<?>) call(first, "conditions")).hasSize(1);
    assertThat(MAPPER.readTree(MAPPER.writeValueAsString(settings))).isEqualTo(example);
  }

  private static Class<?> type(String name) {
    return compiled.load(MODEL + name);
  }

  private static Object call(Object target, String accessor) throws ReflectiveOperationException {
    return target.getClass().getMethod(accessor).invoke(target);
  }

  /** Builds a generated record through its builder: setter name, value, setter name, value... */
  private static Object build(String record, Object... setters)
      throws ReflectiveOperationException {
    Object builder = type(record).getMethod("builder").invoke(null);
    for (int i = 0; i < setters.length; i += 2) {
      Method setter = null;
      for (Method m : builder.getClass().getMethods()) {
        if (m.getName().equals(setters[i]) && m.getParameterCount() == 1) {
          setter = m;
        }
      }
      assertThat(setter).as("setter %s of %s", setters[i], record).isNotNull();
      setter.invoke(builder, setters[i + 1]);
    }
    return builder.getClass().getMethod("build").invoke(builder);
  }

  @Test
  void aDiscriminatorWithoutMappingReadsTheValueTheSubtypePinsNotItsSchemaName() throws Exception {
    // Spotify's item: type "track" in TrackObject; the value was taken to be "TrackObject", so
    // every
    // track read as Unknown.
    String json = "{\"name\":\"Hey Jude\",\"type\":\"track\"}";

    Object top = MAPPER.readValue(json, type("Playable"));
    Object inline = MAPPER.readValue("{\"item\":" + json + "}", type("Playing"));

    assertThat(top).isInstanceOf(type("TrackObject"));
    assertThat(inline.toString()).contains("TrackObject[name=Hey Jude");
    assertThat((Object) MAPPER.valueToTree(top)).isEqualTo(MAPPER.readTree(json));
  }
}
