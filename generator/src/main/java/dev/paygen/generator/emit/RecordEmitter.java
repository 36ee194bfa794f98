package dev.paygen.generator.emit;

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
import dev.paygen.generator.model.RecordModel;
import dev.paygen.generator.model.TypeRef;
import dev.paygen.generator.naming.Plurals;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Emits a record: components with their wire names (boxed, so a missing value is null), lists and
 * maps copied immutably, the fields the schema does not declare kept in a last {@code
 * additionalProperties} component, {@code validate(Validator)}, and a builder whose {@code build()}
 * refuses a missing required value.
 */
final class RecordEmitter {
  private final JavaTypes types;
  private final ModelEmitter models;
  private final RecordValidation validation;

  RecordEmitter(JavaTypes types, ModelEmitter models) {
    this.types = types;
    this.models = models;
    this.validation = new RecordValidation(types, models);
  }

  TypeSpec.Builder emit(RecordModel model) {
    String name = model.name().simpleName();
    TypeSpec.Builder type = TypeSpec.recordBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("$L", doc(model))
        .addAnnotation(Jackson.JSON_RECORD_ANNOTATION);
    if (!model.implementsUnions().isEmpty()) {
      type.addAnnotation(types.jackson().plainDeserialize());
      model.implementsUnions().forEach(u -> type.addSuperinterface(types.className(u)));
    }
    type.addSuperinterface(RuntimeTypes.VALIDATABLE);
    // No null checks here: Jackson reads through this constructor, and a response missing a
    // required value still reads (validate() names it); the builder and requests are strict.
    MethodSpec.Builder constructor =
        MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
    MethodSpec.Builder convenience = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("A record without additional properties.\n");
    CodeBlock.Builder args = CodeBlock.builder();
    for (PropertyModel property : model.properties()) {
      ParameterSpec.Builder component = ParameterSpec.builder(type(property), property.javaName())
          .addAnnotation(Jackson.property(property.wireName()));
      if (property.required() && property.nullable()) {
        // Required but nullable: the record's NON_NULL would leave it out, and the JSON would break
        // its schema.
        component.addAnnotation(Jackson.ALWAYS);
      }
      constructor.addParameter(component.build());
      CodeBlock preset = discriminatorValue(model, property);
      if (preset != null && property.required()) {
        // The variant's one required tag: a record made without it still says which variant it
        // is. An optional tag is pre-set by the builder only, so that a record read without it
        // is written back without it.
        constructor.addStatement(
            "$N = $N == null ? $L : $N",
            property.javaName(),
            property.javaName(),
            preset,
            property.javaName());
      }
      constructor.addCode(
          checks(type(property), property.type(), property.javaName(), property.wireName(), false));
      convenience.addParameter(type(property), property.javaName());
      args.add("$N, ", property.javaName());
    }
    TypeName additional = validation.additionalType(model);
    constructor.addParameter(
        ParameterSpec.builder(additional, RecordValidation.additionalName(model))
            .addAnnotation(Jackson.JSON_ANY_SETTER)
            .addAnnotation(Jackson.JSON_ANY_GETTER)
            .build());
    constructor.addCode(RecordValidation.additionalCopy(model));
    type.recordConstructor(constructor.build());
    type.addMethod(convenience
        .addStatement("this($L$T.of())", args.build(), java.util.Map.class)
        .build());
    type.addMethod(validation.validateMethod(model));
    ClassName self = selfName(model);
    ClassName builder = self.nestedClass("Builder");
    type.addMethod(
        builderFactory(builder).addJavadoc("A builder for {@link $T}.\n", self).build());
    type.addMethod(toBuilder(model, builder));
    type.addType(builder(model, self, builder));
    models.nested(model).forEach(type::addType);
    return type;
  }

  /**
   * The Java value of the discriminator value {@code property} is pre-set to in this record, or
   * null: a string, or the enum constant with that wire value.
   */
  private CodeBlock discriminatorValue(RecordModel model, PropertyModel property) {
    String value = model.discriminatorValues().get(property.wireName());
    if (value == null) {
      return null;
    }
    if (property.type() instanceof TypeRef.Scalar scalar
        && scalar.kind() == TypeRef.ScalarKind.STRING) {
      return CodeBlock.of("$S", value);
    }
    if (property.type() instanceof TypeRef.Named named
        && models.find(named.name()) instanceof EnumModel e) {
      for (EnumModel.EnumConstant constant : e.constants()) {
        if (constant.wireValue().equals(value)) {
          return CodeBlock.of("$T.$N", types.className(named.name()), constant.javaName());
        }
      }
    }
    return null;
  }

  private TypeName type(PropertyModel property) {
    // Boxed even when required: a missing value reads as null, never as 0 or false. Only a
    // required, non-nullable value is non-null by contract (validate() names one read missing).
    return Sources.nullableIf(!property.checkedNonNull(), types.of(property.type(), false));
  }

  private ClassName selfName(RecordModel model) {
    return types.className(model.name());
  }

  private static String doc(RecordModel model) {
    StringBuilder doc =
        new StringBuilder(ModelEmitter.typeDoc(model.description(), model.pointer()));
    if (model.deprecated()) {
      doc.append("\n<p>Deprecated in the API.\n");
    }
    if (!model.properties().isEmpty()) {
      doc.append('\n');
    }
    for (PropertyModel p : model.properties()) {
      String text = Sources.javadoc(p.description());
      doc.append("@param ")
          .append(p.javaName())
          .append(' ')
          .append(text.isEmpty() ? "{@code " + Sources.javadoc(p.wireName()) + "}" : text)
          .append(
              p.checkedNonNull() ? "" : p.required() ? " (required, may be null)" : " (optional)")
          .append(p.deprecated() ? " (deprecated in the API)" : "")
          .append('\n');
    }
    doc.append(model.properties().isEmpty() ? "\n" : "")
        .append("@param ")
        .append(RecordValidation.additionalName(model))
        .append(" the fields the schema does not declare, as read (never" + " null)\n");
    return doc.toString();
  }

  /**
   * The compact constructor's statements for one component, shared with {@link ParamsEmitter}: a
   * required value checked for null, a list or map replaced by an unmodifiable copy.
   *
   * @param javaType the component's Java type (primitives need no null check)
   */
  static CodeBlock checks(
      TypeName javaType, TypeRef type, String name, String wireName, boolean checkedNonNull) {
    CodeBlock.Builder code = CodeBlock.builder();
    if (checkedNonNull && !javaType.isPrimitive()) {
      code.addStatement(
          "$T.requireNonNull($N, $S)",
          Objects.class,
          name,
          wireName + " is required, but was not set");
    }
    CodeBlock copy = copy(type, name);
    if (copy != null) {
      if (checkedNonNull) {
        code.addStatement("$N = $L", name, copy);
      } else {
        code.addStatement("$N = $N == null ? null : $L", name, name, copy);
      }
    }
    return code.build();
  }

  /** An unmodifiable copy of a list or map, or null for other types. Keeps null elements. */
  static CodeBlock copy(TypeRef type, String name) {
    if (type instanceof TypeRef.ListOf list) {
      return list.nullableItems()
          ? CodeBlock.of(
              "$T.unmodifiableList(new $T<>($N))",
              Collections.class,
              java.util.ArrayList.class,
              name)
          : CodeBlock.of("$T.copyOf($N)", List.class, name);
    }
    if (type instanceof TypeRef.MapOf) {
      // Not Map.copyOf: its iteration order changes from run to run, and request bodies must not.
      return CodeBlock.of(
          "$T.unmodifiableMap(new $T<>($N))",
          Collections.class,
          java.util.LinkedHashMap.class,
          name);
    }
    return null;
  }

  private MethodSpec toBuilder(RecordModel model, ClassName builder) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("toBuilder")
        .addJavadoc("A builder holding this record's values.\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addStatement("$T builder = new $T()", builder, builder);
    for (PropertyModel p : model.properties()) {
      method.addStatement("builder.$N = $N", p.javaName(), p.javaName());
    }
    String additional = RecordValidation.additionalName(model);
    // The runtime's RecordBuilder holds the map (protected: out of reach here), so its setter fills
    // it.
    return method
        .addStatement(
            inheritsAdditional(model) ? "builder.$N($N)" : "builder.$N.putAll($N)",
            additional,
            additional)
        .addStatement("return builder")
        .build();
  }

  private TypeSpec builder(RecordModel model, ClassName self, ClassName builder) {
    TypeSpec.Builder type = builderType(builder)
        .addJavadoc("Builds {@link $T}; required values are checked by {@link #build()}.\n", self);
    CodeBlock.Builder args = CodeBlock.builder();
    java.util.Set<String> taken = builderMethodNames(model);
    for (PropertyModel p : model.properties()) {
      TypeName boxed = types.of(p.type(), false);
      // Nullable: a builder holds what was not set yet as null.
      FieldSpec.Builder field =
          FieldSpec.builder(Sources.nullable(boxed), p.javaName(), Modifier.PRIVATE);
      CodeBlock preset = discriminatorValue(model, p);
      if (preset == null && p.required()) {
        preset = singleValue(p);
      }
      if (preset != null) {
        field.initializer(preset);
      }
      type.addField(field.build());
      CodeBlock mark = explicitNull(model, p, p.javaName());
      MethodSpec.Builder setter =
          setter(builder, boxed, p.type(), p.javaName(), !p.checkedNonNull(), mark);
      // One line: the whole description is the record's @param; null clearing is said briefly.
      setter.addJavadoc(setterDoc(
          p.wireName(), p.description(), mark.isEmpty() ? "" : " {@code null} clears it."));
      if (p.deprecated()) {
        setter
            .addAnnotation(Deprecated.class)
            .addJavadoc("@deprecated $L\n", deprecation(p.deprecation()));
      }
      type.addMethod(setter.build());
      conveniences(
              builder,
              boxed,
              p.type(),
              p.javaName(),
              explicitNull(model, p, "this." + p.javaName()),
              taken)
          .forEach(m -> type.addMethod(p.deprecated() ? deprecate(m, p.deprecation()) : m.build()));
      args.add("$N, ", p.javaName());
    }
    additionalSetters(model, builder, type);
    type.addMethod(MethodSpec.methodBuilder("build")
        .addJavadoc(
            "The record; throws {@link IllegalStateException} naming the record and the path"
                + " of each required value not set ({@code readOnly} ones are not demanded).\n")
        .addAnnotation(NULLAWAY_CHECKED_AFTER)
        .addModifiers(Modifier.PUBLIC)
        .returns(self)
        .addStatement(
            "return $T.built(new $T($L$N))",
            RuntimeTypes.VALIDATOR,
            self,
            args.build(),
            RecordValidation.additionalName(model))
        .build());
    return type.build();
  }

  /**
   * The setter's statement that tells "set to null" from "never set" ({@code
   * ExplicitNulls.mark(additionalProperties, "wire", value)}), for an optional property whose
   * schema admits null and that a request may send (not {@code readOnly}); empty for any other.
   * Null for a property the spec forbids null in stays absent.
   */
  private CodeBlock explicitNull(RecordModel model, PropertyModel p, String value) {
    if (p.required() || !p.nullable() || p.readOnly()) {
      return CodeBlock.of("");
    }
    boolean json = model.additionalProperties() instanceof TypeRef.Any;
    return CodeBlock.of(
        "$T.$N(this.$N, $S, $L);\n",
        RuntimeTypes.EXPLICIT_NULLS,
        json ? "mark" : "markTyped",
        RecordValidation.additionalName(model),
        p.wireName(),
        value);
  }

  /**
   * A builder setter's one-line Javadoc, "Sets {@code wire}: the description's first sentence."
   * then {@code note}; shared with {@link ParamsEmitter}, so record and params builders document
   * their setters alike. The whole description is on the record's {@code @param} once.
   */
  static CodeBlock setterDoc(String wireName, String description, String note) {
    String sentence = Sources.firstSentence(Sources.javadoc(description));
    return CodeBlock.of(
        "Sets {@code $L}$L$L\n",
        Sources.javadoc(wireName),
        sentence.isEmpty() ? "." : ": " + sentence,
        note);
  }

  /** The text of an {@code @deprecated} tag: what the spec says to use instead, else "Deprecated.". */
  static String deprecation(String replacement) {
    String text = Sources.javadoc(replacement);
    return text.isEmpty() ? "Deprecated." : text;
  }

  /**
   * The one value a required property's schema allows (an enum of one value), as the builder's
   * initial value, or null: the user never has to set what can take only one value.
   */
  private CodeBlock singleValue(PropertyModel p) {
    if (p.type() instanceof TypeRef.Named named
        && models.find(named.name()) instanceof EnumModel e
        && e.constants().size() == 1) {
      return CodeBlock.of(
          "$T.$N", types.className(named.name()), e.constants().get(0).javaName());
    }
    return null;
  }

  /** The names of a record builder's own methods, which an adder or putter must not take. */
  private static java.util.Set<String> builderMethodNames(RecordModel model) {
    java.util.Set<String> names = new java.util.HashSet<>();
    model.properties().forEach(p -> names.add(p.javaName()));
    names.add(RecordValidation.additionalName(model));
    names.add("putAdditionalProperty");
    names.add("build");
    return names;
  }

  private static MethodSpec deprecate(MethodSpec.Builder method, String replacement) {
    return method
        .addAnnotation(Deprecated.class)
        .addJavadoc("\n@deprecated $L\n", deprecation(replacement))
        .build();
  }

  /**
   * {@code @SuppressWarnings("NullAway")} on a builder's {@code build()}: it passes fields still
   * null to the constructor and checks them right after ({@code Validator.built}, or the params
   * builder's list of missing names), so no value breaking the annotations is ever returned;
   * NullAway cannot follow a check made on the whole record.
   */
  static final com.palantir.javapoet.AnnotationSpec NULLAWAY_CHECKED_AFTER =
      com.palantir.javapoet.AnnotationSpec.builder(SuppressWarnings.class)
          .addMember("value", "$S", "NullAway")
          .build();

  /** {@code public static Builder builder()}, without Javadoc; shared with {@link ParamsEmitter}. */
  static MethodSpec.Builder builderFactory(ClassName builder) {
    return MethodSpec.methodBuilder("builder")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(builder)
        .addStatement("return new $T()", builder);
  }

  /**
   * The nested {@code Builder} class with its private constructor, without Javadoc; shared with
   * {@link ParamsEmitter}.
   */
  static TypeSpec.Builder builderType(ClassName builder) {
    return TypeSpec.classBuilder(builder)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addMethod(
            MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
  }

  /**
   * A builder's setter of one component, without Javadoc; shared with {@link ParamsEmitter}. A list
   * is taken as {@code List<? extends T>} and copied the way the record's constructor copies it,
   * so the builder accepts exactly the items the record accepts.
   */
  static MethodSpec.Builder setter(
      ClassName builder, TypeName boxed, TypeRef type, String name, boolean nullable) {
    return setter(builder, boxed, type, name, nullable, CodeBlock.of(""));
  }

  /**
   * As {@link #setter(ClassName, TypeName, TypeRef, String, boolean)}, running {@code then} after
   * the set. A list or map is copied, so a later change to the caller's collection never reaches
   * the builder.
   */
  private static MethodSpec.Builder setter(
      ClassName builder,
      TypeName boxed,
      TypeRef type,
      String name,
      boolean nullable,
      CodeBlock then) {
    TypeName argType = JavaTypes.wildcardElements(boxed);
    MethodSpec.Builder setter = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(Sources.nullableIf(nullable, argType), name);
    CodeBlock copy = copy(type, name);
    if (copy != null) {
      setter.addStatement("this.$N = $N == null ? null : $L", name, name, copy);
    } else {
      setter.addStatement("this.$N = $N", name, name);
    }
    return setter.addCode(then).addStatement("return this");
  }

  /**
   * The builder methods beside a component's setter, without Javadoc's deprecation; shared with
   * {@link ParamsEmitter}: {@code addX(item)} for a list, {@code putX(key, value)} for a map (each
   * unless its name is {@code taken}), and overloads taking a primitive for a {@code Long} ({@code
   * x(long)}) or {@code BigDecimal} ({@code x(long)}, {@code x(double)}), so that literals compile.
   * {@code then} runs after an add or put (it names the component as {@code this.x}).
   */
  static List<MethodSpec.Builder> conveniences(
      ClassName builder,
      TypeName boxed,
      TypeRef type,
      String name,
      CodeBlock then,
      java.util.Set<String> taken) {
    List<MethodSpec.Builder> methods = new java.util.ArrayList<>();
    String upper = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    String adder = "add" + Plurals.singular(upper);
    if (type instanceof TypeRef.ListOf list && taken.add(adder)) {
      TypeName item =
          ((com.palantir.javapoet.ParameterizedTypeName) boxed).typeArguments().get(0);
      methods.add(MethodSpec.methodBuilder(adder)
          .addJavadoc("Adds one item to {@code $L}, after those already set.\n", name)
          .addModifiers(Modifier.PUBLIC)
          .returns(builder)
          .addParameter(Sources.nullableIf(list.nullableItems(), item), "item")
          // The field holds an immutable copy until the first add (setters and toBuilder() copy,
          // so it never aliases a caller's list): copy it once, then add in place.
          .addStatement(
              "$T items = this.$N instanceof $T own ? own : this.$N == null ? new $T<>() : new $T<>(this.$N)",
              boxed,
              name,
              com.palantir.javapoet.ParameterizedTypeName.get(
                  ClassName.get(java.util.ArrayList.class), item),
              name,
              java.util.ArrayList.class,
              java.util.ArrayList.class,
              name)
          .addStatement("items.add(item)")
          .addStatement("this.$N = items", name)
          .addCode(then)
          .addStatement("return this"));
    }
    if (type instanceof TypeRef.MapOf map && taken.add("put" + upper)) {
      TypeName value =
          ((com.palantir.javapoet.ParameterizedTypeName) boxed).typeArguments().get(1);
      methods.add(MethodSpec.methodBuilder("put" + upper)
          .addJavadoc("Puts one entry into {@code $L}, beside those already set.\n", name)
          .addModifiers(Modifier.PUBLIC)
          .returns(builder)
          .addParameter(String.class, "key")
          .addParameter(Sources.nullableIf(map.nullableValues(), value), "value")
          // As for lists: copy once, then put in place, keeping the order of insertion.
          .addStatement(
              "$T entries = this.$N instanceof $T own ? own : this.$N == null ? new $T<>() : new $T<>(this.$N)",
              boxed,
              name,
              com.palantir.javapoet.ParameterizedTypeName.get(
                  ClassName.get(java.util.LinkedHashMap.class), JavaTypes.STRING, value),
              name,
              java.util.LinkedHashMap.class,
              java.util.LinkedHashMap.class,
              name)
          .addStatement("entries.put(key, value)")
          .addStatement("this.$N = entries", name)
          .addCode(then)
          .addStatement("return this"));
    }
    if (type instanceof TypeRef.Scalar scalar) {
      switch (scalar.kind()) {
        case INT64 ->
          methods.add(primitive(builder, name, TypeName.LONG, "$T.valueOf($N)", Long.class)
              .addJavadoc(
                  "Sets {@code $L} from a {@code long}, so that {@code $L(2)} compiles.\n",
                  name,
                  name));
        case DECIMAL -> {
          methods.add(
              primitive(builder, name, TypeName.LONG, "$T.valueOf($N)", java.math.BigDecimal.class)
                  .addJavadoc("Sets {@code $L} to a whole number.\n", name));
          methods.add(primitive(
                  builder, name, TypeName.DOUBLE, "$T.valueOf($N)", java.math.BigDecimal.class)
              .addJavadoc(
                  "Sets {@code $L} from a {@code double} through {@link $T#valueOf(double)}, which"
                      + " keeps a decimal literal exact ({@code 19.99} is {@code 19.99}); a"
                      + " computed {@code double} keeps its binary rounding, so pass a {@code"
                      + " BigDecimal} for money you compute.\n",
                  name,
                  java.math.BigDecimal.class));
        }
        default -> {}
      }
    }
    return methods;
  }

  /** {@code x(long x) { return x(Long.valueOf(x)); }}: a primitive overload calling the setter. */
  private static MethodSpec.Builder primitive(
      ClassName builder, String name, TypeName primitive, String convert, Class<?> boxed) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(primitive, name)
        .addStatement("return $N(" + convert + ")", name, boxed, name);
  }

  /**
   * Whether the builder extends the runtime's {@code RecordBuilder}, which holds the map of
   * additional properties and its two setters: when the component has its usual name (not
   * {@code undeclaredProperties}, the name it takes beside a property called {@code
   * additionalProperties}).
   */
  private static boolean inheritsAdditional(RecordModel model) {
    return RecordValidation.additionalName(model).equals(RecordValidation.ADDITIONAL);
  }

  /**
   * The builder's map of additional properties, its bulk setter and its one-entry setter: inherited
   * from {@code RecordBuilder<Builder, V>} when {@link #inheritsAdditional}, else declared here.
   */
  private void additionalSetters(RecordModel model, ClassName builder, TypeSpec.Builder type) {
    TypeName map = validation.additionalType(model);
    TypeName value = validation.additionalValue(model);
    String field = RecordValidation.additionalName(model);
    if (inheritsAdditional(model)) {
      type.superclass(ParameterizedTypeName.get(RuntimeTypes.RECORD_BUILDER, builder, value));
      return;
    }
    type.addField(FieldSpec.builder(map, field, Modifier.PRIVATE, Modifier.FINAL)
        .initializer("new $T<>()", java.util.LinkedHashMap.class)
        .build());
    type.addMethod(MethodSpec.methodBuilder(field)
        .addJavadoc("Replaces the fields sent beside the declared ones.\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(map, field)
        .addStatement("this.$N.clear()", field)
        .addStatement("this.$N.putAll($N)", field, field)
        .addStatement("return this")
        .build());
    type.addMethod(MethodSpec.methodBuilder("putAdditionalProperty")
        .addJavadoc("Adds a field sent beside the declared ones.\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(String.class, "name")
        .addParameter(value, "value")
        .addStatement("this.$N.put(name, value)", field)
        .addStatement("return this")
        .build());
  }
}
