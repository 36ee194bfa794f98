package dev.paygen.runtime;

import java.util.List;

/** A successful response whose JSON could not be read into the expected type. */
public class InvalidResponseException extends PaygenException {
  private static final long serialVersionUID = 1L;

  /** The JSON path of the offending value. */
  private final String path;

  /** Every offending value, for a strict response check; else the one at {@link #path()}. */
  private final List<Violation> violations;

  /**
   * Creates an exception.
   *
   * @param message what was expected and where, e.g. {@code expected one of [open, complete] at $.status}
   * @param path the JSON path of the offending value ({@code $} for the whole document)
   * @param cause Jackson's exception
   */
  public InvalidResponseException(String message, String path, Throwable cause) {
    super(message, cause);
    this.path = path;
    this.violations = List.of(new Violation(path, message));
  }

  /**
   * Creates an exception with no underlying cause, e.g. for a missing body.
   *
   * @param message what was expected and where
   * @param path the JSON path of the offending value ({@code $} for the whole document)
   */
  public InvalidResponseException(String message, String path) {
    super(message);
    this.path = path;
    this.violations = List.of(new Violation(path, message));
  }

  /**
   * Creates the exception of a strict response check (see {@code ClientOptions.Builder
   * strictResponses}).
   *
   * @param message what was wrong, listing every path
   * @param violations every wrong-typed or missing value, at least one
   */
  public InvalidResponseException(String message, List<Violation> violations) {
    super(message);
    this.violations = List.copyOf(violations);
    this.path = this.violations.get(0).path();
  }

  /**
   * Returns every value that broke the response's schema.
   *
   * @return the violations, the first at {@link #path()}
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * Returns the JSON path of the value that could not be read.
   *
   * @return a path such as {@code $.items[2].status}
   */
  public String path() {
    return path;
  }
}
