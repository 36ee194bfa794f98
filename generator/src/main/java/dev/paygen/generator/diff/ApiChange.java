package dev.paygen.generator.diff;

import java.util.Locale;

/**
 * One change to the generated API.
 *
 * @param element the element ({@code component model.Payment.customerId}, see {@link ApiSurface})
 * @param kind added, removed or changed
 * @param compatibility whether code compiled against the old API may stop compiling
 * @param detail what changed, for people ({@code String}, {@code retyped int -> long})
 */
public record ApiChange(ApiElement element, Kind kind, Compatibility compatibility, String detail) {

  /** What happened to the element. */
  public enum Kind {
    /** The element is new. */
    ADDED,
    /** The element is gone. */
    REMOVED,
    /** The element is still there with another signature (type, requiredness). */
    CHANGED
  }

  /** For code compiled against the API. */
  public enum Compatibility {
    /** Code using the element may stop compiling (or, for a newly required value, fail to build). */
    BREAKING,
    /** Code compiled against the old API still compiles; the detail notes any exception. */
    COMPATIBLE
  }

  boolean breaking() {
    return compatibility == Compatibility.BREAKING;
  }

  /**
   * {@return the change in one line: {@code BREAKING removed component Payment.customerId
   * (String)}}
   */
  public String toLine() {
    return (breaking() ? "BREAKING" : "compatible") + " "
        + kind.name().toLowerCase(Locale.ROOT) + " " + element.kind().word() + " "
        + element.simpleName()
        + (detail.isEmpty() ? "" : " (" + detail + ")");
  }
}
