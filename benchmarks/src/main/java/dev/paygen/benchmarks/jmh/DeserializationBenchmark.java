package dev.paygen.benchmarks.jmh;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paygen.benchmarks.dodo.model.GetPaymentsListResponse;
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

/** Reads a page of 50 payments (GetPaymentsListResponse) from JSON bytes. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DeserializationBenchmark {
  static final TypeReference<GetPaymentsListResponse> PAGE = new TypeReference<>() {};
  ObjectMapper paygen;
  ObjectMapper baseline;
  JavaType baselineType;
  byte[] json;

  @Setup
  public void setUp() throws Exception {
    paygen = new ApiClient(ClientOptions.builder().baseUrl("http://127.0.0.1:1").build()).mapper();
    baseline = Fixtures.baselineMapper();
    baselineType = baseline.getTypeFactory().constructType(GetPaymentsListResponse.class);
    json = Fixtures.read("payments-page.json");
    if (!paygen().equals(baseline()) || paygen().items().size() != 50) {
      throw new IllegalStateException("paygen and the baseline read different pages");
    }
  }

  @Benchmark
  public GetPaymentsListResponse paygen() throws Exception {
    return paygen.readValue(json, PAGE);
  }

  @Benchmark
  public GetPaymentsListResponse baseline() throws Exception {
    return baseline.readValue(json, baselineType);
  }
}
