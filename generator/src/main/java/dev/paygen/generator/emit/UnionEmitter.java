package dev.paygen.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.paygen.generator.model.EnumModel;
import dev.paygen.generator.model.PropertyModel;
import dev.paygen.generator.model.TypeModel;
import dev.paygen.generator.model.TypeRef;
import dev.paygen.generator.model.UnionModel;
import dev.paygen.generator.model.UnionModel.UnionVariant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Emits a sealed union: the interface, wrapper records for non-object variants, an {@code Unknown}
 * variant keeping the raw JSON of shapes the spec did not list, and a deserializer that picks the
 * variant by discriminator or by deduction (through the runtime's {@code UnionDeserializer}).
 */
final class UnionEmitter {
  private final JavaTypes types;
  private final ModelEmitter models;
  private final RecordValidation validation;

  UnionEmitter(JavaTypes types, ModelEmitter models) {
    this.types = types;
    this.models = models;
    this.validation = new RecordValidation(types, models);
  }

  TypeSpec.Builder emit(UnionModel model) {
    ClassName self = types.className(model.name());
    ClassName unknown = self.nestedClass("Unknown");
    ClassName deserializer = self.nestedClass("Deserializer");
    TypeSpec.Builder type = TypeSpec.interfaceBuilder(model.name().simpleName())
        .addModifiers(Modifier.PUBLIC, Modifier.SEALED)
        .addJavadoc(
            "$L",
            ModelEmitter.typeDoc(model.description(), model.pointer()) + "\n<p>One of: "
                + variantList(model)
                + "; or {@link Unknown} for a shape this client does not know.\n")
        .addAnnotation(AnnotationSpec.builder(types.jackson().jsonDeserialize())
            .addMember("using", "$T.class", deserializer)
            .build());
    for (UnionVariant variant : model.variants()) {
      type.addPermittedSubclass(types.className(variant.type()));
    }
    type.addPermittedSubclass(unknown);
    models.nested(model).forEach(type::addType);
    for (UnionVariant variant : model.variants()) {
      if (variant.wrapped() != null) {
        type.addType(wrapper(variant, self));
      }
    }
    for (PropertyModel accessor : model.accessors()) {
      type.addMethod(MethodSpec.methodBuilder(accessor.javaName())
          .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
          .returns(types.of(accessor.type(), accessor.checkedNonNull()))
          .addJavadoc(
              "{@code $L}, which every variant carries.\n\n@return the value$L\n",
              Sources.javadoc(accessor.wireName()),
              accessor.checkedNonNull() ? "" : ", or null")
          .build());
    }
    type.addType(unknown(self, model.accessors()));
    type.addType(deserializer(model, self, unknown));
    return type;
  }

  private String variantList(UnionModel model) {
    StringBuilder list = new StringBuilder();
    for (UnionVariant variant : model.variants()) {
      list.append(list.length() == 0 ? "" : ", ")
          .append("{@link ")
          .append(types.className(variant.type()).canonicalName())
          .append('}');
    }
    return list.toString();
  }

  private TypeSpec wrapper(UnionVariant variant, ClassName union) {
    TypeName wrapped = types.of(variant.wrapped(), false);
    TypeSpec.Builder wrapper = TypeSpec.recordBuilder(variant.type().simpleName())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc(
            "The {@link $T} variant holding a {@code $L}.\n\n@param value the value\n",
            union,
            Sources.javadoc(wrapped.toString()))
        .addAnnotation(types.jackson().plainDeserialize())
        .addSuperinterface(union)
        .recordConstructor(MethodSpec.compactConstructorBuilder()
            .addAnnotation(Jackson.DELEGATING_CREATOR)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(ParameterSpec.builder(wrapped, "value")
                .addAnnotation(Jackson.JSON_VALUE)
                .build())
            .addStatement("$T.requireNonNull(value, $S)", Objects.class, "value")
            .build());
    if (validation.mayHoldValues(variant.wrapped())) {
      // Records inside: validate() walks into them (issue 9, lenient reading).
      wrapper
          .addSuperinterface(RuntimeTypes.VALIDATABLE)
          .addMethod(RecordValidation.wrapperValidateMethod());
    }
    return wrapper.build();
  }

  private TypeSpec unknown(ClassName union, List<PropertyModel> accessors) {
    TypeSpec.Builder unknown = TypeSpec.recordBuilder("Unknown");
    for (PropertyModel accessor : accessors) {
      // Read from the raw JSON: the shape is unknown, the shared properties are not.
      TypeName type = types.of(accessor.type(), accessor.checkedNonNull());
      CodeBlock read = CodeBlock.of(
          "$T.property(json, $S, new $T<$T>() {})",
          RuntimeTypes.UNION_DESERIALIZER,
          accessor.wireName(),
          types.jackson().typeReference(),
          type.box());
      MethodSpec.Builder method = MethodSpec.methodBuilder(accessor.javaName())
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .returns(type);
      if (accessor.checkedNonNull()) {
        method.addStatement(
            "return $T.requireNonNull($L, $S)",
            Objects.class,
            read,
            accessor.wireName() + " is required, but this unknown variant's JSON lacks it");
      } else {
        method.addStatement("return $L", read);
      }
      unknown.addMethod(method.build());
    }
    return unknown
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc(
            "A shape the spec does not list (the API may have added it); keeps the raw JSON.\n\n"
                + "@param json the JSON as received\n")
        .addSuperinterface(union)
        .recordConstructor(MethodSpec.compactConstructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addParameter(ParameterSpec.builder(types.jackson().jsonNode(), "json")
                .addAnnotation(Jackson.JSON_VALUE)
                .build())
            .build())
        .build();
  }

  private TypeSpec deserializer(UnionModel model, ClassName self, ClassName unknown) {
    CodeBlock.Builder variants = CodeBlock.builder().add("$T.of(", List.class).indent();
    for (int i = 0; i < model.variants().size(); i++) {
      UnionVariant v = model.variants().get(i);
      variants.add(i == 0 ? "\n" : ",\n");
      ClassName variantClass = types.className(v.type());
      if (v.wrapped() == null || !v.properties().isEmpty()) {
        variants.add(
            "$T.$L($T.class, $L, $L, $L)",
            RuntimeTypes.UNION_VARIANT,
            v.closed() ? "closedObject" : "object",
            variantClass,
            set(v.discriminatorValues()),
            set(v.requiredProperties()),
            set(v.properties()));
      } else {
        variants.add(scalarVariant(v.wrapped(), variantClass));
      }
    }
    variants.unindent().add(")");
    return TypeSpec.classBuilder("Deserializer")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(
            "Reads {@link $T} by $L.\n",
            self,
            model.discriminator() == null
                ? "deduction from the properties present"
                : "its {@code " + Sources.javadoc(model.discriminator()) + "} property")
        .superclass(ParameterizedTypeName.get(RuntimeTypes.UNION_DESERIALIZER, self))
        .addField(FieldSpec.builder(
                TypeName.LONG,
                "serialVersionUID",
                Modifier.PRIVATE,
                Modifier.STATIC,
                Modifier.FINAL)
            .initializer("1L")
            .build())
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("Used by Jackson through {@code @JsonDeserialize}.\n")
            .addModifiers(Modifier.PUBLIC)
            .addStatement(
                "super($T.class, $L, $L, $T::new)",
                self,
                model.discriminator() == null ? "null" : CodeBlock.of("$S", model.discriminator()),
                variants.build(),
                unknown)
            .build())
        .build();
  }

  private static CodeBlock set(List<String> values) {
    CodeBlock.Builder code = CodeBlock.builder().add("$T.of(", Set.class);
    for (int i = 0; i < values.size(); i++) {
      code.add(i == 0 ? "$S" : ", $S", values.get(i));
    }
    return code.add(")").build();
  }

  /**
   * A wrapper variant for a non-object value, with what ranks it against the others of its JSON
   * kind (issue 9): an integer takes integral numbers only, a formatted string goes before a plain
   * one, an enum goes first for the values it lists.
   */
  private CodeBlock scalarVariant(TypeRef wrapped, ClassName variantClass) {
    if (wrapped instanceof TypeRef.Scalar scalar) {
      switch (scalar.kind()) {
        case INT32, INT64 -> {
          return CodeBlock.of("$T.integer($T.class)", RuntimeTypes.UNION_VARIANT, variantClass);
        }
        case DATE, DATE_TIME, UUID, BYTES, BINARY -> {
          return CodeBlock.of("$T.formatted($T.class)", RuntimeTypes.UNION_VARIANT, variantClass);
        }
        default -> {
          // a plain string, number or boolean
        }
      }
    }
    if (wrapped instanceof TypeRef.Named named
        && models.find(named.name()) instanceof EnumModel e) {
      List<String> values =
          e.constants().stream().map(EnumModel.EnumConstant::wireValue).toList();
      return CodeBlock.of(
          "$T.enumeration($T.class, $T.$L, $L)",
          RuntimeTypes.UNION_VARIANT,
          variantClass,
          types.jackson().jsonNodeType(),
          kind(wrapped),
          set(values));
    }
    return CodeBlock.of(
        "$T.scalar($T.class, $T.$L)",
        RuntimeTypes.UNION_VARIANT,
        variantClass,
        types.jackson().jsonNodeType(),
        kind(wrapped));
  }

  /** The JSON kind a wrapper holds, for the deserializer to pick it without trying every variant. */
  private String kind(TypeRef wrapped) {
    if (wrapped instanceof TypeRef.ListOf) {
      return "ARRAY";
    }
    if (wrapped instanceof TypeRef.Scalar scalar) {
      return switch (scalar.kind()) {
        case INT32, INT64, FLOAT, DOUBLE, DECIMAL -> "NUMBER";
        case BOOLEAN -> "BOOLEAN";
        default -> "STRING";
      };
    }
    if (wrapped instanceof TypeRef.Named named) {
      TypeModel target = models.find(named.name());
      if (target instanceof EnumModel e) {
        return switch (e.valueType()) {
          case STRING -> "STRING";
          case BOOLEAN -> "BOOLEAN";
          default -> "NUMBER";
        };
      }
    }
    return "OBJECT";
  }
}
