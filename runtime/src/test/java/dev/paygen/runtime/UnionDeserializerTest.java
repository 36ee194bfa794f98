package dev.paygen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Sealed unions as the generator emits them: records, a nested deserializer, an unknown variant. */
// Generated unions nest an Unknown per union and may name a variant Number: the fixtures keep that
// shape.
@SuppressWarnings({"SameNameButDifferent", "JavaLangClash"})
class UnionDeserializerTest {
  private final ObjectMapper mapper = ObjectMappers.create();

  @JsonDeserialize(using = CustomerRequest.Deserializer.class)
  sealed interface CustomerRequest {
    record AttachExisting(@JsonProperty("customer_id") String customerId)
        implements CustomerRequest {
      public AttachExisting {
        Objects.requireNonNull(customerId, "`customer_id` is required, but was not set");
      }
    }

    record NewCustomer(
        String email,
        String name,
        @JsonProperty("phone_number") String phoneNumber) implements CustomerRequest {
      public NewCustomer {
        Objects.requireNonNull(email, "`email` is required, but was not set");
      }
    }

    record Unknown(@JsonValue JsonNode json) implements CustomerRequest {}

    final class Deserializer extends UnionDeserializer<CustomerRequest> {
      private static final long serialVersionUID = 1L;

      Deserializer() {
        super(
            CustomerRequest.class,
            null,
            List.of(
                UnionVariant.object(
                    AttachExisting.class, Set.of(), Set.of("customer_id"), Set.of("customer_id")),
                UnionVariant.object(
                    NewCustomer.class,
                    Set.of(),
                    Set.of("email"),
                    Set.of("email", "name", "phone_number"))),
            Unknown::new);
      }
    }
  }

  @JsonDeserialize(using = Event.Deserializer.class)
  sealed interface Event {
    record PaymentEvent(
        String type, @JsonProperty("payment_id") String paymentId) implements Event {}

    record RefundEvent(
        String type, @JsonProperty("refund_id") String refundId) implements Event {}

    record Unknown(@JsonValue JsonNode json) implements Event {}

    final class Deserializer extends UnionDeserializer<Event> {
      private static final long serialVersionUID = 1L;

      Deserializer() {
        super(
            Event.class,
            "type",
            List.of(
                UnionVariant.object(
                    PaymentEvent.class,
                    Set.of("payment.succeeded", "payment.failed"),
                    Set.of("type"),
                    Set.of("type", "payment_id")),
                UnionVariant.object(
                    RefundEvent.class,
                    Set.of("refund.succeeded"),
                    Set.of("type"),
                    Set.of("type", "refund_id"))),
            Unknown::new);
      }
    }
  }

  @JsonDeserialize(using = Source.Deserializer.class)
  sealed interface Source {
    record Card(String id, String number) implements Source {
      public Card {
        Objects.requireNonNull(id, "`id` is required, but was not set");
      }
    }

    record Wallet(String id, String wallet) implements Source {
      public Wallet {
        Objects.requireNonNull(id, "`id` is required, but was not set");
      }
    }

    record Unknown(@JsonValue JsonNode json) implements Source {}

    final class Deserializer extends UnionDeserializer<Source> {
      private static final long serialVersionUID = 1L;

      Deserializer() {
        super(
            Source.class,
            null,
            List.of(
                UnionVariant.object(Card.class, Set.of(), Set.of("id"), Set.of("id", "number")),
                UnionVariant.closedObject(
                    Wallet.class, Set.of(), Set.of("id"), Set.of("id", "wallet"))),
            Unknown::new);
      }
    }
  }

  /** A union of scalars and overlapping objects: string | number | Small | Big. */
  @JsonDeserialize(using = Value.Deserializer.class)
  sealed interface Value {
    record Text(@JsonValue String value) implements Value {
      @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
      public Text {}
    }

    record Number(@JsonValue long value) implements Value {
      @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
      public Number {}
    }

    record Small(String id) implements Value {}

    record Big(String id, String name, String email) implements Value {}

    record Strict(String id, String name, String email, String extra) implements Value {
      public Strict {
        if (!"yes".equals(extra)) {
          throw new IllegalArgumentException("extra must be yes");
        }
      }
    }

    final class Deserializer extends UnionDeserializer<Value> {
      private static final long serialVersionUID = 1L;

      Deserializer() {
        super(
            Value.class,
            null,
            List.of(
                UnionVariant.scalar(Text.class, JsonNodeType.STRING),
                UnionVariant.scalar(Number.class, JsonNodeType.NUMBER),
                UnionVariant.object(Small.class, Set.of(), Set.of("id"), Set.of("id")),
                UnionVariant.object(
                    Strict.class, Set.of(), Set.of("id"), Set.of("id", "name", "email", "extra")),
                UnionVariant.object(
                    Big.class, Set.of(), Set.of("id"), Set.of("id", "name", "email"))),
            null);
      }
    }
  }

  @Test
  void deducesTheVariantFromRequiredProperties() throws Exception {
    assertThat(mapper.readValue("{\"customer_id\":\"cus_1\"}", CustomerRequest.class))
        .isEqualTo(new CustomerRequest.AttachExisting("cus_1"));
    assertThat(mapper.readValue("{\"email\":\"a@b.c\",\"name\":\"A\"}", CustomerRequest.class))
        .isEqualTo(new CustomerRequest.NewCustomer("a@b.c", "A", null));
  }

  @Test
  void unmatchedJsonBecomesTheUnknownVariantKeepingTheRawJson() throws Exception {
    CustomerRequest r = mapper.readValue("{\"guest\":true}", CustomerRequest.class);

    assertThat(r).isInstanceOf(CustomerRequest.Unknown.class);
    assertThat(((CustomerRequest.Unknown) r).json().get("guest").asBoolean()).isTrue();
    assertThat(mapper.writeValueAsString(r)).isEqualTo("{\"guest\":true}");
  }

  @Test
  void variantWhoseConstructorRejectsTheJsonIsSkipped() throws Exception {
    // customer_id present but null: AttachExisting's constructor throws, so NewCustomer is tried
    CustomerRequest r =
        mapper.readValue("{\"customer_id\":null,\"email\":\"x@y.z\"}", CustomerRequest.class);

    assertThat(r).isEqualTo(new CustomerRequest.NewCustomer("x@y.z", null, null));
  }

  @Test
  void discriminatorSelectsTheVariantListingTheValue() throws Exception {
    assertThat(
            mapper.readValue("{\"type\":\"payment.failed\",\"payment_id\":\"pay_1\"}", Event.class))
        .isEqualTo(new Event.PaymentEvent("payment.failed", "pay_1"));
    assertThat(mapper.readValue(
            "{\"type\":\"refund.succeeded\",\"refund_id\":\"ref_1\"}", Event.class))
        .isEqualTo(new Event.RefundEvent("refund.succeeded", "ref_1"));
  }

  @Test
  void unknownDiscriminatorValueBecomesTheUnknownVariant() throws Exception {
    Event e = mapper.readValue("{\"type\":\"dispute.opened\",\"dispute_id\":\"d\"}", Event.class);

    assertThat(e).isInstanceOf(Event.Unknown.class);
    assertThat(((Event.Unknown) e).json().get("dispute_id").asText()).isEqualTo("d");
  }

  @Test
  void scalarsAreChosenByJsonKind() throws Exception {
    assertThat(mapper.readValue("\"abc\"", Value.class)).isEqualTo(new Value.Text("abc"));
    assertThat(mapper.readValue("42", Value.class)).isEqualTo(new Value.Number(42));
    assertThat(mapper.writeValueAsString(new Value.Text("abc"))).isEqualTo("\"abc\"");
  }

  @Test
  void theVariantDeclaringEveryPropertyPresentIsChosenAndFailuresFallThrough() throws Exception {
    // Strict alone declares "extra": it is the one exact candidate
    assertThat(mapper.readValue("{\"id\":\"1\",\"name\":\"n\",\"extra\":\"yes\"}", Value.class))
        .isEqualTo(new Value.Strict("1", "n", null, "yes"));
    // Big and Strict declare name and email; Strict rejects the value, so Big is the one that reads
    assertThat(mapper.readValue("{\"id\":\"1\",\"name\":\"n\",\"email\":\"e\"}", Value.class))
        .isEqualTo(new Value.Big("1", "n", "e"));
  }

  @Test
  void ambiguousDeductionIsUnknownNeverAGuess() throws Exception {
    // Card and Wallet both require only "id": {"id"} could be either, so it is neither
    Source s = mapper.readValue("{\"id\":\"src_1\"}", Source.class);

    assertThat(s).isInstanceOf(Source.Unknown.class);
    assertThat(mapper.writeValueAsString(s)).isEqualTo("{\"id\":\"src_1\"}");
    assertThat(mapper.readValue("{\"id\":\"src_1\",\"number\":\"4242\"}", Source.class))
        .isEqualTo(new Source.Card("src_1", "4242"));
  }

  @Test
  void ambiguousDeductionWithoutAnUnknownVariantIsAClearError() {
    assertThatThrownBy(() -> mapper.readValue("{\"id\":\"1\"}", Value.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Cannot read Value: 2 variants match");
  }

  @Test
  void aClosedVariantNeverTakesJsonWithAPropertyItDoesNotDeclare() throws Exception {
    // Wallet forbids other properties: {"id","number","extra"} is not a Wallet, and Card reads it
    assertThat(mapper.readValue("{\"id\":\"w\",\"number\":\"1\",\"extra\":true}", Source.class))
        .isEqualTo(new Source.Card("w", "1"));
  }

  @Test
  void aTaggedVariantThatCannotReadIsUnknownNeverAnotherVariant() throws Exception {
    Event e = mapper.readValue(
        "{\"type\":\"payment.failed\",\"payment_id\":{\"nested\":1}}", Event.class);

    assertThat(e).isInstanceOf(Event.Unknown.class);
  }

  @Test
  void anUnknownVariantsPropertyReadsAsTheSharedAccessorsType() throws Exception {
    JsonNode json = mapper.readTree("{\"type\":\"crypto\",\"amounts\":[1,2]}");

    assertThat(UnionDeserializer.property(json, "amounts", new TypeReference<List<Long>>() {}))
        .containsExactly(1L, 2L);
    assertThat(UnionDeserializer.property(json, "missing", new TypeReference<String>() {}))
        .isNull();
  }

  @Test
  void withoutAnUnknownVariantUnmatchedJsonIsAClearError() {
    assertThatThrownBy(() -> mapper.readValue("true", Value.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining(
            "Cannot read Value: no variant matches; expected one of [Text, Number, Small, Strict, Big]");
  }

  @Test
  void unionsInsideListsAndNullsWork() throws Exception {
    record Holder(List<CustomerRequest> customers, CustomerRequest single) {}

    Holder h = mapper.readValue(
        "{\"customers\":[{\"customer_id\":\"c\"},{\"email\":\"e\"}],\"single\":null}",
        Holder.class);

    assertThat(h.customers())
        .containsExactly(
            new CustomerRequest.AttachExisting("c"),
            new CustomerRequest.NewCustomer("e", null, null));
    assertThat(h.single()).isNull();
  }

  @JsonDeserialize(using = Amount.Deserializer.class)
  sealed interface Amount {
    record Minor(@JsonProperty("value") Long value) implements Amount {}

    record Formatted(@JsonProperty("value") List<String> value) implements Amount {}

    record Unknown(@JsonValue JsonNode json) implements Amount {}

    final class Deserializer extends UnionDeserializer<Amount> {
      private static final long serialVersionUID = 1L;

      Deserializer() {
        super(
            Amount.class,
            null,
            List.of(
                UnionVariant.object(Minor.class, Set.of(), Set.of("value"), Set.of("value")),
                UnionVariant.object(Formatted.class, Set.of(), Set.of("value"), Set.of("value"))),
            Unknown::new);
      }
    }
  }

  @Test
  void underTheLenientMapperAVariantThatCannotHoldAValueNeverReadsItAsNull() throws Exception {
    // ObjectMappers.create() reads a wrong-typed field as null; tried as a variant, Formatted would
    // then "read" {"value": 1500} as Formatted[value=null] and make the answer ambiguous (Unknown),
    // or win where it is the only other candidate: 1500 would be lost.
    assertThat(mapper.readValue("{\"value\":1500}", Amount.class))
        .isEqualTo(new Amount.Minor(1500L));
    assertThat(mapper.readValue("{\"value\":[\"15.00\"]}", Amount.class))
        .isEqualTo(new Amount.Formatted(List.of("15.00")));
  }

  /** Dodo's FilterType: a list of conditions or a list of nested filters. */
  @JsonDeserialize(using = Filter.Deserializer.class)
  sealed interface Filter {
    record Condition(String key, String value) implements Validatable {
      @Override
      public void validate(Validator validator) {
        validator.required("key", key());
      }
    }

    record Group(List<String> clauses) implements Validatable {
      @Override
      public void validate(Validator validator) {
        validator.required("clauses", clauses());
      }
    }

    record Conditions(@JsonValue List<Condition> value) implements Filter, Validatable {
      @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
      public Conditions {}

      @Override
      public void validate(Validator validator) {
        validator.wrapped(value);
      }
    }

    record Groups(@JsonValue List<Group> value) implements Filter, Validatable {
      @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
      public Groups {}

      @Override
      public void validate(Validator validator) {
        validator.wrapped(value);
      }
    }

    record Unknown(@JsonValue JsonNode json) implements Filter {}

    final class Deserializer extends UnionDeserializer<Filter> {
      private static final long serialVersionUID = 1L;

      Deserializer() {
        super(
            Filter.class,
            null,
            List.of(
                UnionVariant.scalar(Conditions.class, JsonNodeType.ARRAY),
                UnionVariant.scalar(Groups.class, JsonNodeType.ARRAY)),
            Unknown::new);
      }
    }
  }

  @Test
  void deductionNeverTakesAVariantLackingARequiredValueThoughRecordsReadLeniently()
      throws Exception {
    // Records check nothing when read, so both lists "read" any array of objects; only the one
    // whose items have what their schema requires may win.
    assertThat(mapper.readValue("[{\"key\":\"region\",\"value\":\"eu\"}]", Filter.class))
        .isEqualTo(new Filter.Conditions(List.of(new Filter.Condition("region", "eu"))));
    assertThat(mapper.readValue("[{\"clauses\":[\"a\"]}]", Filter.class))
        .isEqualTo(new Filter.Groups(List.of(new Filter.Group(List.of("a")))));
  }

  /** Dodo's EventMetadataValue: oneOf [string, integer, number, boolean]. */
  @JsonDeserialize(using = Metadata.Deserializer.class)
  sealed interface Metadata {
    record StringValue(@JsonValue String value) implements Metadata {
      @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
      public StringValue {}
    }

    record IntegerValue(@JsonValue Long value) implements Metadata {
      @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
      public IntegerValue {}
    }

    record NumberValue(@JsonValue BigDecimal value) implements Metadata {
      @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
      public NumberValue {}
    }

    record BooleanValue(@JsonValue Boolean value) implements Metadata {
      @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
      public BooleanValue {}
    }

    record Unknown(@JsonValue JsonNode json) implements Metadata {}

    final class Deserializer extends UnionDeserializer<Metadata> {
      private static final long serialVersionUID = 1L;

      Deserializer() {
        super(
            Metadata.class,
            null,
            List.of(
                UnionVariant.scalar(StringValue.class, JsonNodeType.STRING),
                UnionVariant.integer(IntegerValue.class),
                UnionVariant.scalar(NumberValue.class, JsonNodeType.NUMBER),
                UnionVariant.scalar(BooleanValue.class, JsonNodeType.BOOLEAN)),
            Unknown::new);
      }
    }
  }

  /** oneOf [integer] alone: a number with a fraction is never truncated into it. */
  @JsonDeserialize(using = Count.Deserializer.class)
  sealed interface Count {
    record IntegerValue(@JsonValue Long value) implements Count {
      @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
      public IntegerValue {}
    }

    record Unknown(@JsonValue JsonNode json) implements Count {}

    final class Deserializer extends UnionDeserializer<Count> {
      private static final long serialVersionUID = 1L;

      Deserializer() {
        super(Count.class, null, List.of(UnionVariant.integer(IntegerValue.class)), Unknown::new);
      }
    }
  }

  @Test
  void anIntegralNumberIsTheIntegerVariantAFloatTheNumberVariantAStringTheString()
      throws Exception {
    assertThat(mapper.readValue("5", Metadata.class)).isEqualTo(new Metadata.IntegerValue(5L));
    assertThat(mapper.readValue("1.5", Metadata.class))
        .isEqualTo(new Metadata.NumberValue(new BigDecimal("1.5")));
    assertThat(mapper.readValue("5.0", Metadata.class))
        .isEqualTo(new Metadata.NumberValue(new BigDecimal("5.0")));
    assertThat(mapper.readValue("\"x\"", Metadata.class)).isEqualTo(new Metadata.StringValue("x"));
    assertThat(mapper.readValue("true", Metadata.class)).isEqualTo(new Metadata.BooleanValue(true));
    // too big for a long: only the number holds it
    assertThat(mapper.readValue("123456789012345678901234567890", Metadata.class))
        .isEqualTo(new Metadata.NumberValue(new BigDecimal("123456789012345678901234567890")));
  }

  @Test
  void aFloatIsNeverTruncatedIntoTheIntegerVariant() throws Exception {
    assertThat(mapper.readValue("7", Count.class)).isEqualTo(new Count.IntegerValue(7L));
    Count read = mapper.readValue("1.5", Count.class);
    assertThat(read).isInstanceOf(Count.Unknown.class);
    assertThat(mapper.writeValueAsString(read)).isEqualTo("1.5");
  }

  /** A generated open enum: keeps any wire value. */
  static final class Status {
    private final String value;

    private Status(String value) {
      this.value = value;
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Status of(String value) {
      return new Status(value);
    }

    @JsonValue
    String value() {
      return value;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Status other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
      return value.hashCode();
    }
  }

  /** The open-enum pattern, oneOf [string, Status], plus a second enum and a date-time. */
  @JsonDeserialize(using = State.Deserializer.class)
  sealed interface State {
    record StringValue(@JsonValue String value) implements State {
      @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
      public StringValue {}
    }

    record StatusValue(@JsonValue Status value) implements State {
      @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
      public StatusValue {}
    }

    record Unknown(@JsonValue JsonNode json) implements State {}

    final class Deserializer extends UnionDeserializer<State> {
      private static final long serialVersionUID = 1L;

      Deserializer() {
        super(
            State.class,
            null,
            List.of(
                UnionVariant.scalar(StringValue.class, JsonNodeType.STRING),
                UnionVariant.enumeration(
                    StatusValue.class, JsonNodeType.STRING, Set.of("active", "closed"))),
            Unknown::new);
      }
    }
  }

  /** Enums only: oneOf [Status, Status (other values)]. */
  @JsonDeserialize(using = Statuses.Deserializer.class)
  sealed interface Statuses {
    record Account(@JsonValue Status value) implements Statuses {
      @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
      public Account {}
    }

    record Card(@JsonValue Status value) implements Statuses {
      @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
      public Card {}
    }

    record Unknown(@JsonValue JsonNode json) implements Statuses {}

    final class Deserializer extends UnionDeserializer<Statuses> {
      private static final long serialVersionUID = 1L;

      Deserializer() {
        super(
            Statuses.class,
            null,
            List.of(
                UnionVariant.enumeration(Account.class, JsonNodeType.STRING, Set.of("active")),
                UnionVariant.enumeration(Card.class, JsonNodeType.STRING, Set.of("frozen"))),
            Unknown::new);
      }
    }
  }

  /** One enum only: oneOf [Status]. */
  @JsonDeserialize(using = OneStatus.Deserializer.class)
  sealed interface OneStatus {
    record StatusValue(@JsonValue Status value) implements OneStatus {
      @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
      public StatusValue {}
    }

    record Unknown(@JsonValue JsonNode json) implements OneStatus {}

    final class Deserializer extends UnionDeserializer<OneStatus> {
      private static final long serialVersionUID = 1L;

      Deserializer() {
        super(
            OneStatus.class,
            null,
            List.of(
                UnionVariant.enumeration(StatusValue.class, JsonNodeType.STRING, Set.of("active"))),
            Unknown::new);
      }
    }
  }

  @Test
  void aListedEnumValueIsTheEnumAnUnlistedOneBesideAStringIsTheString() throws Exception {
    assertThat(mapper.readValue("\"active\"", State.class))
        .isEqualTo(new State.StatusValue(Status.of("active")));
    assertThat(mapper.readValue("\"pending\"", State.class))
        .isEqualTo(new State.StringValue("pending"));
  }

  @Test
  void withEnumsOnlyAnUnlistedValueIsTheOneEnumOpenlyOrUnknownAmongSeveral() throws Exception {
    assertThat(mapper.readValue("\"paused\"", OneStatus.class))
        .isEqualTo(new OneStatus.StatusValue(Status.of("paused")));
    assertThat(mapper.readValue("\"frozen\"", Statuses.class))
        .isEqualTo(new Statuses.Card(Status.of("frozen")));
    Statuses unlisted = mapper.readValue("\"paused\"", Statuses.class);
    assertThat(unlisted).isInstanceOf(Statuses.Unknown.class);
    assertThat(mapper.writeValueAsString(unlisted)).isEqualTo("\"paused\"");
  }

  /** oneOf [{type: string, format: date-time}, {type: string}]. */
  @JsonDeserialize(using = When.Deserializer.class)
  sealed interface When {
    record DateTimeValue(@JsonValue OffsetDateTime value) implements When {
      @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
      public DateTimeValue {}
    }

    record StringValue(@JsonValue String value) implements When {
      @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
      public StringValue {}
    }

    record Unknown(@JsonValue JsonNode json) implements When {}

    final class Deserializer extends UnionDeserializer<When> {
      private static final long serialVersionUID = 1L;

      Deserializer() {
        super(
            When.class,
            null,
            List.of(
                UnionVariant.formatted(DateTimeValue.class),
                UnionVariant.scalar(StringValue.class, JsonNodeType.STRING)),
            Unknown::new);
      }
    }
  }

  @Test
  void aFormattedStringIsTheFormattedVariantAnyOtherStringThePlainString() throws Exception {
    assertThat(mapper.readValue("\"2026-11-30T14:27:24Z\"", When.class))
        .isEqualTo(new When.DateTimeValue(OffsetDateTime.parse("2026-11-30T14:27:24Z")));
    assertThat(mapper.readValue("\"tomorrow\"", When.class))
        .isEqualTo(new When.StringValue("tomorrow"));
  }
}
