package dev.paygen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.paygen.generator.model.OperationModel;
import dev.paygen.generator.model.OperationModel.ParameterModel;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Java shape of one operation, shared by the interface and its implementation: argument names
 * and types (path parameters, body, params record), the return type and the Javadoc.
 */
final class OperationSignature {
  final OperationModel op;
  final List<Arg> pathArgs;
  final Arg body;
  final Arg params;
  final TypeName returnType;
  final TypeName itemType;
  final TypeName responseType;

  /**
   * One method argument.
   *
   * @param name the Java name
   * @param type the Java type
   * @param wireName the path parameter's wire name, or null
   * @param doc the {@code @param} text
   */
  record Arg(String name, TypeName type, String wireName, String doc) {
    ParameterSpec spec() {
      return ParameterSpec.builder(type, name).build();
    }
  }

  OperationSignature(OperationModel op, JavaTypes types, String servicePackage) {
    this.op = op;
    List<Arg> path = new ArrayList<>();
    for (ParameterModel p : op.pathParams()) {
      path.add(new Arg(
          p.javaName(),
          types.of(p.type(), true),
          p.wireName(),
          orDefault(p.description(), "the `" + p.wireName() + "` path parameter")));
    }
    this.pathArgs = List.copyOf(path);
    this.body = op.body() == null
        ? null
        : new Arg(
            op.javaNames().bodyArg(),
            types.of(op.body().type(), false),
            null,
            orDefault(op.body().description(), "the request body"));
    this.params = op.paramsType() == null
        ? null
        : new Arg(
            op.javaNames().paramsArg(),
            ClassName.get(servicePackage, op.paramsType()),
            null,
            "the query and header parameters");
    this.responseType = op.response() == null ? null : types.of(op.response().type(), false);
    if (op.pagination() != null) {
      this.itemType = types.of(op.pagination().itemType(), false);
      this.returnType = ParameterizedTypeName.get(RuntimeTypes.PAGE, itemType);
    } else {
      this.itemType = null;
      this.returnType = responseType == null
          ? TypeName.VOID
          : Sources.nullableIf(op.response().mayBeEmpty(), responseType);
    }
  }

  private static String orDefault(String text, String fallback) {
    return text == null || text.isBlank() ? fallback : text;
  }

  TypeName asyncReturnType() {
    return RuntimeTypes.future(returnType.equals(TypeName.VOID) ? RuntimeTypes.VOID : returnType);
  }

  /** Arguments before the params record: path parameters, then the body. */
  List<Arg> leadingArgs() {
    List<Arg> args = new ArrayList<>(pathArgs);
    if (body != null) {
      args.add(body);
    }
    return args;
  }

  /** Arguments of the full method, without the trailing {@code RequestOptions}. */
  List<Arg> allArgs() {
    List<Arg> args = leadingArgs();
    if (params != null) {
      args.add(params);
    }
    return args;
  }

  static String names(List<Arg> args) {
    return args.stream().map(Arg::name).collect(Collectors.joining(", "));
  }

  /**
   * A short Javadoc for an overload that only fills in defaults: one sentence naming the route and
   * linking the full method, which carries the whole documentation.
   */
  CodeBlock overloadJavadoc(
      String name, List<Arg> all, boolean withOptions, boolean paramsOmitted) {
    String summary =
        Sources.javadoc(op.summary()).lines().findFirst().orElse("").strip();
    if (summary.endsWith(".")) {
      summary = summary.substring(0, summary.length() - 1);
    }
    CodeBlock link = link(name, all);
    String defaults = paramsOmitted
        ? (withOptions ? "default parameters" : "default parameters and request options")
        : "default request options";
    CodeBlock.Builder doc = CodeBlock.builder()
        .add(
            "$L{@code $L $L} with $L; see $L.\n",
            summary.isEmpty() ? "" : summary + ": ",
            op.httpMethod(),
            Sources.javadoc(op.path()),
            defaults,
            link);
    if (op.deprecated()) {
      doc.add("\n@deprecated $L\n", RecordEmitter.deprecation(op.deprecation()));
    }
    return doc.build();
  }

  /** A link to the full method {@code name}: {@code #name(A, B, RequestOptions)} in braces. */
  private static CodeBlock link(String name, List<Arg> all) {
    CodeBlock.Builder link = CodeBlock.builder().add("{@link #$L(", name);
    for (Arg arg : all) {
      TypeName type = arg.type() instanceof ParameterizedTypeName p ? p.rawType() : arg.type();
      link.add("$T, ", type);
    }
    return link.add("$T)}", RuntimeTypes.REQUEST_OPTIONS).build();
  }

  /**
   * The full async method's Javadoc: one line pointing at the sync method, which documents every
   * argument, rather than a second copy of it.
   */
  CodeBlock asyncJavadoc(List<Arg> all) {
    CodeBlock.Builder doc = CodeBlock.builder()
        .add(
            "$L, asynchronously: the future completes with its result or fails with its"
                + " exception.\n",
            link(op.methodName(), all));
    if (op.deprecated()) {
      doc.add("\n@deprecated $L\n", RecordEmitter.deprecation(op.deprecation()));
    }
    return doc.build();
  }

  /** The method's Javadoc: summary, description, route, then {@code @param}s. */
  CodeBlock javadoc(List<Arg> args) {
    CodeBlock.Builder doc = CodeBlock.builder();
    String summary = Sources.javadoc(op.summary());
    String description = Sources.javadoc(op.description());
    // A paragraph tag only between paragraphs: a comment that opens with <p> has an empty first
    // sentence, which is the whole of what an IDE's completion list and the method summary show.
    boolean first = true;
    if (!summary.isEmpty()) {
      doc.add("$L\n\n", summary);
      first = false;
    }
    if (!description.isEmpty() && !description.equals(summary)) {
      doc.add(first ? "$L\n\n" : "<p>$L\n\n", description);
      first = false;
    }
    doc.add(
        first ? "{@code $L $L}\n" : "<p>{@code $L $L}\n",
        op.httpMethod(),
        Sources.javadoc(op.path()));
    doc.add("\n");
    for (Arg arg : args) {
      doc.add("@param $L $L\n", arg.name(), Sources.javadoc(arg.doc()));
    }
    doc.add("@param options per-call settings: timeout, retries, extra headers, idempotency key\n");
    String returns = returnDoc();
    if (returns != null) {
      doc.add("@return $L\n", returns);
    }
    if (op.deprecated()) {
      doc.add("@deprecated $L\n", RecordEmitter.deprecation(op.deprecation()));
    }
    return doc.build();
  }

  private String returnDoc() {
    if (op.pagination() != null) {
      return "the first page; {@code autoPager()} iterates over every page";
    }
    return op.response() == null
        ? null
        : orDefault(Sources.javadoc(op.response().description()), "the response");
  }
}
