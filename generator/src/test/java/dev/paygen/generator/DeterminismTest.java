package dev.paygen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paygen.generator.GenerationResult.Outcome;
import dev.paygen.generator.support.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generation is a pure function of its inputs: same bytes every time, and a rerun touches nothing. */
class DeterminismTest {
  @TempDir
  Path dir;

  @Test
  void twoRunsIntoTwoFoldersWriteIdenticalBytes() throws IOException {
    for (Golden golden : Golden.all()) {
      Path first = dir.resolve(golden.name() + "-1");
      Path second = dir.resolve(golden.name() + "-2");

      assertThat(generate(golden, first, false).outcome()).isEqualTo(Outcome.GENERATED);
      assertThat(generate(golden, second, false).outcome()).isEqualTo(Outcome.GENERATED);

      Map<String, byte[]> one = contents(first);
      Map<String, byte[]> two = contents(second);
      assertThat(one.keySet()).as(golden.name()).containsExactlyElementsOf(two.keySet());
      one.forEach((path, bytes) ->
          assertThat(two.get(path)).as(golden.name() + ": " + path).isEqualTo(bytes));
    }
  }

  @Test
  void inMemoryRenderingIsTheSameOnEveryRun() {
    GenerationRequest request =
        GenerationRequest.builder(Golden.DODO.spec(), Golden.DODO.packageName()).build();

    assertThat(Generator.generate(request).files())
        .isEqualTo(Generator.generate(request).files());
  }

  @Test
  void aRerunIntoTheSameFolderIsUpToDateAndRewritesNothing() throws IOException {
    Path out = dir.resolve("out");
    GenerationResult first = generate(Golden.DODO, out, false);
    assertThat(first.written()).isNotEmpty();
    Map<String, FileTime> times = backdate(out);

    GenerationResult second = generate(Golden.DODO, out, false);

    assertThat(second.outcome()).as(second.summary()).isEqualTo(Outcome.UP_TO_DATE);
    assertThat(second.written()).isEmpty();
    assertThat(second.removed()).isEmpty();
    assertThat(modified(out)).isEqualTo(times);
  }

  @Test
  void aForcedRerunIntoTheSameFolderFindsEveryFileUnchangedAndRewritesNone() throws IOException {
    Path out = dir.resolve("out");
    GenerationResult first = generate(Golden.DOTS, out, false);
    Map<String, FileTime> times = backdate(out);

    GenerationResult forced = generate(Golden.DOTS, out, true);

    assertThat(forced.outcome()).as(forced.summary()).isEqualTo(Outcome.GENERATED);
    assertThat(forced.written()).isEmpty();
    assertThat(forced.removed()).isEmpty();
    assertThat(forced.unchanged()).containsExactlyInAnyOrderElementsOf(first.written());
    assertThat(modified(out)).isEqualTo(times);
  }

  private static GenerationResult generate(Golden golden, Path out, boolean force) {
    GenerationResult result =
        Generator.generate(GenerationRequest.builder(golden.spec(), golden.packageName())
            .outputDirectory(out)
            .force(force)
            .build());
    assertThat(result.errors()).as(result.summary()).isEmpty();
    return result;
  }

  private static Map<String, byte[]> contents(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(path).toString(), Files.readAllBytes(path));
      }
    }
    return files;
  }

  /** Sets every file's mtime to an hour ago, so a rewrite within the clock's resolution still shows. */
  private static Map<String, FileTime> backdate(Path root) throws IOException {
    FileTime past =
        FileTime.from(Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS));
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(path, past);
      }
    }
    return modified(root);
  }

  private static Map<String, FileTime> modified(Path root) throws IOException {
    Map<String, FileTime> times = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        times.put(root.relativize(path).toString(), Files.getLastModifiedTime(path));
      }
    }
    return times;
  }
}
