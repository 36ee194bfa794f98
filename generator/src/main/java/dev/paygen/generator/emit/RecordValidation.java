package dev.paygen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.paygen.generator.model.EnumModel;
import dev.paygen.generator.model.PropertyModel;
import dev.paygen.generator.model.RecordModel;
import dev.paygen.generator.model.TypeRef;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The parts of a record that keep reading lenient and writing strict: its {@code
 * validate(Validator)} method, one statement per required or nested component (the runtime's
 * {@code Validator} does the walking), and its {@code additionalProperties} component.
 */
final class RecordValidation {
  /** The last component of every record: the fields the schema does not declare. */
  static final String ADDITIONAL = "additionalProperties";

  /**
   * The name of that component when the schema declares a property whose wire name is {@code
   * additionalProperties} (JSON Schema's own documents, such as Kubernetes' {@code JSONSchemaProps}):
   * Jackson matches a record component's name against wire names, and would take both for the
   * any-setter.
   */
  static final String UNDECLARED = "undeclaredProperties";

  /** The name of the record's component keeping undeclared fields: {@link #ADDITIONAL}, else {@link #UNDECLARED}. */
  static String additionalName(RecordModel model) {
    for (PropertyModel p : model.properties()) {
      if (p.wireName().equals(ADDITIONAL)) {
        return UNDECLARED;
      }
    }
    return ADDITIONAL;
  }

  private final JavaTypes types;
  private final ModelEmitter models;

  RecordValidation(JavaTypes types, ModelEmitter models) {
    this.types = types;
    this.models = models;
  }

  /** {@code Map<String, T>}: the type of the record's additional properties. */
  TypeName additionalType(RecordModel model) {
    return ParameterizedTypeName.get(
        ClassName.get(Map.class), ClassName.get(String.class), additionalValue(model));
  }

  /**
   * {@code T}: the schema's type of additional values, else {@code JsonNode}, which (unlike {@code
   * Object}) writes back exactly what was read.
   */
  TypeName additionalValue(RecordModel model) {
    return model.additionalProperties() instanceof TypeRef.Any
        ? types.jackson().jsonNode()
        : types.of(model.additionalProperties(), false);
  }

  /** The compact constructor's statement: the map is never null, and is an immutable copy. */
  static CodeBlock additionalCopy(RecordModel model) {
    String name = additionalName(model);
    return CodeBlock.builder()
        .addStatement(
            "$N = $N == null ? $T.of() : $T.unmodifiableMap(new $T<>($N))",
            name,
            name,
            Map.class,
            Collections.class,
            LinkedHashMap.class,
            name)
        .build();
  }

  /**
   * {@code validate(Validator)}: required components by direction ({@code readOnly} ones are
   * demanded in responses only, {@code writeOnly} ones in requests only), nested generated values
   * walked.
   */
  MethodSpec validateMethod(RecordModel model) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("validate")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(RuntimeTypes.VALIDATOR, "validator");
    for (PropertyModel p : model.properties()) {
      String check = !p.checkedNonNull()
          ? mayHoldValues(p.type()) ? "nested" : null
          : p.readOnly() ? "readOnly" : p.writeOnly() ? "writeOnly" : "required";
      if (check != null) {
        method.addStatement("validator.$L($S, $N())", check, p.wireName(), p.javaName());
      }
    }
    if (mayHoldValues(model.additionalProperties())) {
      method.addStatement("validator.wrapped($N)", additionalName(model));
    }
    return method.build();
  }

  /** {@code validate(Validator)} of a union's wrapper variant: the wrapped value is walked. */
  static MethodSpec wrapperValidateMethod() {
    return MethodSpec.methodBuilder("validate")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(RuntimeTypes.VALIDATOR, "validator")
        .addStatement("validator.wrapped(value)")
        .build();
  }

  /** Whether values of the type may be (or hold) generated records or unions. */
  boolean mayHoldValues(TypeRef type) {
    if (type instanceof TypeRef.Named named) {
      return !(models.find(named.name()) instanceof EnumModel);
    }
    if (type instanceof TypeRef.ListOf list) {
      return mayHoldValues(list.items());
    }
    return type instanceof TypeRef.MapOf map && mayHoldValues(map.values());
  }
}
