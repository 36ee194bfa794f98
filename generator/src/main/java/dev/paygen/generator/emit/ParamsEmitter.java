package dev.paygen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.paygen.generator.model.OperationModel;
import dev.paygen.generator.model.OperationModel.ParameterModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits a {@code <Tag><Method>Params} record: one component per query and header parameter,
 * required ones checked, lists copied immutably, and a builder.
 */
final class ParamsEmitter {
  private ParamsEmitter() {}

  static TypeSpec emit(OperationModel op, ClassName name, JavaTypes types) {
    List<ParameterModel> params = new ArrayList<>(op.queryParams());
    params.addAll(op.headerParams());
    ClassName builder = name.nestedClass("Builder");
    CodeBlock.Builder doc = CodeBlock.builder()
        .add("The query and header parameters of {@code $L $L}.\n", op.httpMethod(), Sources.javadoc(op.path()));
    if (!params.isEmpty()) {
      doc.add("\n");
    }
    MethodSpec.Builder ctor = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
    TypeSpec.Builder b = TypeSpec.classBuilder(builder)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Builds {@link $T}; not thread-safe.\n", name);
    b.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    List<String> names = new ArrayList<>();
    for (ParameterModel p : params) {
      TypeName type = types.of(p.type(), false);
      String where = op.headerParams().contains(p) ? "header" : "query parameter";
      String text = Sources.javadoc(p.description());
      doc.add("@param $L $L\n", p.javaName(),
          (text.isEmpty() ? "the `" + p.wireName() + "` " + where : text) + (p.required() ? " (required)" : ""));
      ctor.addParameter(type, p.javaName());
      if (p.required()) {
        ctor.addStatement("$T.requireNonNull($N, $S)", RuntimeTypes.OBJECTS, p.javaName(),
            p.wireName() + " is required, but was not set");
      }
      if (isList(type)) {
        ctor.addStatement("$N = $N == null ? null : $T.copyOf($N)", p.javaName(), p.javaName(), JavaTypes.LIST,
            p.javaName());
      }
      b.addField(FieldSpec.builder(type, p.javaName(), Modifier.PRIVATE).build());
      TypeName argType = JavaTypes.wildcardElements(type);
      MethodSpec.Builder setter = MethodSpec.methodBuilder(p.javaName())
          .addModifiers(Modifier.PUBLIC)
          .returns(builder)
          .addJavadoc("Sets {@code $L}.\n\n@param $L the value$L\n@return this builder\n", p.wireName(), p.javaName(),
              p.required() ? "" : ", or null to leave it out")
          .addParameter(argType, p.javaName());
      if (isList(type)) {
        setter.addStatement("this.$N = $N == null ? null : $T.copyOf($N)", p.javaName(), p.javaName(),
            JavaTypes.LIST, p.javaName());
      } else {
        setter.addStatement("this.$N = $N", p.javaName(), p.javaName());
      }
      b.addMethod(setter.addStatement("return this").build());
      names.add(p.javaName());
    }
    b.addMethod(MethodSpec.methodBuilder("build")
        .addModifiers(Modifier.PUBLIC)
        .returns(name)
        .addJavadoc("Builds the parameters.\n\n@return the parameters\n"
            + "@throws NullPointerException if a required parameter was not set\n")
        .addStatement("return new $T($L)", name, String.join(", ", names))
        .build());
    return TypeSpec.recordBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .addAnnotation(Sources.GENERATED)
        .addJavadoc(doc.build())
        .recordConstructor(ctor.build())
        .addMethod(MethodSpec.methodBuilder("builder")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(builder)
            .addJavadoc("Starts a builder.\n\n@return a new builder\n")
            .addStatement("return new $T()", builder)
            .build())
        .addType(b.build())
        .build();
  }

  private static boolean isList(TypeName type) {
    return type instanceof ParameterizedTypeName p && p.rawType().equals(JavaTypes.LIST);
  }
}
