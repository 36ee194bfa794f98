package dev.paygen.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paygen.generator.GeneratedFile;
import dev.paygen.generator.naming.GeneratedNames;
import dev.paygen.generator.support.Golden;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@link GeneratedNames}, the names the model reserves, in step with what the emitters
 * produce: every type the golden sources refer to by simple name, every method of the golden
 * clients and their builders, and every local and field of the service implementations (which
 * arguments must not take), must be reserved there. A new import or client method in an emitter
 * fails this test until the model reserves it.
 */
class GeneratedNamesTest {
  private static final Pattern IMPORT = Pattern.compile("(?m)^import ([\\w.]+)\\.(\\w+);$");
  private static final Pattern IDENTIFIER = Pattern.compile("\\b[A-Z]\\w*\\b");
  private static final Pattern CLIENT_METHOD =
      Pattern.compile("(?m)^    public (?:static )?[\\w<>.]+ (\\w+)\\(");
  private static final Pattern BUILDER_METHOD =
      Pattern.compile("(?m)^        (?:public )?(?:static )?[\\w<>.]+ ([a-z]\\w*)\\(");

  private static final Pattern LOCAL =
      Pattern.compile("(?m)^        (?:final )?[A-Z][\\w<>, ?]* ([a-z]\\w*) = ");
  private static final Pattern FIELD =
      Pattern.compile("(?m)^    private final [\\w<>]+ ([a-z]\\w*);");

  @Test
  void everyTypeGeneratedCodeRefersToBySimpleNameIsReserved() {
    Set<String> referenced = new TreeSet<>();
    for (Golden golden : Golden.all()) {
      for (GeneratedFile file : golden.files()) {
        Matcher imports = IMPORT.matcher(file.content());
        while (imports.find()) {
          if (!imports.group(1).startsWith(golden.packageName())) {
            referenced.add(imports.group(2));
          }
        }
        Matcher identifiers = IDENTIFIER.matcher(code(file.content()));
        while (identifiers.find()) {
          if (isJavaLang(identifiers.group())) {
            referenced.add(identifiers.group());
          }
        }
      }
    }

    assertThat(referenced).contains("JsonRecord", "Auth", "ClientOptions", "String", "Override");
    assertThat(GeneratedNames.REFERENCED_TYPES).containsAll(referenced);
  }

  @Test
  void everyMethodOfTheClientAndItsBuilderIsReserved() {
    for (Golden golden : Golden.all()) {
      GeneratedFile client = golden.files().stream()
          .filter(f -> f.relativePath().endsWith("Client.java"))
          .findFirst()
          .orElseThrow();
      String source = client.content();
      int builder = source.indexOf("    public static final class Builder {");
      Set<String> clientMethods = matches(CLIENT_METHOD, source.substring(0, builder));
      clientMethods.removeIf(m -> source.contains("Service " + m + "() {") || m.equals("webhooks"));
      Set<String> builderMethods = matches(BUILDER_METHOD, source.substring(builder));
      builderMethods.removeIf(
          m -> m.startsWith("bearerToken") || m.startsWith("basicAuth") || m.startsWith("apiKey"));

      assertThat(clientMethods).as(golden.name()).contains("builder", "toString");
      assertThat(GeneratedNames.CLIENT_METHODS).as(golden.name()).containsAll(clientMethods);
      assertThat(builderMethods).as(golden.name()).contains("build", "baseUrl", "timeout");
      assertThat(GeneratedNames.BUILDER_METHODS).as(golden.name()).containsAll(builderMethods);
    }
  }

  @Test
  void everyLocalAndFieldOfAServiceImplementationIsReserved() {
    Set<String> locals = new TreeSet<>();
    for (Golden golden : Golden.all()) {
      for (GeneratedFile file : golden.files()) {
        if (file.relativePath().endsWith("ServiceImpl.java")) {
          locals.addAll(matches(LOCAL, file.content()));
          locals.addAll(matches(FIELD, file.content()));
        }
      }
    }

    // "request" stays reserved (a parameter named so keeps its Java name) though no longer a local.
    assertThat(locals).contains("client");
    assertThat(GeneratedNames.OPERATION_LOCALS).containsAll(locals);
  }

  private static Set<String> matches(Pattern pattern, String source) {
    Set<String> names = new TreeSet<>();
    Matcher m = pattern.matcher(source);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /** The source without comments and string literals, where type names appear only as prose. */
  private static String code(String source) {
    return source
        .replaceAll("(?s)/\\*.*?\\*/", " ")
        .replaceAll("//[^\\n]*", " ")
        .replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\"");
  }

  private static boolean isJavaLang(String simpleName) {
    try {
      Class.forName("java.lang." + simpleName);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
