package dev.paygen.generator.model;

/** The Java type of a property, parameter, body or response. */
public sealed interface TypeRef {

  /** A JDK type that JSON maps to directly. */
  record Scalar(ScalarKind kind) implements TypeRef {}

  /** A type this run generates. */
  record Named(TypeName name) implements TypeRef {}

  /** A JSON array. */
  record ListOf(TypeRef items, boolean nullableItems) implements TypeRef {}

  /** A JSON object used as a map from string keys. */
  record MapOf(TypeRef values, boolean nullableValues) implements TypeRef {}

  /** Any JSON value (free-form object, schema without type): Jackson's {@code JsonNode}. */
  record Any() implements TypeRef {}

  /** The JDK types a scalar schema maps to. */
  enum ScalarKind {
    /** {@code string} without a known format: {@code String}. */
    STRING,
    /**
     * {@code integer} with format {@code int32} (or {@code number}, {@code int32}): {@code
     * Integer}.
     */
    INT32,
    /** {@code integer} of any other format (or {@code number}, {@code int64}): {@code Long}. */
    INT64,
    /** {@code number} with format {@code float}: {@code Float}. */
    FLOAT,
    /** {@code number} with format {@code double}: {@code Double}. */
    DOUBLE,
    /** {@code number} of any other format: {@code BigDecimal}. */
    DECIMAL,
    /** {@code boolean}: {@code Boolean}. */
    BOOLEAN,
    /** {@code string} with format {@code date}: {@code LocalDate}. */
    DATE,
    /** {@code string} with format {@code date-time}: {@code OffsetDateTime}. */
    DATE_TIME,
    /** {@code string} with format {@code uuid}: {@code UUID}. */
    UUID,
    /** {@code string} with format {@code byte} (base64 in JSON): {@code byte[]}. */
    BYTES,
    /**
     * {@code string} with format {@code binary} (raw bytes, as in a file upload): {@code byte[]}.
     */
    BINARY
  }

  /**
   * The type as the emitters write it, with simple names ({@code List<Payment.Customer>},
   * {@code Map<String, Object>}, {@code byte[]}): what {@code emit.JavaTypes} renders, without
   * JavaPoet, for readers of the model such as {@code diff.ApiSurface}.
   *
   * @param primitive whether a scalar may be a primitive ({@code long} rather than {@code Long})
   * @return the Java source of the type
   */
  default String javaSource(boolean primitive) {
    if (this instanceof Named named) {
      return named.name().toString();
    }
    if (this instanceof ListOf list) {
      return "List<" + list.items().javaSource(false) + ">";
    }
    if (this instanceof MapOf map) {
      return "Map<String, " + map.values().javaSource(false) + ">";
    }
    if (this instanceof Scalar scalar) {
      return switch (scalar.kind()) {
        case STRING -> "String";
        case INT32 -> primitive ? "int" : "Integer";
        case INT64 -> primitive ? "long" : "Long";
        case FLOAT -> primitive ? "float" : "Float";
        case DOUBLE -> primitive ? "double" : "Double";
        case DECIMAL -> "BigDecimal";
        case BOOLEAN -> primitive ? "boolean" : "Boolean";
        case DATE -> "LocalDate";
        case DATE_TIME -> "OffsetDateTime";
        case UUID -> "UUID";
        case BYTES, BINARY -> "byte[]";
      };
    }
    return "Object";
  }

  /**
   * The type of a scalar schema.
   *
   * @param kind the JDK type
   * @return a {@link Scalar} of {@code kind}
   */
  static TypeRef scalar(ScalarKind kind) {
    return new Scalar(kind);
  }
}
