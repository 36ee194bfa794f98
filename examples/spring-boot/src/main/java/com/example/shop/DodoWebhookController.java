package com.example.shop;

import com.example.shop.dodo.DodoPaymentsClient;
import com.example.shop.dodo.DodoPaymentsWebhooks;
import com.example.shop.dodo.model.PaymentWebhookData;
import dev.paygen.runtime.WebhookPayloadException;
import dev.paygen.runtime.WebhookVerificationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Receives Dodo's webhooks: verifies the Standard Webhooks signature ({@code webhook-id},
 * {@code webhook-timestamp}, {@code webhook-signature}) against {@code dodo.webhook-secret}, then acts
 * on the typed event.
 */
@RestController
public class DodoWebhookController {
  private static final Logger log = LoggerFactory.getLogger(DodoWebhookController.class);

  private final DodoPaymentsWebhooks webhooks;
  private final PaidOrders paidOrders;

  DodoWebhookController(DodoPaymentsClient dodo, PaidOrders paidOrders) {
    this.webhooks = dodo.webhooks();
    this.paidOrders = paidOrders;
  }

  /**
   * Verifies and handles one delivery. The body is taken as the raw bytes: the signature is over them,
   * so nothing may parse and re-serialize it first.
   *
   * @param body the request body as sent
   * @param headers every request header (Spring 7's {@code HttpHeaders} is no longer a {@code Map})
   * @return 204 once handled; Dodo retries anything but a 2xx
   */
  @PostMapping("/webhooks/dodo")
  public ResponseEntity<Void> receive(
      @RequestBody byte[] body, @RequestHeader MultiValueMap<String, String> headers) {
    DodoPaymentsWebhooks.Event event = webhooks.unwrap(body, headers);
    if (event instanceof DodoPaymentsWebhooks.PaymentSucceeded succeeded) {
      PaymentWebhookData payment = succeeded.payload().data();
      String orderId = payment.metadata().get("order_id");
      if (orderId == null) {
        log.warn("payment {} succeeded without an order_id in its metadata", payment.paymentId());
      } else {
        paidOrders.paymentSucceeded(orderId, payment.paymentId());
      }
    }
    // Other event types (payment.failed, refunds, ...) are acknowledged and ignored here.
    return ResponseEntity.noContent().build();
  }

  /**
   * Not from Dodo, or not for this endpoint: a bad, stale or missing signature.
   *
   * @param e why it failed (names no secret)
   */
  @ExceptionHandler(WebhookVerificationException.class)
  @ResponseStatus(HttpStatus.UNAUTHORIZED)
  void badSignature(WebhookVerificationException e) {
    log.warn("rejected a webhook: {}", e.getMessage());
  }

  /**
   * Signed by Dodo, but not the JSON its event type promises: a 400, so it shows as failed in Dodo's
   * dashboard.
   *
   * @param e which event type and why
   */
  @ExceptionHandler(WebhookPayloadException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  void badPayload(WebhookPayloadException e) {
    log.warn("webhook {} did not bind: {}", e.eventType(), e.getMessage());
  }
}
