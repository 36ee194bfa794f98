package dev.paygen.generator.write;

import dev.paygen.generator.GeneratedFile;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Brings an output folder in line with rendered sources: writes only new or changed files (each
 * atomically), removes files the previous run generated and this one does not, and writes the
 * manifest last; or, in a check, only reports the differences.
 *
 * <p>Only files listed in the previous {@link Manifest} are ever deleted, and a file paygen does not
 * own is never overwritten unless asked to, so generated sources may share a folder with
 * hand-written ones.
 */
public final class OutputWriter {
  private OutputWriter() {}

  /**
   * What a write or a check found, each list sorted by path.
   *
   * @param written files written because they were new or changed
   * @param unchanged files whose bytes were already right (not opened for writing)
   * @param removed files of the previous run that are no longer generated, now deleted
   * @param drifted in a check: each file that differs and how
   * @param conflicts files that exist, differ and are not listed in the previous manifest; when not
   *     empty, a write has written nothing
   */
  public record Report(
      List<String> written,
      List<String> unchanged,
      List<String> removed,
      List<Drift> drifted,
      List<String> conflicts) {
    /**
     * Copies the lists, so the report is immutable.
     *
     * @param written files written because they were new or changed
     * @param unchanged files whose bytes were already right (not opened for writing)
     * @param removed files of the previous run that are no longer generated, now deleted
     * @param drifted in a check: each file that differs and how
     * @param conflicts files that exist, differ and are not listed in the previous manifest; when
     *     not empty, a write has written nothing
     */
    public Report {
      written = List.copyOf(written);
      unchanged = List.copyOf(unchanged);
      removed = List.copyOf(removed);
      drifted = List.copyOf(drifted);
      conflicts = List.copyOf(conflicts);
    }
  }

  /**
   * Writes {@code files} into {@code outputDirectory} and records {@code manifest} there.
   *
   * @param outputDirectory the output folder, created if missing
   * @param files the rendered files
   * @param manifest the manifest of this run
   * @param overwriteUnowned whether an existing file that differs and is not in the previous
   *     manifest may be replaced; otherwise it is reported as a conflict and nothing is written
   * @return what was written, left unchanged and removed, or the conflicts
   * @throws IOException naming the file that could not be read, written or deleted, and why
   */
  public static Report write(
      Path outputDirectory, List<GeneratedFile> files, Manifest manifest, boolean overwriteUnowned)
      throws IOException {
    Path root = outputDirectory.toAbsolutePath().normalize();
    Set<String> owned = previousFiles(root);
    Plan plan = Plan.of(root, files, owned);
    if (!plan.conflicts.isEmpty() && !overwriteUnowned) {
      return new Report(List.of(), List.of(), List.of(), List.of(), plan.conflicts);
    }
    createFolder(root);
    if (!owned.containsAll(manifest.files())) {
      // Record ownership before creating files, so an interrupted run never leaves files it created
      // unowned.
      // The empty fingerprint keeps the next run from taking the folder for up to date.
      Manifest interim = manifest.withFingerprintAndFiles("", owned);
      AtomicFiles.write(root.resolve(Manifest.FILE_NAME), interim.bytes());
    }
    // Each folder once: createDirectories on an existing folder fails a mkdir and builds an
    // exception before it checks, and thousands of files share a handful of folders.
    Set<Path> folders = new HashSet<>();
    for (GeneratedFile file : plan.toWrite) {
      Path target = OutputPaths.resolve(root, file.relativePath());
      if (folders.add(target.getParent())) {
        createFolder(target.getParent());
      }
      AtomicFiles.write(target, file.bytes());
    }
    List<String> removed = removeStale(root, owned, manifest.files());
    Path manifestFile = root.resolve(Manifest.FILE_NAME);
    if (!AtomicFiles.hasContent(manifestFile, manifest.bytes())) {
      AtomicFiles.write(manifestFile, manifest.bytes());
    }
    List<String> written =
        plan.toWrite.stream().map(GeneratedFile::relativePath).sorted().toList();
    return new Report(written, plan.unchanged, removed, List.of(), List.of());
  }

  /**
   * Writes a file paygen keeps beside its manifest (such as the API surface) unless it already has
   * {@code bytes}; like the manifest, it is paygen's own and not a generated source.
   *
   * @param outputDirectory the output folder
   * @param fileName the file's name in that folder
   * @param bytes the file's content
   * @throws IOException if the file cannot be read or written
   */
  public static void writeRecord(Path outputDirectory, String fileName, byte[] bytes)
      throws IOException {
    Path file = outputDirectory.toAbsolutePath().normalize().resolve(fileName);
    if (!AtomicFiles.hasContent(file, bytes)) {
      AtomicFiles.write(file, bytes);
    }
  }

  /**
   * Compares {@code files} with {@code outputDirectory} without writing anything.
   *
   * @param outputDirectory the output folder
   * @param files the rendered files
   * @return the unchanged files and, in {@link Report#drifted()}, each file that differs
   * @throws IOException naming the file that could not be read
   */
  public static Report check(Path outputDirectory, List<GeneratedFile> files) throws IOException {
    Path root = outputDirectory.toAbsolutePath().normalize();
    Set<String> owned = previousFiles(root);
    Set<String> generated = new HashSet<>();
    List<String> unchanged = new ArrayList<>();
    TreeSet<Drift> drifted = new TreeSet<>();
    for (GeneratedFile file : files) {
      requireSafe(file);
      generated.add(file.relativePath());
      Path target = OutputPaths.resolve(root, file.relativePath());
      if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        drifted.add(new Drift(file.relativePath(), Drift.Kind.MISSING));
      } else if (AtomicFiles.hasContent(target, file.bytes())) {
        unchanged.add(file.relativePath());
      } else {
        drifted.add(new Drift(file.relativePath(), Drift.Kind.CHANGED));
      }
    }
    for (String stale : owned) {
      if (!generated.contains(stale)
          && Files.exists(OutputPaths.resolve(root, stale), LinkOption.NOFOLLOW_LINKS)) {
        drifted.add(new Drift(stale, Drift.Kind.STALE));
      }
    }
    return new Report(
        List.of(),
        unchanged.stream().sorted().toList(),
        List.of(),
        List.copyOf(drifted),
        List.of());
  }

  private static Set<String> previousFiles(Path root) throws IOException {
    return Manifest.read(root).map(m -> (Set<String>) m.files()).orElse(Set.of());
  }

  static void requireSafe(GeneratedFile file) {
    if (!OutputPaths.isSafe(file.relativePath())) {
      throw new IllegalArgumentException("refusing to write '" + file.relativePath()
          + "': a generated file's path must be relative and stay inside the output folder");
    }
  }

  private static List<String> removeStale(Path root, Set<String> owned, Set<String> generated)
      throws IOException {
    List<String> removed = new ArrayList<>();
    for (String stale : new TreeSet<>(owned)) {
      if (generated.contains(stale)) {
        continue;
      }
      Path file = OutputPaths.resolve(root, stale);
      if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)
          || !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      try {
        Files.delete(file);
      } catch (IOException e) {
        throw Failures.on("delete stale file", file, e);
      }
      removed.add(stale);
      removeEmptyFolders(root, file.getParent());
    }
    return removed;
  }

  /** Deletes {@code folder} and its parents while they are empty, stopping below {@code root}. */
  private static void removeEmptyFolders(Path root, Path folder) throws IOException {
    for (Path dir = folder;
        dir != null && dir.startsWith(root) && !dir.equals(root);
        dir = dir.getParent()) {
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
        if (entries.iterator().hasNext()) {
          return;
        }
      } catch (IOException e) {
        throw Failures.on("list folder", dir, e);
      }
      try {
        Files.delete(dir);
      } catch (IOException e) {
        throw Failures.on("delete empty folder", dir, e);
      }
    }
  }

  private static void createFolder(Path folder) throws IOException {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw Failures.on("create folder", folder, e);
    }
  }

  /** Which rendered files must be written, which are already right, and which would overwrite foreign files. */
  private record Plan(List<GeneratedFile> toWrite, List<String> unchanged, List<String> conflicts) {
    static Plan of(Path root, List<GeneratedFile> files, Set<String> owned) throws IOException {
      List<GeneratedFile> toWrite = new ArrayList<>();
      List<String> unchanged = new ArrayList<>();
      List<String> conflicts = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (GeneratedFile file : files) {
        requireSafe(file);
        if (!seen.add(file.relativePath())) {
          throw new IllegalArgumentException(
              "two generated files have the same path: " + file.relativePath());
        }
        Path target = OutputPaths.resolve(root, file.relativePath());
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
          toWrite.add(file);
        } else if (AtomicFiles.hasContent(target, file.bytes())) {
          unchanged.add(file.relativePath());
        } else {
          toWrite.add(file);
          if (!owned.contains(file.relativePath())) {
            conflicts.add(file.relativePath());
          }
        }
      }
      return new Plan(
          toWrite,
          unchanged.stream().sorted().toList(),
          conflicts.stream().sorted().toList());
    }
  }
}
