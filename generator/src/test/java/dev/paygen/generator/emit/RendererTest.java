package dev.paygen.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeSpec;
import dev.paygen.generator.GeneratedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javax.lang.model.element.Modifier;
import org.junit.jupiter.api.Test;

/**
 * Files rendered on several threads are the files one thread renders, in the order their types were
 * added: generated output must be the same bytes on one core or eight.
 */
class RendererTest {

  /** Types of different sizes, so that workers finish them out of order. */
  private static List<TypeSpec> types() {
    return IntStream.range(0, 400)
        .mapToObj(i -> {
          TypeSpec.Builder type = TypeSpec.classBuilder("Type" + i)
              .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
              .addJavadoc("Type number $L.\n", i);
          for (int f = 0; f < (i * 7) % 40; f++) {
            type.addField(FieldSpec.builder(String.class, "field" + f, Modifier.PRIVATE)
                .addJavadoc("Field $L of type $L.\n", f, i)
                .build());
          }
          return type.build();
        })
        .toList();
  }

  private static List<GeneratedFile> render(int workers, List<TypeSpec> types) {
    try (Renderer renderer = new Renderer("spec.yaml", workers)) {
      types.forEach(type -> renderer.add("com.acme.model", type));
      return renderer.files();
    }
  }

  @Test
  void filesComeBackInTheOrderAddedAndAreTheFilesOneThreadRenders() {
    List<TypeSpec> types = types();
    List<GeneratedFile> alone = render(0, types);

    List<GeneratedFile> shared = render(3, types);

    assertThat(shared).isEqualTo(alone);
    assertThat(shared)
        .extracting(GeneratedFile::qualifiedName)
        .containsExactlyElementsOf(
            types.stream().map(type -> "com.acme.model." + type.name()).toList());
    assertThat(alone.get(7).content())
        .contains("public final class Type7 {")
        .contains("/** Field 8 of type 7. */");
  }

  @Test
  void whatATypeThrowsWhileRenderingOnAnotherThreadReachesTheCallerAsThrown() {
    Object broken = new Object() {
      @Override
      public String toString() {
        throw new IllegalArgumentException("cannot render this literal");
      }
    };
    TypeSpec type = TypeSpec.classBuilder("Broken")
        .addStaticBlock(CodeBlock.of("int x = $L;\n", broken))
        .build();
    List<TypeSpec> types = new ArrayList<>(types());
    types.add(200, type);

    assertThatThrownBy(() -> render(2, types))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot render this literal");
  }
}
