package dev.paygen.runtime;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;

/** Small response models standing in for generated records. */
final class Models {
  private Models() {}

  record Session(
      @JsonProperty("session_id") String sessionId,
      @JsonProperty("checkout_url") String checkoutUrl) {}

  record CreateSession(
      @JsonProperty("product_cart") List<Item> productCart,
      @JsonProperty("return_url") String returnUrl) {}

  record Item(@JsonProperty("product_id") String productId, int quantity) {}

  enum Status {
    @JsonProperty("open")
    OPEN,
    @JsonProperty("complete")
    COMPLETE,
    @JsonProperty("expired")
    EXPIRED
  }

  enum IntentStatus {
    @JsonProperty("succeeded")
    SUCCEEDED,
    @JsonProperty("requires_capture")
    REQUIRES_CAPTURE,
    @JsonEnumDefaultValue
    UNKNOWN
  }

  record CheckoutSession(String id, Status status, OffsetDateTime created) {}

  record Payment(@JsonProperty("payment_id") String paymentId) {}

  record PaymentList(List<Payment> items) {}

  record DotsSession(String id) {}

  /** As a generated record validates: one statement per required or nested component. */
  record Charge(@JsonProperty("brand_id") String brandId, Long amount) implements Validatable {
    @Override
    public void validate(Validator validator) {
      validator.required("brand_id", brandId());
      validator.required("amount", amount());
    }
  }

  record ChargeList(List<Charge> items) implements Validatable {
    @Override
    public void validate(Validator validator) {
      validator.required("items", items());
    }
  }

  /** A counter: an {@code integer} of {@code format: int32} and one of {@code int64}. */
  record Counter(Integer small, Long big) {}

  record CounterList(List<Counter> items) {}

  record DotsList(@JsonProperty("has_more") boolean hasMore, List<DotsSession> data) {}
}
