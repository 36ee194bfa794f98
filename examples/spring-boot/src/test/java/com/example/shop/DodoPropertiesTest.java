package com.example.shop;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.shop.dodo.DodoPaymentsClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The client bean's settings, bound as the application binds them (no web server). */
class DodoPropertiesTest {
  final ApplicationContextRunner context = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
      .withUserConfiguration(BindDodoProperties.class, DodoConfiguration.class);

  @EnableConfigurationProperties(DodoProperties.class)
  static class BindDodoProperties {}

  @Test
  void clientBeanIsBuiltFromTheDodoProperties() {
    context
        .withPropertyValues(
            "dodo.api-key=test_api_key",
            "dodo.base-url=https://live.dodopayments.com",
            "dodo.webhook-secret=whsec_c2VjcmV0")
        .run(app -> {
          assertThat(app).hasNotFailed();
          assertThat(app.getBean(DodoProperties.class))
              .isEqualTo(new DodoProperties(
                  "test_api_key", "https://live.dodopayments.com", "whsec_c2VjcmV0"));
          assertThat(app.getBean(DodoPaymentsClient.class)).isNotNull();
        });
  }

  @Test
  void missingApiKeyStopsTheStartNamingTheVariable() {
    context
        .withPropertyValues(
            "dodo.base-url=https://test.dodopayments.com", "dodo.webhook-secret=whsec_c2VjcmV0")
        .run(app -> assertThat(app)
            .hasFailed()
            .getFailure()
            .rootCause()
            .hasMessage(
                "dodo.api-key is not set: set the environment variable DODO_PAYMENTS_API_KEY (or"
                    + " the property)"));
  }
}
