package com.example.shop;

import com.example.shop.dodo.DodoPaymentsClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The generated Dodo Payments client as a bean: one instance, thread-safe, shared by the whole app. */
@Configuration(proxyBeanMethods = false)
public class DodoConfiguration {
  /**
   * Builds the client from the {@code dodo.*} properties.
   *
   * @param properties the {@code dodo.*} settings
   * @return the client every controller and service injects
   */
  // TODO(w6-jackson3): take Boot's Jackson 3 mapper as a parameter
  // (tools.jackson.databind.json.JsonMapper
  // jsonMapper) and pass it with .jsonMapper(jsonMapper), so the client reads and writes JSON with
  // the
  // modules and settings the application configures.
  @Bean
  DodoPaymentsClient dodoPaymentsClient(DodoProperties properties) {
    return DodoPaymentsClient.builder()
        .bearerToken(properties.apiKey())
        .baseUrl(properties.baseUrl())
        .webhookSecret(properties.webhookSecret())
        .build();
  }
}
