package dev.paygen.generator.write;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How input files are named in fingerprints and manifests: relative to the spec's folder, also above
 * it ({@code ../common/Error.yaml}, as the ref root allows), so a moved checkout stays up to date.
 */
final class InputPaths {
  private InputPaths() {}

  /**
   * {@code schemas/common.yaml} for a file under the spec folder, {@code ../common/Error.yaml} above
   * it; the absolute path only on another file-system root (another Windows drive).
   */
  static String display(Path specFolder, Path absolute) {
    if (specFolder != null && Objects.equals(specFolder.getRoot(), absolute.getRoot())) {
      return slashes(specFolder.relativize(absolute));
    }
    return absolute.toString();
  }

  /** The inverse of {@link #display}: a manifest entry back to a file. */
  static Path resolve(Path specFolder, String name) {
    Path path = Path.of(name);
    return path.isAbsolute() || specFolder == null
        ? path.normalize()
        : specFolder.resolve(path).normalize();
  }

  static String slashes(Path relative) {
    return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
  }
}
