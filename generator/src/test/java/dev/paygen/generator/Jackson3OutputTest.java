package dev.paygen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paygen.generator.support.Javac;
import dev.paygen.generator.support.Workspace;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code json=jackson3}: the same emitters write Jackson 3 names ({@code tools.jackson}), and the
 * output compiles with {@code -Xlint:all -Werror} against paygen-runtime-jackson3 alone.
 */
class Jackson3OutputTest {
  @TempDir
  Path classes;

  private static List<GeneratedFile> generate(String spec, JsonLibrary json) {
    GenerationResult result =
        Generator.generate(GenerationRequest.builder(Workspace.curatedSpec(spec), "com.acme.j3")
            .json(json)
            .build());
    assertThat(result.errors()).isEmpty();
    return result.files();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"dodo-payments.yaml", "dots.yaml"})
  void jackson3OutputImportsNoJackson2Databind(String spec) {
    List<GeneratedFile> files = generate(spec, JsonLibrary.JACKSON3);

    String all = String.join("\n", files.stream().map(GeneratedFile::content).toList());
    assertThat(all)
        .doesNotContain("com.fasterxml.jackson.databind", "com.fasterxml.jackson.core")
        .contains("import tools.jackson.databind.JsonNode;")
        .contains("import tools.jackson.core.type.TypeReference;")
        .contains("import com.fasterxml.jackson.annotation.JsonProperty;"); // Jackson 3 keeps these
    assertThat(String.join(
            "\n",
            generate(spec, JsonLibrary.JACKSON2).stream()
                .map(GeneratedFile::content)
                .toList()))
        .doesNotContain("tools.jackson");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"dodo-payments.yaml", "dots.yaml"})
  void jackson3OutputCompilesWithoutWarningsAgainstTheJackson3Runtime(String spec)
      throws IOException {
    Javac.compile(spec + " (jackson3)", generate(spec, JsonLibrary.JACKSON3), classes, jackson3());
  }

  @Test
  void unknownJsonLibraryNamesTheAllowedValues() {
    assertThat(JsonLibrary.parse("Jackson3")).contains(JsonLibrary.JACKSON3);
    assertThat(JsonLibrary.parse("gson")).isEmpty();
    assertThat(JsonLibrary.unknown("<json>", "gson"))
        .startsWith("<json> must be one of jackson2, jackson3, but was 'gson'");
  }

  /**
   * This JVM's class path with paygen-runtime (Jackson 2) swapped for paygen-runtime-jackson3's
   * classes, which the reactor builds before this module (root pom). Jackson 3's jars are test
   * dependencies here; Jackson 2's stay, as harmless as in any application that has both.
   */
  private static String jackson3() throws IOException {
    Path runtime3 = Workspace.repositoryRoot().resolve("runtime-jackson3/target/classes");
    assertThat(runtime3.resolve("dev/paygen/runtime/ApiClient.class"))
        .as("paygen-runtime-jackson3 is built: run with -pl runtime,runtime-jackson3,generator")
        .exists();
    List<String> path = new ArrayList<>();
    path.add(runtime3.toString());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      boolean runtime2 = entry.replace('\\', '/').endsWith("/runtime/target/classes")
          || Path.of(entry).getFileName().toString().startsWith("paygen-runtime-");
      if (!runtime2) {
        path.add(entry);
      }
    }
    assertThat(Files.isDirectory(runtime3)).isTrue();
    return String.join(File.pathSeparator, path);
  }
}
