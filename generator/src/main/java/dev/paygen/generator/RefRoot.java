package dev.paygen.generator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The folder {@code $ref}s may reach files under (any depth), and where that folder came from, so
 * that a refused {@code $ref} ({@code PAYGEN-E012}) can say which root was in force and why.
 *
 * <pre>{@code
 * RefRoot.of(Path.of("."), "--ref-root");          // an option
 * RefRoot.byDefault(project, "the Maven project's base directory");
 * RefRoot.forSpec(Path.of("api/spec/openapi.yaml")); // the CLI's rule
 * }</pre>
 *
 * @param directory the root folder, absolute and normalized
 * @param origin how the root was chosen, for messages: {@code set by --ref-root}, {@code default: ...}
 * @param chosen whether the user chose it (an option): a chosen root must hold the spec ({@code
 *     PAYGEN-E057}); a front-end's default that does not yields to {@link #forSpec}
 */
public record RefRoot(Path directory, String origin, boolean chosen) {
  /**
   * Makes the directory absolute and normalized; a null origin becomes empty.
   *
   * @param directory the root folder, absolute and normalized
   * @param origin how the root was chosen, for messages: {@code set by --ref-root}, {@code default:
   *     ...}
   * @param chosen whether the user chose it (an option): a chosen root must hold the spec ({@code
   *     PAYGEN-E057}); a front-end's default that does not yields to {@link #forSpec}
   */
  public RefRoot {
    directory = Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize();
    origin = origin == null ? "" : origin;
  }

  /**
   * A root given by an option.
   *
   * @param directory the root folder
   * @param option the option as the user wrote it ({@code --ref-root}, {@code <refRoot>})
   * @return a chosen root whose origin names the option
   */
  public static RefRoot of(Path directory, String option) {
    return new RefRoot(directory, "set by " + option, true);
  }

  /**
   * A front-end's default root.
   *
   * @param directory the root folder
   * @param what the folder described for messages ("the Maven project's base directory")
   * @return a root that was not chosen, so it yields to {@link #forSpec} if it does not hold the
   *     spec
   */
  public static RefRoot byDefault(Path directory, String what) {
    return new RefRoot(directory, "default: " + what, false);
  }

  /**
   * The CLI's default, and every front-end's last resort: the version-control work tree holding the
   * spec (the nearest folder above it with a {@code .git} folder, or a {@code .git} file as a git
   * worktree or submodule has), else the spec's own folder.
   *
   * @param spec the root spec file
   * @return the default root for {@code spec}
   */
  public static RefRoot forSpec(Path spec) {
    Path folder = spec.toAbsolutePath().normalize().getParent();
    for (Path dir = folder; dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(".git"))) {
        return byDefault(dir, "the git work tree holding the spec");
      }
    }
    return byDefault(folder, "the spec's folder (no .git above it)");
  }

  /**
   * Tells whether a file lies under this root.
   *
   * @param file an absolute, normalized path
   * @return whether {@code file} lies under this root, at any depth
   */
  public boolean contains(Path file) {
    return file.startsWith(directory);
  }

  @Override
  public String toString() {
    return directory + " (" + origin + ")";
  }
}
