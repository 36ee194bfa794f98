package dev.paygen.generator.write;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Turns an {@link IOException} into the human reason a message needs ("permission denied"). */
final class Failures {
  private Failures() {}

  static String reason(IOException e) {
    String detail =
        e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : null;
    String kind;
    if (e instanceof NoSuchFileException) {
      kind = "no such file or folder";
    } else if (e instanceof AccessDeniedException) {
      kind = "permission denied";
    } else if (e instanceof FileAlreadyExistsException) {
      kind = "already exists";
    } else if (e instanceof NotDirectoryException) {
      kind = "not a folder";
    } else if (e instanceof DirectoryNotEmptyException) {
      kind = "folder not empty";
    } else if (e instanceof FileSystemException) {
      kind = detail != null ? detail : e.getClass().getSimpleName();
      detail = null;
    } else {
      kind = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
    return detail == null ? kind : kind + " (" + detail + ")";
  }

  /** An I/O failure that names the file and the reason. */
  static IOException on(String action, Object file, IOException cause) {
    return new IOException("cannot " + action + " " + file + ": " + reason(cause), cause);
  }
}
