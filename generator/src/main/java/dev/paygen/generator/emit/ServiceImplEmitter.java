package dev.paygen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.paygen.generator.emit.OperationSignature.Arg;
import dev.paygen.generator.model.BodyEncoding;
import dev.paygen.generator.model.OperationModel;
import dev.paygen.generator.model.OperationModel.ParameterModel;
import dev.paygen.generator.model.PaginationModel.CursorPagination;
import dev.paygen.generator.model.PaginationModel.PageNumberPagination;
import dev.paygen.generator.model.ServiceModel;
import dev.paygen.generator.model.TypeRef;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code <Name>ServiceImpl}: builds an {@code ApiRequest} per call and hands it to the
 * runtime's {@code ApiClient}, with a {@code TypeReference} (and {@code Paginator}) constant per
 * operation.
 */
final class ServiceImplEmitter {
  private static final ClassName MAP_TYPE_OWNER = ClassName.get("java.util", "Map");

  private ServiceImplEmitter() {}

  static TypeSpec emit(
      ServiceModel service,
      ClassName iface,
      List<OperationSignature> ops,
      boolean suppressDeprecation,
      JacksonTypes jackson) {
    TypeSpec.Builder type = TypeSpec.classBuilder(iface.simpleName() + "Impl")
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(iface)
        .addAnnotation(Sources.GENERATED)
        .addJavadoc("The {@link $T} that sends requests through the paygen runtime.\n", iface);
    if (suppressDeprecation) {
      type.addAnnotation(ServiceEmitter.deprecationSuppressed());
    }
    for (OperationSignature op : ops) {
      if (op.responseType != null) {
        type.addField(FieldSpec.builder(
                jackson.typeReference(op.responseType),
                typeConstant(op),
                Modifier.PRIVATE,
                Modifier.STATIC,
                Modifier.FINAL)
            .initializer("new $T<>() {}", jackson.typeReference())
            .build());
      }
      if (op.op.pagination() != null && op.responseType != null) {
        type.addField(paginator(op));
      }
    }
    if (ops.stream().anyMatch(ServiceImplEmitter::isForm)) {
      type.addField(FieldSpec.builder(
              formMapType(jackson), "FORM_TYPE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("new $T<>() {}", jackson.typeReference())
          .build());
    }
    type.addField(RuntimeTypes.API_CLIENT, "client", Modifier.PRIVATE, Modifier.FINAL);
    type.addMethod(MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc(
            "Creates the service.\n\n@param client the runtime client that sends the requests\n")
        .addParameter(RuntimeTypes.API_CLIENT, "client")
        .addStatement(
            "this.client = $T.requireNonNull(client, $S)",
            RuntimeTypes.OBJECTS,
            "`client` is required, but was null")
        .build());
    for (OperationSignature op : ops) {
      type.addMethod(call(op, false));
      type.addMethod(call(op, true));
      type.addMethod(request(op));
    }
    return type.build();
  }

  private static TypeName formMapType(JacksonTypes jackson) {
    return jackson.typeReference(
        ParameterizedTypeName.get(MAP_TYPE_OWNER, JavaTypes.STRING, JavaTypes.OBJECT));
  }

  private static String typeConstant(OperationSignature op) {
    return op.op.javaNames().constantPrefix() + "_TYPE";
  }

  private static String paginatorConstant(OperationSignature op) {
    return op.op.javaNames().constantPrefix() + "_PAGINATOR";
  }

  private static FieldSpec paginator(OperationSignature op) {
    TypeName type = ParameterizedTypeName.get(RuntimeTypes.PAGINATOR, op.responseType, op.itemType);
    CodeBlock init;
    if (op.op.pagination() instanceof PageNumberPagination p) {
      init = CodeBlock.of(
          "$T.pageNumber($S, $L, $L, $T::$N)",
          RuntimeTypes.PAGINATOR,
          p.pageParam(),
          p.firstPage(),
          p.sizeParam() == null ? CodeBlock.of("null") : CodeBlock.of("$S", p.sizeParam()),
          op.responseType,
          p.itemsJavaName());
    } else {
      CursorPagination p = (CursorPagination) op.op.pagination();
      init = CodeBlock.of(
          "$T.cursor($S, $T::$N, response -> $T.TRUE.equals(response.$N()), item -> $T.toString(item.$N(), null))",
          RuntimeTypes.PAGINATOR,
          p.cursorParam(),
          op.responseType,
          p.itemsJavaName(),
          Boolean.class,
          p.hasMoreJavaName(),
          RuntimeTypes.OBJECTS,
          p.idJavaName());
    }
    return FieldSpec.builder(
            type, paginatorConstant(op), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(init)
        .build();
  }

  /** The implementation of the full sync or async method. */
  private static MethodSpec call(OperationSignature op, boolean async) {
    String name = async ? op.op.methodName() + "Async" : op.op.methodName();
    MethodSpec.Builder m = MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(async ? op.asyncReturnType() : op.returnType);
    op.allArgs().forEach(a -> m.addParameter(a.spec()));
    m.addParameter(RuntimeTypes.REQUEST_OPTIONS, "options");
    ServiceEmitter.deprecate(op, m);
    // The request is built (checking the arguments) before the runtime sees it; a null options is
    // refused by ApiClient's entry points, once for every operation.
    CodeBlock request =
        CodeBlock.of("$N($L)", requestMethod(op), OperationSignature.names(op.allArgs()));
    String verb = async ? "Async" : "";
    if (op.op.pagination() != null && op.responseType != null) {
      m.addStatement(
          "return client.page$L($L, $N, $N, options)",
          verb,
          request,
          typeConstant(op),
          paginatorConstant(op));
    } else if (op.responseType != null) {
      // a documented 2xx without a body (204 beside 200) reads as null; else an empty body is an
      // error
      m.addStatement(
          "return client.execute$L$L($L, $N, options)",
          op.op.response().mayBeEmpty() ? "" : "Typed",
          verb,
          request,
          typeConstant(op));
    } else if (async) {
      m.addStatement(
          "return client.<$T>executeAsync($L, null, options)", RuntimeTypes.VOID, request);
    } else {
      m.addStatement("client.<$T>execute($L, null, options)", RuntimeTypes.VOID, request);
    }
    return m.build();
  }

  private static String requestMethod(OperationSignature op) {
    return op.op.methodName() + "Request";
  }

  /** A private method building the {@code ApiRequest}, shared by the sync and async calls. */
  private static MethodSpec request(OperationSignature op) {
    OperationModel model = op.op;
    MethodSpec.Builder m = MethodSpec.methodBuilder(requestMethod(op))
        .addModifiers(Modifier.PRIVATE)
        .returns(RuntimeTypes.API_REQUEST);
    if (!isForm(op)) {
      m.addModifiers(Modifier.STATIC);
    }
    op.allArgs().forEach(a -> m.addParameter(a.spec()));
    if (op.body != null && model.body().required()) {
      m.addStatement(
          "$T.requireNonNull($N, $S)",
          RuntimeTypes.OBJECTS,
          op.body.name(),
          "`" + op.body.name() + "` is required, but was null");
    }
    if (op.params != null) {
      m.addStatement(
          "$T.requireNonNull($N, $S)",
          RuntimeTypes.OBJECTS,
          op.params.name(),
          "`" + op.params.name() + "` is required, but was null");
    }
    CodeBlock.Builder chain = CodeBlock.builder()
        .add(
            "return $T.builder($S, $S)",
            RuntimeTypes.API_REQUEST,
            model.httpMethod(),
            model.path());
    for (int i = 0; i < op.pathArgs.size(); i++) {
      Arg arg = op.pathArgs.get(i);
      ParameterModel p = model.pathParams().get(i);
      if (p.defaultStyle(false)) {
        chain.add("\n.pathParam($S, $N)", arg.wireName(), arg.name());
      } else {
        chain.add("\n.pathParam($S, $N, $L)", arg.wireName(), arg.name(), style(p));
      }
    }
    for (ParameterModel q : model.queryParams()) {
      if (q.defaultStyle(true)) {
        chain.add("\n.queryParam($S, $N.$N())", q.wireName(), op.params.name(), q.javaName());
      } else {
        chain.add(
            "\n.queryParam($S, $N.$N(), $L)",
            q.wireName(),
            op.params.name(),
            q.javaName(),
            style(q));
      }
    }
    for (ParameterModel h : model.headerParams()) {
      // Strings, numbers, booleans, dates and uuids are their own wire text; arrays, objects, enums
      // date-times and bytes go through the runtime, which writes their JSON in the simple style.
      boolean text = h.type() instanceof TypeRef.Scalar scalar
          && !EnumSet.of(
                  TypeRef.ScalarKind.DATE_TIME, TypeRef.ScalarKind.BYTES, TypeRef.ScalarKind.BINARY)
              .contains(scalar.kind());
      if (text && !h.explode()) {
        chain.add(
            "\n.header($S, $T.toString($N.$N(), null))",
            h.wireName(),
            RuntimeTypes.OBJECTS,
            op.params.name(),
            h.javaName());
      } else {
        chain.add(
            "\n.header($S, $N.$N(), $L)",
            h.wireName(),
            op.params.name(),
            h.javaName(),
            h.explode());
      }
    }
    chain.add(cookies(op));
    if (op.body != null) {
      chain.add("\n").add(body(op));
    }
    if (!model.accept().isEmpty()) {
      chain.add("\n.accept($S)", model.accept());
    }
    chain.add(security(model));
    chain.add("\n.build()");
    m.addStatement("$L", chain.build());
    return m.build();
  }

  /**
   * The request's security: {@code .security("API_KEY")} per alternative (no arguments for an
   * anonymous one), {@code .noSecurity()} when the operation takes no credentials.
   */
  private static CodeBlock security(OperationModel model) {
    if (model.security().isEmpty()) {
      return CodeBlock.of("\n.noSecurity()");
    }
    CodeBlock.Builder out = CodeBlock.builder();
    for (List<String> alternative : model.security()) {
      out.add(
          "\n.security($L)",
          alternative.stream()
              .map(name -> CodeBlock.of("$S", name))
              .collect(CodeBlock.joining(", ")));
    }
    return out.build();
  }

  private static CodeBlock body(OperationSignature op) {
    String name = op.body.name();
    return switch (op.op.body().encoding()) {
      case FORM_URLENCODED ->
        CodeBlock.of(".formBody(client.mapper().convertValue($N, FORM_TYPE))", name);
      case MULTIPART -> CodeBlock.of(".multipartBody($N)", name);
      case BINARY -> CodeBlock.of(".body($N, $S)", name, op.op.body().contentType());
      case TEXT ->
        CodeBlock.of(
            ".body($N.getBytes($T.UTF_8), $S)",
            name,
            ClassName.get("java.nio.charset", "StandardCharsets"),
            op.op.body().contentType());
      case JSON ->
        isPlainJson(op.op.body().contentType())
            ? CodeBlock.of(".body($N)", name)
            : CodeBlock.of(".jsonBody($N, $S)", name, op.op.body().contentType());
    };
  }

  /** Whether a JSON body's media type is the runtime's default, so the short call sends it. */
  private static boolean isPlainJson(String contentType) {
    return contentType == null || contentType.equalsIgnoreCase("application/json");
  }

  /** The cookie parameters, form style: the short call when exploded (the default), else explode. */
  private static CodeBlock cookies(OperationSignature op) {
    CodeBlock.Builder chain = CodeBlock.builder();
    for (ParameterModel c : op.op.cookieParams()) {
      if (c.defaultStyle(true)) {
        chain.add("\n.cookieParam($S, $N.$N())", c.wireName(), op.params.name(), c.javaName());
      } else {
        chain.add(
            "\n.cookieParam($S, $N.$N(), $L)",
            c.wireName(),
            op.params.name(),
            c.javaName(),
            c.explode());
      }
    }
    return chain.build();
  }

  private static boolean isForm(OperationSignature op) {
    return op.op.body() != null && op.op.body().encoding() == BodyEncoding.FORM_URLENCODED;
  }

  /** The runtime's style and explode arguments of a parameter: {@code ParamStyle.DEEP_OBJECT, true}. */
  private static CodeBlock style(ParameterModel p) {
    String constant = p.style().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    return p.allowReserved()
        ? CodeBlock.of("$T.$L, $L, true", RuntimeTypes.PARAM_STYLE, constant, p.explode())
        : CodeBlock.of("$T.$L, $L", RuntimeTypes.PARAM_STYLE, constant, p.explode());
  }
}
