package dev.paygen.generator.write;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

/** Byte comparison and all-or-nothing replacement of single files. */
final class AtomicFiles {
  private AtomicFiles() {}

  /** Whether {@code file} is a regular file holding exactly {@code bytes}; its size is compared first. */
  static boolean hasContent(Path file, byte[] bytes) throws IOException {
    try {
      if (!Files.isRegularFile(file) || Files.size(file) != bytes.length) {
        return false;
      }
      return Arrays.equals(Files.readAllBytes(file), bytes);
    } catch (IOException e) {
      throw Failures.on("read", file, e);
    }
  }

  /**
   * Replaces {@code target} with {@code bytes}: a temporary file in the same folder, then a rename,
   * so that readers (an IDE, a concurrent compiler) see the old file or the new one, never half of it.
   */
  static void write(Path target, byte[] bytes) throws IOException {
    Path temp = target.resolveSibling("." + target.getFileName() + "."
        + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".paygen-tmp");
    try {
      Files.write(temp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      move(temp, target);
    } catch (IOException e) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw Failures.on("write", target, e);
    }
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
