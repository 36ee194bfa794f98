package com.example.shop;

import com.example.shop.dodo.DodoPaymentsClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The generated Dodo Payments client as a bean: one instance, thread-safe, shared by the whole app. */
@Configuration(proxyBeanMethods = false)
public class DodoConfiguration {
  /**
   * Builds the client from the {@code dodo.*} properties, reading and writing JSON with the
   * application's own Jackson 3 mapper: the client works on a copy of it with paygen's settings
   * added, so the modules and settings the application configures apply to Dodo's JSON too.
   *
   * @param properties the {@code dodo.*} settings
   * @param jsonMapper the mapper Spring Boot configures
   * @return the client every controller and service injects
   */
  @Bean
  DodoPaymentsClient dodoPaymentsClient(DodoProperties properties, JsonMapper jsonMapper) {
    return DodoPaymentsClient.builder()
        .bearerToken(properties.apiKey())
        .baseUrl(properties.baseUrl())
        .webhookSecret(properties.webhookSecret())
        .jsonMapper(jsonMapper)
        .build();
  }
}
