package dev.paygen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paygen.generator.support.CompiledSpecs;
import dev.paygen.generator.support.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The full tree generated from each curated spec, byte for byte, against its golden folder in
 * {@code src/test/resources/golden}. After an intended change to generated code, rewrite the
 * folders with {@code mvn -pl generator test -Dtest=GoldenTest -Dpaygen.updateGoldens=true} and
 * review the diff.
 */
class GoldenTest {
  private static final boolean UPDATE = Boolean.getBoolean("paygen.updateGoldens");

  static List<Golden> goldens() {
    return Golden.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void generatedTreeMatchesTheGoldenFolder(Golden golden) throws IOException {
    List<GeneratedFile> generated = CompiledSpecs.generate(golden.spec(), golden.packageName());
    if (UPDATE) {
      rewrite(golden.folder(), generated);
    }

    Map<String, byte[]> expected = read(golden.folder());
    Map<String, byte[]> actual = new TreeMap<>();
    generated.forEach(file -> actual.put(file.relativePath(), file.bytes()));

    List<String> problems = new ArrayList<>();
    for (String path : new TreeSet<>(actual.keySet())) {
      if (!expected.containsKey(path)) {
        problems.add("missing from the golden folder: " + path);
      } else if (!Arrays.equals(expected.get(path), actual.get(path))) {
        problems.add("changed: " + path + firstDifference(expected.get(path), actual.get(path)));
      }
    }
    for (String path : expected.keySet()) {
      if (!actual.containsKey(path)) {
        problems.add("extra in the golden folder (no longer generated): " + path);
      }
    }
    assertThat(problems)
        .as(
            "%s differs from the golden folder %s; if the change is intended, rerun with"
                + " -Dpaygen.updateGoldens=true and review the diff",
            golden.specFile(), golden.folder())
        .isEmpty();
  }

  private static String firstDifference(byte[] expected, byte[] actual) {
    String[] want = new String(expected, java.nio.charset.StandardCharsets.UTF_8).split("\n", -1);
    String[] got = new String(actual, java.nio.charset.StandardCharsets.UTF_8).split("\n", -1);
    for (int i = 0; i < Math.min(want.length, got.length); i++) {
      if (!want[i].equals(got[i])) {
        return " (line " + (i + 1) + ": golden `" + want[i].strip() + "`, generated `"
            + got[i].strip() + "`)";
      }
    }
    return " (golden has " + want.length + " lines, generated " + got.length + ")";
  }

  private static Map<String, byte[]> read(Path folder) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    if (!Files.isDirectory(folder)) {
      return files;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        files.put(folder.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
      }
    }
    return files;
  }

  private static void rewrite(Path folder, List<GeneratedFile> files) throws IOException {
    if (Files.exists(folder)) {
      try (Stream<Path> paths = Files.walk(folder)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
    for (GeneratedFile file : files) {
      Path target = folder.resolve(file.relativePath());
      Files.createDirectories(target.getParent());
      Files.write(target, file.bytes());
    }
  }
}
