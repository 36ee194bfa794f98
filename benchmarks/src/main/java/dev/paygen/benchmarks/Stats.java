package dev.paygen.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Medians of samples, and the power law that fits a growth curve. */
final class Stats {
  private Stats() {}

  /** {@code y = a * x^b}. */
  record PowerLaw(double a, double b) {}

  static double median(List<Double> samples) {
    List<Double> sorted = new ArrayList<>(samples);
    Collections.sort(sorted);
    int n = sorted.size();
    if (n == 0) {
      return Double.NaN;
    }
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /**
   * Fits {@code y = a * x^b} by least squares on {@code log y = log a + b log x}: b is the growth
   * exponent (1 linear, 2 quadratic). NaN when fewer than two distinct positive x values are given.
   */
  static PowerLaw powerLaw(List<Double> x, List<Double> y) {
    if (x.size() != y.size()) {
      throw new IllegalArgumentException(
          "x and y differ in length: " + x.size() + " vs " + y.size());
    }
    int n = 0;
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    for (int i = 0; i < x.size(); i++) {
      if (!(x.get(i) > 0) || !(y.get(i) > 0)) {
        continue; // no logarithm (a failed run, or no sample)
      }
      double lx = Math.log(x.get(i));
      double ly = Math.log(y.get(i));
      n++;
      sx += lx;
      sy += ly;
      sxx += lx * lx;
      sxy += lx * ly;
    }
    double denominator = n * sxx - sx * sx;
    if (n < 2 || Math.abs(denominator) < 1e-12) {
      return new PowerLaw(Double.NaN, Double.NaN);
    }
    double b = (n * sxy - sx * sy) / denominator;
    return new PowerLaw(Math.exp((sy - b * sx) / n), b);
  }
}
