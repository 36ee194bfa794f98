package dev.paygen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.paygen.generator.model.OperationModel;
import dev.paygen.generator.model.OperationModel.ParameterModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits a params record ({@code <Tag><Method>Params}, or the name operations with identical
 * parameters share): one component per query, header and cookie parameter, with a builder. The
 * constructor's checks, the builder and its setters are {@link RecordEmitter}'s, so params and
 * model records accept the same values (required ones checked, lists and maps copied immutably);
 * only the Javadoc and the absence of JSON annotations differ.
 */
final class ParamsEmitter {
  private ParamsEmitter() {}

  /** How many operations a shared record's Javadoc names before "and N more". */
  private static final int NAMED_USERS = 3;

  /**
   * The params record of {@code users}, operations with identical query, header and cookie
   * parameters (usually one); its Javadoc names the operations it serves.
   */
  static TypeSpec emit(List<OperationModel> users, ClassName name, JavaTypes types) {
    OperationModel op = users.get(0);
    List<ParameterModel> params = new ArrayList<>(op.queryParams());
    params.addAll(op.headerParams());
    params.addAll(op.cookieParams());
    ClassName builder = name.nestedClass("Builder");
    CodeBlock.Builder doc = CodeBlock.builder()
        .add(
            "The query$L parameters of $L.\n",
            op.cookieParams().isEmpty() ? " and header" : ", header and cookie",
            usedBy(users));
    if (!params.isEmpty()) {
      doc.add("\n");
    }
    MethodSpec.Builder ctor = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
    TypeSpec.Builder b = RecordEmitter.builderType(builder)
        .addJavadoc("Builds {@link $T}; not thread-safe.\n", name);
    List<String> names = new ArrayList<>();
    java.util.Set<String> taken = new java.util.HashSet<>(List.of("build"));
    params.forEach(p -> taken.add(p.javaName()));
    CodeBlock.Builder missing = CodeBlock.builder();
    for (ParameterModel p : params) {
      // Boxed even when required: a builder holds unset values as null.
      TypeName type = types.of(p.type(), false);
      String where = op.headerParams().contains(p)
          ? "header"
          : op.cookieParams().contains(p) ? "cookie" : "query parameter";
      String text = Sources.javadoc(p.description());
      doc.add(
          "@param $L $L\n",
          p.javaName(),
          (text.isEmpty() ? "the `" + p.wireName() + "` " + where : text)
              + (p.required() ? " (required)" : ""));
      ctor.addParameter(Sources.nullableIf(!p.required(), type), p.javaName());
      ctor.addCode(RecordEmitter.checks(type, p.type(), p.javaName(), p.wireName(), p.required()));
      b.addField(FieldSpec.builder(Sources.nullable(type), p.javaName(), Modifier.PRIVATE)
          .build());
      if (p.required()) {
        missing
            .beginControlFlow("if (this.$N == null)", p.javaName())
            .addStatement("missing.add($S)", p.wireName())
            .endControlFlow();
      }
      b.addMethod(RecordEmitter.setter(builder, type, p.type(), p.javaName(), !p.required())
          .addJavadoc(RecordEmitter.setterDoc(p.wireName(), p.description(), ""))
          .build());
      RecordEmitter.conveniences(builder, type, p.type(), p.javaName(), CodeBlock.of(""), taken)
          .forEach(m -> b.addMethod(m.build()));
      names.add(p.javaName());
    }
    MethodSpec.Builder build = MethodSpec.methodBuilder("build")
        .addModifiers(Modifier.PUBLIC)
        .returns(name)
        .addJavadoc(
            "Builds the parameters$L.\n",
            missing.isEmpty()
                ? ""
                : "; throws {@link IllegalStateException} naming every required one not set");
    if (!missing.isEmpty()) {
      // Every missing parameter in one message, rather than the constructor's first NPE.
      build
          .addAnnotation(RecordEmitter.NULLAWAY_CHECKED_AFTER)
          .addStatement("$T<$T> missing = new $T<>()", List.class, String.class, ArrayList.class)
          .addCode(missing.build())
          .beginControlFlow("if (!missing.isEmpty())")
          .addStatement(
              "throw new $T($S + $T.join(\", \", missing) + $S)",
              IllegalStateException.class,
              name.simpleName() + " cannot be built: ",
              String.class,
              " required, but not set")
          .endControlFlow();
    }
    // this.x: the local list must not hide a parameter named "missing".
    b.addMethod(build
        .addStatement(
            "return new $T($L)",
            name,
            String.join(", ", names.stream().map(n -> "this." + n).toList()))
        .build());
    return TypeSpec.recordBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .addAnnotation(Sources.GENERATED)
        .addJavadoc(doc.build())
        .recordConstructor(ctor.build())
        .addMethod(RecordEmitter.builderFactory(builder)
            .addJavadoc("Starts a builder.\n")
            .build())
        .addType(b.build())
        .build();
  }

  /**
   * The operation ({@code GET /payments} in code font) or, for several, how many and the first few
   * ({@code 5 operations: GET /a, GET /b, GET /c and 2 more}).
   */
  private static CodeBlock usedBy(List<OperationModel> users) {
    List<CodeBlock> named = users.stream()
        .limit(NAMED_USERS)
        .map(u -> CodeBlock.of("{@code $L $L}", u.httpMethod(), Sources.javadoc(u.path())))
        .toList();
    if (users.size() == 1) {
      return named.get(0);
    }
    CodeBlock list = CodeBlock.join(named.subList(0, named.size() - 1), ", ");
    CodeBlock last = users.size() > NAMED_USERS
        ? CodeBlock.of(", $L and $L more", named.get(named.size() - 1), users.size() - NAMED_USERS)
        : CodeBlock.of(" and $L", named.get(named.size() - 1));
    return CodeBlock.of("$L operations: $L$L", users.size(), list, last);
  }
}
