package dev.paygen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;

/** The runtime and JDK types generated clients refer to. */
final class RuntimeTypes {
  static final String RUNTIME = "dev.paygen.runtime";
  static final ClassName API_CLIENT = ClassName.get(RUNTIME, "ApiClient");
  static final ClassName API_REQUEST = ClassName.get(RUNTIME, "ApiRequest");
  static final ClassName AUTH = ClassName.get(RUNTIME, "Auth");
  static final ClassName CLIENT_OPTIONS = ClassName.get(RUNTIME, "ClientOptions");
  static final ClassName REQUEST_OPTIONS = ClassName.get(RUNTIME, "RequestOptions");
  static final ClassName PAGE = ClassName.get(RUNTIME, "Page");
  static final ClassName PAGINATOR = ClassName.get(RUNTIME, "Paginator");
  static final ClassName RETRY_POLICY = ClassName.get(RUNTIME, "RetryPolicy");
  static final ClassName SLEEPER = ClassName.get(RUNTIME, "Sleeper");
  static final ClassName WEBHOOK_VERIFIER = ClassName.get(RUNTIME, "WebhookVerifier");
  static final ClassName TYPE_REFERENCE =
      ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");
  static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
  static final ClassName JSON_PROCESSING_EXCEPTION =
      ClassName.get("com.fasterxml.jackson.core", "JsonProcessingException");
  static final ClassName COMPLETABLE_FUTURE =
      ClassName.get("java.util.concurrent", "CompletableFuture");
  static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
  static final ClassName DURATION = ClassName.get("java.time", "Duration");
  static final ClassName HTTP_CLIENT = ClassName.get("java.net.http", "HttpClient");
  static final ClassName VOID = ClassName.get(Void.class);

  private RuntimeTypes() {}

  static TypeName future(TypeName type) {
    return ParameterizedTypeName.get(COMPLETABLE_FUTURE, type.isPrimitive() ? type.box() : type);
  }

  static TypeName typeReference(TypeName type) {
    return ParameterizedTypeName.get(TYPE_REFERENCE, type);
  }
}
