package dev.paygen.runtime;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import org.junit.jupiter.api.extension.RegisterExtension;

/** WireMock on a loopback port chosen by the OS, and a client pointed at it with a fake sleeper. */
abstract class WireMockTestBase {
  static final String TOKEN = "sk_test_SECRET_bearer_token_123";

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").containerThreads(80))
      .build();

  final FakeSleeper sleeper = new FakeSleeper();

  ClientOptions.Builder options() {
    return ClientOptions.builder()
        .baseUrl(wm.baseUrl())
        .auth(Auth.bearer(TOKEN))
        .timeout(Duration.ofSeconds(5))
        .sleeper(sleeper);
  }

  ApiClient client() {
    return new ApiClient(options().build());
  }
}
