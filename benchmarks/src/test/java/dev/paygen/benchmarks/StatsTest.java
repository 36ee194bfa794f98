package dev.paygen.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The growth exponent RESULTS.md reports: time = a * N^b fitted by least squares on logs. */
class StatsTest {
  static final List<Double> N = List.of(1.0, 2.0, 4.0, 7.0, 10.0);

  @Test
  void exponentFitOfExactlyLinearSamplesIsOne() {
    Stats.PowerLaw fit = Stats.powerLaw(N, N.stream().map(n -> 1500 * n).toList());

    assertThat(fit.b()).isCloseTo(1.0, within(1e-9));
    assertThat(fit.a()).isCloseTo(1500.0, within(1e-6));
  }

  @Test
  void exponentFitOfQuadraticSamplesIsTwo() {
    Stats.PowerLaw fit = Stats.powerLaw(N, N.stream().map(n -> 300 * n * n).toList());

    assertThat(fit.b()).isCloseTo(2.0, within(1e-9));
    assertThat(fit.a()).isCloseTo(300.0, within(1e-6));
  }

  @Test
  void exponentFitSkipsFailedSamplesAndNeedsTwoSizes() {
    Stats.PowerLaw fit = Stats.powerLaw(N, List.of(100.0, Double.NaN, 400.0, 700.0, 1000.0));

    assertThat(fit.b()).isCloseTo(1.0, within(1e-9));
    assertThat(Stats.powerLaw(List.of(3.0), List.of(10.0)).b()).isNaN();
  }
}
