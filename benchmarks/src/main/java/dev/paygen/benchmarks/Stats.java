package dev.paygen.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Medians of samples. */
final class Stats {
  private Stats() {}

  static double median(List<Double> samples) {
    List<Double> sorted = new ArrayList<>(samples);
    Collections.sort(sorted);
    int n = sorted.size();
    if (n == 0) {
      return Double.NaN;
    }
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
