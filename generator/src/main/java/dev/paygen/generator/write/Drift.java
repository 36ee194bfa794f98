package dev.paygen.generator.write;

import java.util.Locale;
import java.util.Objects;

/**
 * One file a check found out of line with the spec: {@code path} relative to the output folder and
 * how it differs. {@link #toString()} is the text the CLI and the Maven plugin print
 * ({@code com/acme/model/Pet.java (changed)}).
 *
 * @param path the file's path, relative to the output folder, with {@code /} separators
 * @param kind how it differs
 */
public record Drift(String path, Kind kind) implements Comparable<Drift> {

  /** How a file differs from what the spec generates. */
  public enum Kind {
    /** The spec generates the file, but it is not in the folder. */
    MISSING,
    /** The file's bytes differ from what the spec generates. */
    CHANGED,
    /** A previous run generated the file, and the spec no longer does. */
    STALE
  }

  /**
   * Checks that no component is null.
   *
   * @param path the file's path, relative to the output folder, with {@code /} separators
   * @param kind how it differs
   */
  public Drift {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(kind, "kind");
  }

  /** Sorted as the printed lines sort, so a report's order is the same as when drift was text. */
  @Override
  public int compareTo(Drift other) {
    return toString().compareTo(other.toString());
  }

  @Override
  public String toString() {
    return path + " (" + kind.name().toLowerCase(Locale.ROOT) + ")";
  }
}
