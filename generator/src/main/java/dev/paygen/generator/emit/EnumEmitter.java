package dev.paygen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.paygen.generator.model.EnumModel;
import dev.paygen.generator.model.EnumModel.EnumConstant;
import dev.paygen.generator.model.EnumModel.ValueType;
import dev.paygen.generator.naming.GeneratedNames;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Emits an open enum: a final class extending the runtime's {@code OpenEnum} (which holds the wire
 * value and everything that is the same in every enum) with one constant per listed wire value and a
 * nested Java enum of the listed values plus {@code UNRECOGNIZED} to {@code switch} over. Each value
 * is written twice (its constant and its {@code Known} constant) plus its name in the one list of
 * constants the runtime indexes. {@code of} returns the constant for a listed value (so {@code
 * ==} works) and otherwise a new instance keeping the wire value, which is written back unchanged;
 * no instance exists without its wire value.
 */
final class EnumEmitter {
  private static final String UNRECOGNIZED = GeneratedNames.UNRECOGNIZED_CONSTANT;
  /**
   * The field holding the index of the listed constants: lower case, so no constant (upper snake
   * case, from a wire value) can take its name.
   */
  private static final String INDEX = "index";

  private EnumEmitter() {}

  static TypeSpec.Builder emit(EnumModel model) {
    String simpleName = model.name().simpleName();
    ClassName self = ClassName.get("", simpleName);
    ClassName known = ClassName.get("", model.knownName());
    TypeName valueType = valueType(model.valueType());
    TypeSpec.Builder type = TypeSpec.classBuilder(simpleName)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("$L", ModelEmitter.typeDoc(model.description(), model.pointer()));
    TypeSpec.Builder knownEnum = TypeSpec.enumBuilder(model.knownName())
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc(
            "The listed values, to {@code switch} over; {@code $L} for a value the spec"
                + " does not list.\n",
            UNRECOGNIZED);
    CodeBlock.Builder values = CodeBlock.builder();
    for (EnumConstant constant : model.constants()) {
      // The literal is the wire value; a Javadoc line repeating it would only add noise.
      type.addField(FieldSpec.builder(self, constant.javaName())
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .initializer(
              "new $T($L, $T.$N)",
              self,
              literal(model.valueType(), constant.wireValue()),
              known,
              constant.javaName())
          .build());
      knownEnum.addEnumConstant(constant.javaName());
      values.add(values.isEmpty() ? "$N" : ",$W$N", constant.javaName());
    }
    knownEnum.addEnumConstant(UNRECOGNIZED);
    type.addType(knownEnum.build());
    // value(), known(), isKnown(), equals, hashCode and toString live once, in the runtime's
    // OpenEnum.
    // Known is qualified: the superclass clause is outside the class body, where Known is not in
    // scope.
    type.superclass(ParameterizedTypeName.get(
        RuntimeTypes.OPEN_ENUM, valueType, self.nestedClass(model.knownName())));
    type.addMethod(MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(valueType, "value")
        .addParameter(known, "known")
        // Compared with the Known constant itself, never a name: a listed value spelled
        // UNRECOGNIZED
        // gets another constant name (EnumBuilder reserves this one), so it stays listed.
        .addStatement("super(value, known, known != $T.$N)", known, UNRECOGNIZED)
        .build());
    // After the constants: static initialisers run in order, so the index sees them all.
    type.addField(FieldSpec.builder(
            ParameterizedTypeName.get(RuntimeTypes.OPEN_ENUM.nestedClass("Index"), self),
            INDEX,
            Modifier.PRIVATE,
            Modifier.STATIC,
            Modifier.FINAL)
        .initializer("$T.index($T.of($L))", RuntimeTypes.OPEN_ENUM, List.class, values.build())
        .build());
    type.addMethod(of(model, self, known, valueType));
    type.addMethod(MethodSpec.methodBuilder("values")
        .addJavadoc("The listed constants, in spec order.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(ClassName.get(List.class), self))
        .addStatement("return $N.values()", INDEX)
        .build());
    return type;
  }

  /**
   * {@code of(value)}: the listed constant, looked up in the runtime's index of them (one hash
   * lookup, numbers compared numerically), else a new instance keeping the value.
   */
  private static MethodSpec of(
      EnumModel model, ClassName self, ClassName known, TypeName valueType) {
    return MethodSpec.methodBuilder("of")
        .addJavadoc("The constant for a listed value (so {@code ==} works), else a new instance"
            + " keeping {@code value}.\n\n@throws NullPointerException if {@code value} is null\n")
        .addAnnotation(Jackson.DELEGATING_CREATOR)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self)
        .addParameter(valueType, "value")
        .addStatement(
            "$T listed = $N.get($T.requireNonNull(value, $S))",
            self,
            INDEX,
            Objects.class,
            model.name() + ".of: value is null")
        .addStatement(
            "return listed != null ? listed : new $T(value, $T.$N)", self, known, UNRECOGNIZED)
        .build();
  }

  private static TypeName valueType(ValueType type) {
    return switch (type) {
      case STRING -> ClassName.get(String.class);
      case INTEGER -> ClassName.get(Long.class);
      case NUMBER -> ClassName.get(BigDecimal.class);
      case BOOLEAN -> ClassName.get(Boolean.class);
    };
  }

  private static CodeBlock literal(ValueType type, String wire) {
    return switch (type) {
      case STRING -> CodeBlock.of("$S", wire);
      case INTEGER -> CodeBlock.of("$LL", wire);
      case NUMBER -> CodeBlock.of("new $T($S)", BigDecimal.class, wire);
      case BOOLEAN -> CodeBlock.of("$L", Boolean.parseBoolean(wire));
    };
  }
}
