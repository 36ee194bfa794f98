package dev.paygen.generator.support;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the inputs the whole-spec tests need: the curated specs in the {@code spec} module and the
 * shared reference specs beside the repository (CI checks them out as {@code ../shared}).
 */
public final class Workspace {
  private Workspace() {}

  /** The repository root: the first folder up from {@code user.dir} holding {@code spec/} and {@code generator/}. */
  public static Path repositoryRoot() {
    for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("spec/src/main/resources/paygen/specs")) && Files.isDirectory(dir.resolve("generator"))) {
        return dir;
      }
    }
    return fail("no repository root (a folder with spec/src/main/resources/paygen/specs) above " + System.getProperty("user.dir"));
  }

  /** A curated spec shipped in the spec module, such as {@code dodo-payments.yaml}. */
  public static Path curatedSpec(String fileName) {
    Path spec = repositoryRoot().resolve("spec/src/main/resources/paygen/specs").resolve(fileName);
    if (!Files.isRegularFile(spec)) {
      fail("curated spec " + spec + " is missing");
    }
    return spec;
  }

  /**
   * The shared folder ({@code shared/specs/real}, {@code shared/reference-specs}): walks up from
   * {@code user.dir} to the first folder that has {@code shared/specs/real} in it or beside it.
   */
  public static Path shared() {
    for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
      for (Path candidate : List.of(dir.resolve("shared"), dir.resolveSibling("shared"))) {
        if (Files.isDirectory(candidate.resolve("specs/real"))) {
          return candidate.normalize();
        }
      }
    }
    return fail("the shared spec folder (shared/specs/real) was not found in or beside any folder above "
        + System.getProperty("user.dir") + "; these tests need it: check out the shared folder next to the repository"
        + " (CI has it at ../shared)");
  }

  /** A file of the shared folder, failing clearly when it is missing. */
  public static Path sharedFile(String relative) {
    Path file = shared().resolve(relative);
    if (!Files.exists(file)) {
      fail("shared file " + file + " is missing");
    }
    return file;
  }

  /** The root spec of every real-world spec in {@code shared/specs/real} (a folder's {@code openapi.yaml}). */
  public static List<Path> realSpecs() {
    Path real = shared().resolve("specs/real");
    try (Stream<Path> entries = Files.list(real)) {
      return entries
          .map(entry -> Files.isDirectory(entry) ? entry.resolve("openapi.yaml") : entry)
          .filter(path -> Files.isRegularFile(path))
          .filter(path -> path.getFileName().toString().matches(".*\\.(ya?ml|json)"))
          .sorted()
          .toList();
    } catch (java.io.IOException e) {
      return fail("cannot list " + real, e);
    }
  }
}
