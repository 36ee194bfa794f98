package dev.paygen.generator.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import dev.paygen.generator.JsonLibrary;
import dev.paygen.generator.model.TypeRef;
import java.util.List;

/** Maps model types to JavaPoet types, for one model package. */
public final class JavaTypes {
  /** {@code java.util.List}. */
  public static final ClassName LIST = ClassName.get(List.class);
  /** {@code java.util.Map}. */
  public static final ClassName MAP = ClassName.get(java.util.Map.class);
  /** {@code java.lang.String}. */
  public static final ClassName STRING = ClassName.get(String.class);
  /** {@code java.lang.Object}, the type of a value of unknown shape. */
  public static final ClassName OBJECT = ClassName.get(Object.class);

  private final String modelPackage;
  private final JacksonTypes jackson;

  /**
   * The types for a model package, with Jackson 2's names.
   *
   * @param modelPackage the package generated types are in
   */
  public JavaTypes(String modelPackage) {
    this(modelPackage, JsonLibrary.JACKSON2);
  }

  /**
   * The types for a model package, with the Jackson names of {@code json}.
   *
   * @param modelPackage the package generated types are in
   * @param json the JSON library the generated code is written for
   */
  public JavaTypes(String modelPackage, JsonLibrary json) {
    this.modelPackage = modelPackage;
    this.jackson = JacksonTypes.of(json);
  }

  /** The Jackson databind and core names of the chosen JSON library. */
  JacksonTypes jackson() {
    return jackson;
  }

  /**
   * The class of a generated type.
   *
   * @param name the type's name in the model package
   * @return its JavaPoet class, nested as the name is
   */
  public ClassName className(dev.paygen.generator.model.TypeName name) {
    List<String> names = name.simpleNames();
    return ClassName.get(
        modelPackage, names.get(0), names.subList(1, names.size()).toArray(new String[0]));
  }

  /**
   * The Java type of a model type.
   *
   * @param ref the model type
   * @param primitive whether a scalar may be a primitive ({@code long} rather than {@code Long})
   * @return the Java type of {@code ref}
   */
  public TypeName of(TypeRef ref, boolean primitive) {
    if (ref instanceof TypeRef.Named named) {
      return className(named.name());
    }
    if (ref instanceof TypeRef.ListOf list) {
      return ParameterizedTypeName.get(LIST, of(list.items(), false));
    }
    if (ref instanceof TypeRef.MapOf map) {
      return ParameterizedTypeName.get(MAP, STRING, of(map.values(), false));
    }
    if (ref instanceof TypeRef.Scalar scalar) {
      TypeName type = switch (scalar.kind()) {
        case STRING -> STRING;
        case INT32 -> TypeName.INT;
        case INT64 -> TypeName.LONG;
        case FLOAT -> TypeName.FLOAT;
        case DOUBLE -> TypeName.DOUBLE;
        case DECIMAL -> ClassName.get(java.math.BigDecimal.class);
        case BOOLEAN -> TypeName.BOOLEAN;
        case DATE -> ClassName.get(java.time.LocalDate.class);
        case DATE_TIME -> ClassName.get(java.time.OffsetDateTime.class);
        case UUID -> ClassName.get(java.util.UUID.class);
        case BYTES, BINARY -> ArrayTypeName.of(TypeName.BYTE);
      };
      return primitive || !type.isPrimitive() ? type : type.box();
    }
    return OBJECT;
  }

  /**
   * Widens a list type's elements, for collection parameters of builders.
   *
   * @param type a type
   * @return {@code List<? extends T>} for {@code List<T>}; any other type as it is
   */
  public static TypeName wildcardElements(TypeName type) {
    if (type instanceof ParameterizedTypeName p && p.rawType().equals(LIST)) {
      return ParameterizedTypeName.get(
          LIST, WildcardTypeName.subtypeOf(p.typeArguments().get(0)));
    }
    return type;
  }
}
