package dev.paygen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.paygen.generator.model.ApiModel;
import dev.paygen.generator.model.TypeModel;
import dev.paygen.generator.support.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The real Lago document (`specs/large/lago`: 520 files, split the way Redocly splits a spec, its
 * root's {@code components} maps themselves {@code $ref}s to {@code _index.yaml} files) models as one
 * type per schema file, as the benchmark's figures assume. Before bundling, Swagger Parser could
 * not resolve those maps (W006) and every schema was a new inline copy at each use: 5,320 types.
 */
class LargeSpecsTest {
  private static final Path LAGO = Workspace.repositoryRoot().resolve("specs/large/lago");
  private static final String SCHEMAS = "/components/schemas/";

  @Test
  void lagoSchemaFilesAreOneTypeEachHoweverManyFilesReferToThem() throws IOException {
    ModelOutcome outcome = Generator.model(
        GenerationRequest.builder(LAGO.resolve("openapi.yaml"), "io.lago").build());

    assertThat(outcome.errors()).as("errors").isEmpty();
    assertThat(outcome.diagnostics())
        .extracting(Diagnostic::code)
        .as("no component map left unresolved")
        .doesNotContain(DiagnosticCode.W006_PARSER_WARNING.code());
    // A schema is named in schemas/_index.yaml (the root's components map), or after its file when
    // other files reach it by a $ref to the file (Lago's index has one name that is not its
    // file's).
    Set<String> names = new TreeSet<>();
    new ObjectMapper(new YAMLFactory())
        .readTree(LAGO.resolve("schemas/_index.yaml").toFile())
        .fieldNames()
        .forEachRemaining(names::add);
    int indexed = names.size();
    try (Stream<Path> files = Files.walk(LAGO.resolve("schemas"))) {
      files
          .map(file -> file.getFileName().toString())
          .filter(file -> file.endsWith(".yaml") && !file.equals("_index.yaml"))
          .forEach(file -> names.add(file.substring(0, file.length() - ".yaml".length())));
    }
    Map<String, Long> typesPerSchema = allTypes(outcome.model()).stream()
        .map(TypeModel::pointer)
        .filter(pointer -> pointer.startsWith(SCHEMAS))
        .filter(pointer -> pointer.indexOf('/', SCHEMAS.length()) < 0)
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

    assertThat(indexed).isEqualTo(219);
    assertThat(names).hasSize(309);
    assertThat(typesPerSchema)
        .allSatisfy((pointer, count) ->
            assertThat(count).as("types generated from %s", pointer).isEqualTo(1L));
    // Every object and enum schema is a type (the rest are aliases of a list, a string or a union
    // of other components, written where they are used).
    assertThat(typesPerSchema.keySet())
        .allSatisfy(pointer -> assertThat(names).contains(pointer.substring(SCHEMAS.length())))
        .hasSizeGreaterThan(names.size() * 9 / 10);
    assertThat(allTypes(outcome.model())).hasSizeLessThan(1_000);
  }

  private static List<TypeModel> allTypes(ApiModel model) {
    List<TypeModel> all = new ArrayList<>();
    List<TypeModel> pending = new ArrayList<>(model.types());
    while (!pending.isEmpty()) {
      TypeModel type = pending.remove(pending.size() - 1);
      all.add(type);
      pending.addAll(type.nested());
    }
    return all;
  }
}
