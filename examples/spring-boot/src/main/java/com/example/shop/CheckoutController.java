package com.example.shop;

import com.example.shop.dodo.DodoPaymentsClient;
import com.example.shop.dodo.model.CreateCheckoutSessionRequest;
import com.example.shop.dodo.model.CreateSessionResponse;
import com.example.shop.dodo.model.ProductItemReq;
import dev.paygen.runtime.PaygenException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Starts a payment: creates a Dodo checkout session and hands its hosted page's URL to the browser. */
@RestController
public class CheckoutController {
  private final DodoPaymentsClient dodo;

  CheckoutController(DodoPaymentsClient dodo) {
    this.dodo = dodo;
  }

  /**
   * What the shop's front end posts to {@code /checkout}.
   *
   * @param orderId the shop's order ID, sent as metadata {@code order_id} and returned in the webhook
   * @param productId the Dodo product ID
   * @param quantity how many
   * @param returnUrl where Dodo sends the customer after paying, or null for the dashboard's default
   */
  public record CheckoutRequest(
      String orderId,
      String productId,
      int quantity,
      @Nullable String returnUrl) {
    /** Refuses a request without order or product: Spring answers 400. */
    public CheckoutRequest {
      if (orderId == null || productId == null || quantity < 1) {
        throw new IllegalArgumentException(
            "orderId, productId and a quantity of 1 or more are required");
      }
    }
  }

  /**
   * What {@code /checkout} answers.
   *
   * @param sessionId the checkout session's ID
   * @param checkoutUrl the hosted checkout page to redirect the customer to
   */
  public record CheckoutResponse(String sessionId, @Nullable String checkoutUrl) {}

  /**
   * Creates the checkout session through the generated client.
   *
   * @param request the order to pay
   * @return the session's ID and URL
   */
  @PostMapping("/checkout")
  public CheckoutResponse checkout(@RequestBody CheckoutRequest request) {
    CreateSessionResponse session = dodo.checkoutSessions()
        .create(CreateCheckoutSessionRequest.builder()
            .addProductCart(ProductItemReq.builder()
                .productId(request.productId())
                .quantity(request.quantity())
                .build())
            .putMetadata("order_id", request.orderId())
            .returnUrl(request.returnUrl())
            .build());
    return new CheckoutResponse(session.sessionId(), session.checkoutUrl());
  }

  /**
   * Dodo refused the call or could not be reached (the client has already retried what is safe to
   * retry): the shop's caller gets a 502 with the reason, never the API key.
   *
   * @param e what the client threw ({@code ApiException} with the status and Dodo's error, or a
   *     connection or timeout failure)
   * @return a problem detail
   */
  @ExceptionHandler(PaygenException.class)
  ProblemDetail dodoFailed(PaygenException e) {
    return ProblemDetail.forStatusAndDetail(
        HttpStatus.BAD_GATEWAY, "Dodo Payments: " + e.getMessage());
  }
}
