package dev.paygen.runtime;

/**
 * One way a value breaks its schema.
 *
 * @param path the JSON path of the value, e.g. {@code $.items[1].brand_id}
 * @param message what is wrong, e.g. {@code is required, but is missing}
 */
public record Violation(String path, String message) {
  @Override
  public String toString() {
    return path + " " + message;
  }
}
