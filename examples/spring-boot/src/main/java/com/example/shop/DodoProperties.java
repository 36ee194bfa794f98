package com.example.shop;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code dodo.*} settings from {@code application.yml}, which takes the secrets from the
 * environment ({@code DODO_PAYMENTS_API_KEY}, {@code DODO_PAYMENTS_WEBHOOK_KEY}).
 *
 * @param apiKey the Dodo Payments API key, sent as a bearer token
 * @param baseUrl the API's base URL: {@code https://test.dodopayments.com} or
 *     {@code https://live.dodopayments.com}
 * @param webhookSecret the webhook endpoint's signing secret ({@code whsec_...}) from the Dodo dashboard
 */
@ConfigurationProperties("dodo")
public record DodoProperties(String apiKey, String baseUrl, String webhookSecret) {
  /** Fails the start-up, naming the setting, rather than the first payment. */
  public DodoProperties {
    require("dodo.api-key", "DODO_PAYMENTS_API_KEY", apiKey);
    require("dodo.base-url", "DODO_PAYMENTS_BASE_URL", baseUrl);
    require("dodo.webhook-secret", "DODO_PAYMENTS_WEBHOOK_KEY", webhookSecret);
  }

  private static void require(String property, String variable, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(property + " is not set: set the environment variable "
          + variable + " (or the property)");
    }
  }
}
