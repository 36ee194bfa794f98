package dev.paygen.generator.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paygen.generator.GeneratedFile;
import dev.paygen.generator.GenerationRequest;
import dev.paygen.generator.GenerationResult;
import dev.paygen.generator.Generator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Generates and compiles each spec at most once per test JVM, so the compile test and the JSON
 * round-trip test share the (slow) javac work.
 */
public final class CompiledSpecs {
  private static final Map<String, Compiled> CACHE = new ConcurrentHashMap<>();

  private CompiledSpecs() {}

  /** One spec's generated sources and a class loader over their compiled classes. */
  public record Compiled(List<GeneratedFile> files, Path classes, ClassLoader loader) {
    public Class<?> load(String qualifiedName) {
      try {
        return Class.forName(qualifiedName, true, loader);
      } catch (ClassNotFoundException e) {
        throw new AssertionError("generated class " + qualifiedName + " is missing", e);
      }
    }
  }

  /** The content of the one generated file whose path ends with {@code suffix}; fails if none does. */
  public static String source(List<GeneratedFile> files, String suffix) {
    return files.stream()
        .filter(f -> f.relativePath().endsWith(suffix))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no generated file ends with " + suffix))
        .content();
  }

  /** Renders {@code spec} in memory into {@code packageName}, asserting success. */
  public static List<GeneratedFile> generate(Path spec, String packageName) {
    GenerationResult result =
        Generator.generate(GenerationRequest.builder(spec, packageName).build());
    assertThat(result.errors()).as("errors generating %s", spec).isEmpty();
    assertThat(result.files()).as("files generated from %s", spec).isNotEmpty();
    return result.files();
  }

  /** Generates and compiles {@code spec} (once per JVM). */
  public static Compiled compiled(Path spec, String packageName) {
    return CACHE.computeIfAbsent(
        spec.toAbsolutePath() + "|" + packageName,
        key -> compile(spec.getFileName().toString(), generate(spec, packageName)));
  }

  /** Compiles a golden folder as it is on disk (once per JVM). */
  public static Compiled compiledGolden(Golden golden) {
    return CACHE.computeIfAbsent(
        "golden|" + golden.name(), key -> compile("golden " + golden.name(), golden.files()));
  }

  /** Compiles already generated files into a fresh folder deleted when the JVM exits. */
  public static Compiled compile(String what, List<GeneratedFile> files) {
    try {
      Path classes = Files.createTempDirectory("paygen-classes-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteRecursively(classes)));
      Javac.compile(what, files, classes);
      URLClassLoader loader = new URLClassLoader(
          new URL[] {classes.toUri().toURL()}, CompiledSpecs.class.getClassLoader());
      return new Compiled(files, classes, loader);
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // best effort: a temp folder
    }
  }
}
