package dev.paygen.runtime;

import java.util.List;

/**
 * A request body that breaks its schema (a required value missing), refused before anything is
 * sent.
 */
public class InvalidRequestException extends PaygenException {
  private static final long serialVersionUID = 1L;

  /** Every offending value. */
  private final List<Violation> violations;

  /**
   * Creates an exception.
   *
   * @param message what was wrong, listing every path
   * @param violations every missing value, at least one
   */
  public InvalidRequestException(String message, List<Violation> violations) {
    super(message);
    this.violations = List.copyOf(violations);
  }

  /**
   * Returns every value that broke the body's schema.
   *
   * @return the violations, e.g. {@code $.customer.email is required, but is missing}
   */
  public List<Violation> violations() {
    return violations;
  }
}
