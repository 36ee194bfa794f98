package com.example.shop;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/**
 * The shop's orders that Dodo says are paid, by order ID (sent as checkout metadata {@code order_id},
 * returned in the payment's metadata). In memory for the example; a real
 * shop marks its order paid in its database here (idempotently: Dodo retries a webhook until it gets a
 * 2xx, so the same payment can arrive twice).
 */
@Service
public class PaidOrders {
  private final Map<String, String> paymentByOrder = new ConcurrentHashMap<>();

  /**
   * Records a succeeded payment; recording the same one again changes nothing.
   *
   * @param orderId the shop's order ID
   * @param paymentId the payment's ID
   */
  public void paymentSucceeded(String orderId, String paymentId) {
    paymentByOrder.put(orderId, paymentId);
  }

  /**
   * The payment that paid an order, if one has.
   *
   * @param orderId the shop's order ID
   * @return the payment's ID, or empty while unpaid
   */
  public Optional<String> paymentFor(String orderId) {
    return Optional.ofNullable(paymentByOrder.get(orderId));
  }
}
