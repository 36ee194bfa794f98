package dev.paygen.generator;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The JSON library generated code is written for: Jackson 2 ({@code com.fasterxml.jackson}, with
 * the runtime artifact {@code dev.paygen:paygen-runtime}) or Jackson 3 ({@code tools.jackson}, with
 * {@code dev.paygen:paygen-runtime-jackson3}). Both use Jackson 2's annotations ({@code
 * com.fasterxml.jackson.annotation}); the databind and core names differ.
 */
public enum JsonLibrary {
  /** Jackson 2, the default. */
  JACKSON2("jackson2", "com.fasterxml.jackson", "paygen-runtime"),
  /** Jackson 3, as Spring Boot 4 configures it. */
  JACKSON3("jackson3", "tools.jackson", "paygen-runtime-jackson3");

  private final String id;
  private final String packagePrefix;
  private final String runtimeArtifact;

  JsonLibrary(String id, String packagePrefix, String runtimeArtifact) {
    this.id = id;
    this.packagePrefix = packagePrefix;
    this.runtimeArtifact = runtimeArtifact;
  }

  /** {@return the option's value: {@code jackson2} or {@code jackson3}} */
  public String id() {
    return id;
  }

  /**
   * {@return the prefix of the databind and core packages: {@code com.fasterxml.jackson} or {@code
   * tools.jackson}}
   */
  public String packagePrefix() {
    return packagePrefix;
  }

  /** {@return the runtime artifact the generated code needs, in group {@code dev.paygen}} */
  public String runtimeArtifact() {
    return runtimeArtifact;
  }

  /**
   * Reads an option value.
   *
   * @param value the option's value, {@code jackson2} or {@code jackson3} (case-insensitive), or
   *     null
   * @return the library it names, or empty for an unknown value
   */
  public static Optional<JsonLibrary> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String wanted = value.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(l -> l.id.equals(wanted)).findFirst();
  }

  /**
   * The message for an unknown value, the same from every front-end.
   *
   * @param option how the front-end spells the option: {@code --json}, {@code <json>}
   * @param value the value given
   * @return the message, listing the allowed values
   */
  public static String unknown(String option, String value) {
    return option + " must be one of " + allowed() + ", but was '" + value + "': " + JACKSON3.id
        + " for Jackson 3 (" + JACKSON3.packagePrefix + ", runtime dev.paygen:"
        + JACKSON3.runtimeArtifact + "), " + JACKSON2.id + " (the default) for Jackson 2";
  }

  /** {@return the allowed option values, for messages: {@code jackson2, jackson3}} */
  public static String allowed() {
    return Arrays.stream(values()).map(JsonLibrary::id).collect(Collectors.joining(", "));
  }
}
