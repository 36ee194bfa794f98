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
    STRING,
    INT32,
    INT64,
    FLOAT,
    DOUBLE,
    DECIMAL,
    BOOLEAN,
    DATE,
    DATE_TIME,
    UUID,
    BYTES,
    BINARY
  }

  static TypeRef scalar(ScalarKind kind) {
    return new Scalar(kind);
  }
}
