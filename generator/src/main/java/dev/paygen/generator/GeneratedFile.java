package dev.paygen.generator;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One Java source file rendered in memory, before anything touches the disk.
 *
 * @param relativePath the path under the output folder, with {@code /} separators
 *     ({@code com/acme/dodo/model/Payment.java})
 * @param qualifiedName the top-level type's qualified name, for {@code javax.annotation.processing.Filer}
 * @param content the full source text
 */
public record GeneratedFile(String relativePath, String qualifiedName, String content) {
  /**
   * Checks that no component is null.
   *
   * @param relativePath the path under the output folder, with {@code /} separators ({@code
   *     com/acme/dodo/model/Payment.java})
   * @param qualifiedName the top-level type's qualified name, for {@code
   *     javax.annotation.processing.Filer}
   * @param content the full source text
   */
  public GeneratedFile {
    Objects.requireNonNull(relativePath, "relativePath");
    Objects.requireNonNull(qualifiedName, "qualifiedName");
    Objects.requireNonNull(content, "content");
  }

  /** {@return the content as UTF-8, the bytes written to disk} */
  public byte[] bytes() {
    return content.getBytes(StandardCharsets.UTF_8);
  }
}
