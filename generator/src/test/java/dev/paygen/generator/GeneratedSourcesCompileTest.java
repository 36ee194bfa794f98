package dev.paygen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paygen.generator.support.CompiledSpecs;
import dev.paygen.generator.support.Golden;
import dev.paygen.generator.support.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated code compiles in-process with {@code --release 17 -Xlint:all -Werror} against
 * paygen-runtime and Jackson: the golden trees, the full upstream Dodo and Dots documents and every
 * real-world spec in {@code shared/specs/real}. Each spec is generated and compiled once.
 */
class GeneratedSourcesCompileTest {
  static List<Golden> goldens() {
    return Golden.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void goldenTreeCompilesWithoutWarnings(Golden golden) {
    CompiledSpecs.Compiled compiled = CompiledSpecs.compiledGolden(golden);

    assertThat(compiled.files()).isNotEmpty();
  }

  static Stream<Arguments> upstreamDocuments() {
    return Stream.of(
        Arguments.of("reference-specs/dodopayments-openapi-v1.86.0.documented.yml", "com.acme.upstream.dodo"),
        Arguments.of("reference-specs/dots-openapi-v2.with-checkout-sessions-2026-02-06.yaml", "com.acme.upstream.dots"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("upstreamDocuments")
  void fullUpstreamDocumentCompilesWithoutWarnings(String file, String packageName) {
    Path spec = Workspace.sharedFile(file);

    CompiledSpecs.compile(file, CompiledSpecs.generate(spec, packageName));
  }

  static List<Path> realSpecs() {
    return Workspace.realSpecs();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("realSpecs")
  void realWorldSpecCompilesWithoutWarnings(Path spec) {
    Path real = Workspace.shared().resolve("specs/real");
    String name = real.relativize(spec).toString();

    CompiledSpecs.compile(name, CompiledSpecs.generate(spec, "com.acme.real." + packageOf(name)));
  }

  @Test
  void everyRealWorldSpecIsFound() {
    assertThat(Workspace.realSpecs()).map(path -> path.getFileName().toString())
        .contains("openapi.yaml", "swagger-petstore-v3.yaml")
        .hasSizeGreaterThanOrEqualTo(8);
  }

  private static String packageOf(String fileName) {
    String base = fileName.replaceAll("[/\\\\]openapi\\.yaml$", "").replaceAll("\\.(ya?ml|json)$", "");
    return base.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^([0-9])", "_$1");
  }
}
