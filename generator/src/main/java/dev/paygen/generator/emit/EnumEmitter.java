package dev.paygen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.paygen.generator.model.EnumModel;
import dev.paygen.generator.model.EnumModel.EnumConstant;
import java.math.BigDecimal;
import javax.lang.model.element.Modifier;

/**
 * Emits an open enum: one constant per wire value plus {@code UNKNOWN}, which a value the spec did
 * not list becomes instead of failing deserialization.
 */
final class EnumEmitter {
  private EnumEmitter() {}

  static TypeSpec.Builder emit(EnumModel model) {
    TypeName valueType = valueType(model.valueType());
    ClassName self = ClassName.get("", model.name().simpleName());
    TypeSpec.Builder type = TypeSpec.enumBuilder(model.name().simpleName())
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("$L", ModelEmitter.typeDoc(model.description(), model.pointer()));
    for (EnumConstant constant : model.constants()) {
      // The literal is the wire value; a Javadoc line repeating it would only add noise.
      type.addEnumConstant(
          constant.javaName(),
          TypeSpec.anonymousClassBuilder("$L", literal(model.valueType(), constant.wireValue()))
              .build());
    }
    type.addEnumConstant(
        "UNKNOWN",
        TypeSpec.anonymousClassBuilder("null")
            .addJavadoc(
                "A value this version of the client does not know; the API added it later.\n")
            .build());
    type.addField(valueType, "value", Modifier.PRIVATE, Modifier.FINAL);
    type.addMethod(MethodSpec.constructorBuilder()
        .addParameter(valueType, "value")
        .addStatement("this.value = value")
        .build());
    type.addMethod(MethodSpec.methodBuilder("value")
        .addJavadoc("The wire value, or {@code null} for {@link #UNKNOWN}.\n")
        .addAnnotation(Jackson.JSON_VALUE)
        .addModifiers(Modifier.PUBLIC)
        .returns(valueType)
        .addStatement("return value")
        .build());
    type.addMethod(MethodSpec.methodBuilder("fromValue")
        .addJavadoc(
            "The constant for a wire value; {@link #UNKNOWN} for a value not listed in the spec.\n")
        .addAnnotation(Jackson.JSON_CREATOR)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self)
        .addParameter(valueType, "value")
        .beginControlFlow("for ($T constant : values())", self)
        .beginControlFlow("if (constant.value != null && $L)", equality(model.valueType()))
        .addStatement("return constant")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return UNKNOWN")
        .build());
    type.addMethod(MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return value == null ? name() : String.valueOf(value)")
        .build());
    return type;
  }

  private static TypeName valueType(EnumModel.ValueType type) {
    return switch (type) {
      case STRING -> ClassName.get(String.class);
      case INTEGER -> ClassName.get(Long.class);
      case NUMBER -> ClassName.get(BigDecimal.class);
      case BOOLEAN -> ClassName.get(Boolean.class);
    };
  }

  private static CodeBlock equality(EnumModel.ValueType type) {
    return type == EnumModel.ValueType.NUMBER
        ? CodeBlock.of("value != null && constant.value.compareTo(value) == 0")
        : CodeBlock.of("constant.value.equals(value)");
  }

  private static CodeBlock literal(EnumModel.ValueType type, String wire) {
    return switch (type) {
      case STRING -> CodeBlock.of("$S", wire);
      case INTEGER -> CodeBlock.of("$LL", wire);
      case NUMBER -> CodeBlock.of("new $T($S)", BigDecimal.class, wire);
      case BOOLEAN -> CodeBlock.of("$L", Boolean.parseBoolean(wire));
    };
  }
}
