package dev.paygen.runtime;

/** A successful response whose JSON could not be read into the expected type. */
public class InvalidResponseException extends PaygenException {
  private static final long serialVersionUID = 1L;

  /** The JSON path of the offending value. */
  private final String path;

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
