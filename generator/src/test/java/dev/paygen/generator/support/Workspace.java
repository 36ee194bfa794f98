package dev.paygen.generator.support;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the inputs the whole-spec tests need, all inside the repository: the curated specs in the
 * {@code spec} module and the third-party documents in the top-level {@code specs/} folder
 * ({@code specs/real}, {@code specs/upstream}; see {@code specs/README.md}).
 */
public final class Workspace {
  private Workspace() {}

  /** The repository root: the first folder up from {@code user.dir} holding the root pom.xml and {@code specs/}. */
  public static Path repositoryRoot() {
    for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        dir != null;
        dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("pom.xml"))
          && Files.isDirectory(dir.resolve("specs/real"))
          && Files.isDirectory(dir.resolve("spec/src/main/resources/paygen/specs"))) {
        return dir;
      }
    }
    return fail("no repository root (a folder with pom.xml, specs/real and spec/) above "
        + System.getProperty("user.dir"));
  }

  /** A curated spec shipped in the spec module, such as {@code dodo-payments.yaml}. */
  public static Path curatedSpec(String fileName) {
    Path spec = repositoryRoot().resolve("spec/src/main/resources/paygen/specs").resolve(fileName);
    if (!Files.isRegularFile(spec)) {
      fail("curated spec " + spec + " is missing");
    }
    return spec;
  }

  /** A file of the repository's {@code specs/} folder, such as {@code upstream/...}, failing clearly when missing. */
  public static Path specsFile(String relative) {
    Path file = repositoryRoot().resolve("specs").resolve(relative);
    if (!Files.exists(file)) {
      fail("third-party spec " + file + " is missing");
    }
    return file;
  }

  /** The folder of real-world specs, {@code specs/real}. */
  public static Path realSpecsFolder() {
    return repositoryRoot().resolve("specs/real");
  }

  /** The root spec of every real-world spec in {@code specs/real} (a folder's {@code openapi.yaml}). */
  public static List<Path> realSpecs() {
    Path real = realSpecsFolder();
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
