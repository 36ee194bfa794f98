package dev.paygen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;

/**
 * The runtime and JDK types generated clients refer to (Jackson's are in {@link Jackson}). Each simple
 * name here must be reserved in {@code naming.GeneratedNames}; {@code GeneratedNamesTest} checks it.
 */
final class RuntimeTypes {
  // CPD-OFF: a table of constants, alike to any other such table once names and literals are
  // ignored
  static final String RUNTIME = "dev.paygen.runtime";
  static final ClassName API_CLIENT = ClassName.get(RUNTIME, "ApiClient");
  static final ClassName API_REQUEST = ClassName.get(RUNTIME, "ApiRequest");
  static final ClassName AUTH = ClassName.get(RUNTIME, "Auth");
  static final ClassName CLIENT_OPTIONS = ClassName.get(RUNTIME, "ClientOptions");
  static final ClassName REQUEST_OPTIONS = ClassName.get(RUNTIME, "RequestOptions");
  static final ClassName PARAM_STYLE = ClassName.get(RUNTIME, "ParamStyle");
  static final ClassName PAGE = ClassName.get(RUNTIME, "Page");
  static final ClassName PAGINATOR = ClassName.get(RUNTIME, "Paginator");
  static final ClassName RETRY_POLICY = ClassName.get(RUNTIME, "RetryPolicy");
  static final ClassName SLEEPER = ClassName.get(RUNTIME, "Sleeper");
  static final ClassName WEBHOOK_VERIFIER = ClassName.get(RUNTIME, "WebhookVerifier");
  static final ClassName WEBHOOK_PAYLOAD_EXCEPTION =
      ClassName.get(RUNTIME, "WebhookPayloadException");
  static final ClassName UNION_DESERIALIZER = ClassName.get(RUNTIME, "UnionDeserializer");
  static final ClassName UNION_VARIANT = ClassName.get(RUNTIME, "UnionVariant");
  static final ClassName JSON_RECORD = ClassName.get(RUNTIME, "JsonRecord");
  static final ClassName OPEN_ENUM = ClassName.get(RUNTIME, "OpenEnum");
  static final ClassName VALIDATABLE = ClassName.get(RUNTIME, "Validatable");
  static final ClassName VALIDATOR = ClassName.get(RUNTIME, "Validator");
  static final ClassName EXPLICIT_NULLS = ClassName.get(RUNTIME, "ExplicitNulls");
  static final ClassName RECORD_BUILDER = ClassName.get(RUNTIME, "RecordBuilder");
  static final ClassName COMPLETABLE_FUTURE =
      ClassName.get("java.util.concurrent", "CompletableFuture");
  static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
  static final ClassName DURATION = ClassName.get("java.time", "Duration");
  static final ClassName HTTP_CLIENT = ClassName.get("java.net.http", "HttpClient");
  static final ClassName VOID = ClassName.get(Void.class);
  // CPD-ON

  private RuntimeTypes() {}

  static TypeName future(TypeName type) {
    return ParameterizedTypeName.get(COMPLETABLE_FUTURE, type.isPrimitive() ? type.box() : type);
  }
}
