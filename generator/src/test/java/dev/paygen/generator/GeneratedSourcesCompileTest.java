package dev.paygen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paygen.generator.support.CompiledSpecs;
import dev.paygen.generator.support.Golden;
import dev.paygen.generator.support.Workspace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated code compiles in-process with {@code --release 17 -Xlint:all -Werror} against
 * paygen-runtime and Jackson: the golden trees, the full upstream Dodo and Dots documents and every
 * real-world spec in {@code specs/real}. Each spec is generated and compiled once.
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

  @Test
  void fullUpstreamDodoDocumentCompilesWithoutWarnings() {
    String file = "upstream/dodopayments-openapi-v1.86.0.documented.yml";

    CompiledSpecs.compile(
        file, CompiledSpecs.generate(Workspace.specsFile(file), "com.acme.upstream.dodo"));
  }

  @Test
  void fullUpstreamDotsDocumentCompilesWithoutWarnings() {
    String file = "upstream/dots-openapi-v2.with-checkout-sessions-2026-02-06.yaml";

    CompiledSpecs.compile(
        file, CompiledSpecs.generate(Workspace.specsFile(file), "com.acme.upstream.dots"));
  }

  /** Each real-world spec's path relative to {@code specs/real}, as the test's display name. */
  static List<String> realSpecs() {
    Path real = Workspace.realSpecsFolder();
    return Workspace.realSpecs().stream()
        .map(spec -> real.relativize(spec).toString().replace('\\', '/'))
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("realSpecs")
  void realWorldSpecCompilesWithoutWarnings(String name) {
    Path spec = Workspace.realSpecsFolder().resolve(name);

    CompiledSpecs.compile(name, CompiledSpecs.generate(spec, "com.acme.real." + packageOf(name)));
  }

  @Test
  void everyRealWorldSpecIsFound() {
    assertThat(Workspace.realSpecs())
        .map(path -> path.getFileName().toString())
        .contains("openapi.yaml", "swagger-petstore-v3.yaml")
        .hasSizeGreaterThanOrEqualTo(8);
  }

  private static String packageOf(String fileName) {
    String base = fileName.replaceAll("/openapi\\.yaml$", "").replaceAll("\\.(ya?ml|json)$", "");
    return base.toLowerCase(java.util.Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "_")
        .replaceAll("^([0-9])", "_$1");
  }
}
