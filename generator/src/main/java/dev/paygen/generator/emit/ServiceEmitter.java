package dev.paygen.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.paygen.generator.emit.OperationSignature.Arg;
import dev.paygen.generator.model.ServiceModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits a {@code <Name>Service} interface: per operation one abstract method taking every
 * argument and {@code RequestOptions}, default overloads delegating to it (without the params
 * record when its parameters are all optional, without the options), and the same for {@code
 * <method>Async}, whose Javadoc points at the sync method's.
 */
final class ServiceEmitter {
  private ServiceEmitter() {}

  static TypeSpec emit(
      ServiceModel service, List<OperationSignature> ops, boolean suppressDeprecation) {
    TypeSpec.Builder type = TypeSpec.interfaceBuilder(service.name() + "Service")
        .addModifiers(Modifier.PUBLIC)
        .addAnnotation(Sources.GENERATED);
    if (suppressDeprecation) {
      type.addAnnotation(deprecationSuppressed());
    }
    String description = Sources.paragraph(service.description());
    type.addJavadoc(
        "$L", description.isEmpty() ? "The " + service.name() + " operations.\n" : description);
    type.addJavadoc("\n<p>Get it from the client; implementations are thread-safe.\n");
    for (OperationSignature op : ops) {
      type.addMethods(methods(op, false));
      type.addMethods(methods(op, true));
    }
    return type.build();
  }

  static AnnotationSpec deprecationSuppressed() {
    return AnnotationSpec.builder(SuppressWarnings.class)
        .addMember("value", "$S", "deprecation")
        .build();
  }

  /** The full method and its overloads, for the sync or async variant. */
  private static List<MethodSpec> methods(OperationSignature op, boolean async) {
    String name = async ? op.op.methodName() + "Async" : op.op.methodName();
    TypeName returns = async ? op.asyncReturnType() : op.returnType;
    List<Arg> all = op.allArgs();
    CodeBlock none = CodeBlock.of("$T.none()", RuntimeTypes.REQUEST_OPTIONS);
    List<MethodSpec> methods = new ArrayList<>();
    if (op.params != null && op.op.paramsOptional()) {
      List<Arg> lead = op.leadingArgs();
      CodeBlock empty = CodeBlock.of("$T.builder().build()", op.params.type());
      // No (options)-only overload: x(XParams.builder().build(), options) says the same.
      methods.add(overload(op, name, returns, lead, false, true, call(name, lead, empty, none)));
    }
    methods.add(overload(op, name, returns, all, false, false, call(name, all, null, none)));
    MethodSpec.Builder full = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
        .returns(returns)
        .addJavadoc(async ? op.asyncJavadoc(all) : op.javadoc(all));
    all.forEach(a -> full.addParameter(a.spec()));
    full.addParameter(RuntimeTypes.REQUEST_OPTIONS, "options");
    deprecate(op, full);
    methods.add(full.build());
    return methods;
  }

  private static MethodSpec overload(
      OperationSignature op,
      String name,
      TypeName returns,
      List<Arg> args,
      boolean withOptions,
      boolean paramsOmitted,
      CodeBlock call) {
    MethodSpec.Builder m = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
        .returns(returns)
        .addJavadoc(op.overloadJavadoc(name, op.allArgs(), withOptions, paramsOmitted));
    args.forEach(a -> m.addParameter(a.spec()));
    if (withOptions) {
      m.addParameter(RuntimeTypes.REQUEST_OPTIONS, "options");
    }
    m.addStatement(returns.equals(TypeName.VOID) ? "$L" : "return $L", call);
    deprecate(op, m);
    return m.build();
  }

  static void deprecate(OperationSignature op, MethodSpec.Builder m) {
    if (op.op.deprecated()) {
      m.addAnnotation(Deprecated.class);
    }
  }

  /** {@code name(a, b, extra, options)}. */
  private static CodeBlock call(String name, List<Arg> args, CodeBlock extra, CodeBlock options) {
    List<CodeBlock> parts = new ArrayList<>();
    args.forEach(a -> parts.add(CodeBlock.of("$N", a.name())));
    if (extra != null) {
      parts.add(extra);
    }
    parts.add(options);
    return CodeBlock.of("$N($L)", name, CodeBlock.join(parts, ", "));
  }

  static ClassName interfaceName(String servicePackage, ServiceModel service) {
    return ClassName.get(servicePackage, service.name() + "Service");
  }
}
