package dev.paygen.generator.support;

import dev.paygen.generator.GeneratedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A golden folder: the full tree generated from one curated spec, kept in
 * {@code src/test/resources/golden/<name>} and reviewed in diffs.
 *
 * @param name the folder name under {@code golden/}
 * @param specFile the curated spec's file name in the spec module
 * @param packageName the base package the golden tree is generated into
 */
public record Golden(String name, String specFile, String packageName) {
  public static final Golden DODO =
      new Golden("dodo-payments", "dodo-payments.yaml", "dev.paygen.golden.dodo");
  public static final Golden DOTS = new Golden("dots", "dots.yaml", "dev.paygen.golden.dots");

  public static List<Golden> all() {
    return List.of(DODO, DOTS);
  }

  public Path spec() {
    return Workspace.curatedSpec(specFile);
  }

  /** The golden folder in the source tree (not the copy in target/test-classes), so it can be rewritten. */
  public Path folder() {
    return Workspace.repositoryRoot()
        .resolve("generator/src/test/resources/golden")
        .resolve(name);
  }

  /** The golden files as they are on disk, sorted by relative path. */
  public List<GeneratedFile> files() {
    Path folder = folder();
    try (Stream<Path> paths = Files.walk(folder)) {
      return paths
          .filter(Files::isRegularFile)
          .sorted()
          .map(path -> {
            String relative = folder.relativize(path).toString().replace('\\', '/');
            String qualified = relative.replaceAll("\\.java$", "").replace('/', '.');
            try {
              return new GeneratedFile(
                  relative, qualified, Files.readString(path, StandardCharsets.UTF_8));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          })
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read golden folder " + folder + " (generate it with -Dpaygen.updateGoldens=true)",
          e);
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
