package dev.paygen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RuntimeVersionTest {
  @Test
  void versionIsThePomsVersion() {
    String pom = System.getProperty("paygen.runtime.expectedVersion");

    assertThat(pom)
        .as("surefire passes ${project.version} as paygen.runtime.expectedVersion")
        .isNotBlank();
    assertThat(ClientOptions.VERSION).isEqualTo(pom);
  }

  @Test
  void defaultUserAgentCarriesTheVersion() {
    ClientOptions options =
        ClientOptions.builder().baseUrl("https://api.example.com").build();

    assertThat(options.userAgent())
        .isEqualTo("paygen-runtime/" + System.getProperty("paygen.runtime.expectedVersion")
            + " (Java " + Runtime.version() + ")");
  }
}
