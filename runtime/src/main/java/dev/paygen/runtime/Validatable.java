package dev.paygen.runtime;

import java.util.List;

/**
 * A generated value that can say which of its required fields are missing, at exact JSON paths.
 * Reading is lenient (a response missing a required field still reads); {@link #validate()} tells
 * what the spec would have rejected:
 *
 * <pre>{@code
 * for (Violation v : page.validate()) {
 *   log.warn("{}: {}", v.path(), v.message()); // $.items[1].brand_id: is required, but is missing
 * }
 * }</pre>
 */
public interface Validatable {
  /**
   * Reports this value's required components and walks its nested values: generated, one
   * statement per component; call {@link #validate()} or {@link Validator} instead.
   *
   * @param validator the walker, positioned at this value's path
   */
  void validate(Validator validator);

  /**
   * Validates this value as a response (a required {@code writeOnly} property is not demanded).
   *
   * @return the violations, each with its JSON path from {@code $}; empty when valid
   */
  default List<Violation> validate() {
    return Validator.response(this);
  }
}
