package dev.paygen.generator.write;

import java.nio.file.Path;

/** Checks relative output paths, so that neither a renderer nor a manifest can reach outside the output folder. */
final class OutputPaths {
  private OutputPaths() {}

  /** Whether {@code relative} is a plain relative path with {@code /} separators and no {@code .}/{@code ..} step. */
  static boolean isSafe(String relative) {
    if (relative.isEmpty()
        || relative.startsWith("/")
        || relative.contains("\\")
        || relative.contains(":")
        || relative.equals(Manifest.FILE_NAME)) {
      return false;
    }
    for (String segment : relative.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        return false;
      }
    }
    return true;
  }

  /** The file for a safe relative path. */
  static Path resolve(Path root, String relative) {
    Path path = root;
    for (String segment : relative.split("/")) {
      path = path.resolve(segment);
    }
    return path;
  }
}
