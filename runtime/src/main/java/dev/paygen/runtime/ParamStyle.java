package dev.paygen.runtime;

/**
 * How a parameter is serialized, as the OpenAPI {@code style} says (with {@code explode}). The
 * defaults, which the one-argument builder methods use, are {@link #FORM} with explode for query
 * parameters and {@link #SIMPLE} without it for path and header parameters.
 *
 * <p>Arrays and objects are serialized through their JSON: an object's properties by their JSON
 * names and values, an enum by its JSON value, dates as ISO-8601 text.
 */
public enum ParamStyle {
  /** Query: {@code a=1&a=2} exploded, {@code a=1,2} not; objects {@code k1=v1&k2=v2} or {@code a=k1,v1,k2,v2}. */
  FORM,
  /** Query arrays joined by an encoded space: {@code a=1%202}. */
  SPACE_DELIMITED,
  /** Query arrays joined by an encoded pipe: {@code a=1%7C2}. */
  PIPE_DELIMITED,
  /**
   * Query objects as {@code a[k1]=v1&a[k2]=v2} (nested {@code a[k][j]=v}), arrays as {@code
   * a[]=1&a[]=2}; brackets are percent-encoded.
   */
  DEEP_OBJECT,
  /** Path and header: {@code 1,2}; objects {@code k1,v1,k2,v2} or, exploded, {@code k1=v1,k2=v2}. */
  SIMPLE,
  /** Path: {@code .1,2}, exploded {@code .1.2}; objects {@code .k1,v1} or {@code .k1=v1.k2=v2}. */
  LABEL,
  /** Path: {@code ;a=1,2}, exploded {@code ;a=1;a=2}; objects {@code ;a=k1,v1} or {@code ;k1=v1;k2=v2}. */
  MATRIX
}
