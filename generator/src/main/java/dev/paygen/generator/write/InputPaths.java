package dev.paygen.generator.write;

import java.nio.file.Path;

/** How input files are named in fingerprints and manifests: relative to the spec's folder when inside it. */
final class InputPaths {
  private InputPaths() {}

  /** {@code schemas/common.yaml} for a file under the spec folder, else the absolute path. */
  static String display(Path specFolder, Path absolute) {
    if (specFolder != null && absolute.startsWith(specFolder)) {
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
