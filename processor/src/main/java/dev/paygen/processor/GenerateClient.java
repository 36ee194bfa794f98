package dev.paygen.processor;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Generates a typed client from an OpenAPI spec while javac compiles the annotated package.
 *
 * <pre>{@code
 * // src/main/java/com/acme/dodo/package-info.java
 * @GenerateClient(spec = "src/main/openapi/dodo-payments.yaml", clientName = "DodoPayments")
 * package com.acme.dodo;
 *
 * import dev.paygen.processor.GenerateClient;
 * }</pre>
 *
 * <p>The sources are generated in the first processing round, so code compiled in the same javac
 * run can use the client. Problems in the spec are reported as compiler errors on this annotation,
 * each with the spec file and JSON pointer.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.PACKAGE)
public @interface GenerateClient {

  /**
   * The OpenAPI document: a path resolved against the processor option {@code paygen.baseDir}
   * ({@code -Apaygen.baseDir=...}) when given, else against javac's working directory; or
   * {@code classpath:path/in/a/jar.yaml} for a spec on the annotation processor path (such as
   * {@code classpath:paygen/specs/dodo-payments.yaml} from {@code paygen-spec}).
   *
   * @return the spec's path or {@code classpath:} location
   */
  String spec();

  /** {@return the base package of the client; empty (the default) means the annotated package} */
  String packageName() default "";

  /**
   * The client's name without the {@code Client} suffix; empty (the default) takes the spec's
   * {@code x-paygen-client-name}, else its {@code info.title}.
   *
   * @return the client's name, or empty
   */
  String clientName() default "";

  /** {@return whether {@code $ref}s to http(s) URLs may be fetched; off by default} */
  boolean allowRemoteRefs() default false;

  /**
   * Method-name overrides as {@code "operationId=javaName"} entries, e.g.
   * {@code {"create_session=start"}}; none by default.
   *
   * @return the {@code operationId=javaName} entries
   */
  String[] operationNames() default {};

  /**
   * Type-name overrides as {@code "SchemaName=JavaName"} entries, keyed by the name under
   * {@code components/schemas}; none by default.
   *
   * @return the {@code SchemaName=JavaName} entries
   */
  String[] typeNames() default {};

  /**
   * A YAML names file ({@code operations:} operationId: method name, {@code schemas:} schema name:
   * type name), found like {@link #spec()}; {@link #operationNames()} and {@link #typeNames()} win
   * per entry. Empty (the default): none.
   *
   * @return the names file's path or {@code classpath:} location, or empty
   */
  String namesFile() default "";
}
