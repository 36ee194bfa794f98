package dev.paygen.benchmarks.jmh;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paygen.benchmarks.dodo.model.CreateCheckoutSessionRequest;
import dev.paygen.runtime.ApiClient;
import dev.paygen.runtime.ClientOptions;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Writes a full CreateCheckoutSessionRequest (every field set) to JSON bytes. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SerializationBenchmark {
  ObjectMapper paygen;
  ObjectMapper baseline;
  CreateCheckoutSessionRequest request;

  @Setup
  public void setUp() throws Exception {
    paygen = new ApiClient(ClientOptions.builder().baseUrl("http://127.0.0.1:1").build()).mapper();
    baseline = Fixtures.baselineMapper();
    request = baseline.readValue(Fixtures.read("checkout-session-request.json"), CreateCheckoutSessionRequest.class);
    if (!paygen.readTree(paygen.writeValueAsBytes(request)).equals(baseline.readTree(baseline.writeValueAsBytes(request)))) {
      throw new IllegalStateException("paygen and the baseline write different JSON");
    }
  }

  @Benchmark
  public byte[] paygen() throws Exception {
    return paygen.writeValueAsBytes(request);
  }

  @Benchmark
  public byte[] baseline() throws Exception {
    return baseline.writeValueAsBytes(request);
  }
}
