package dev.paygen.generator.naming;

import java.util.List;
import java.util.Set;

/**
 * The names generated code itself declares or refers to, which a name from the spec must not take.
 * Plain strings so the model layer can reserve them without knowing the emitters; the emit tests
 * keep them complete ({@code GeneratedNamesTest} collects every type the generated sources import
 * or take from {@code java.lang}, and every method of the generated client, and checks each is
 * listed here), so this list cannot drift from what the emitters produce.
 */
public final class GeneratedNames {
  // CPD-OFF: tables of names, alike to any other such table once names and literals are ignored
  /**
   * Types generated code refers to by simple name: {@code java.lang} types and every import. A model
   * type of the same name would shadow them, so it gets a {@code Model} suffix (a naming rule).
   */
  public static final Set<String> REFERENCED_TYPES = Set.of(
      // java.lang
      "Object",
      "String",
      "Integer",
      "Long",
      "Boolean",
      "Double",
      "Float",
      "Number",
      "Short",
      "Byte",
      "Character",
      "Void",
      "Class",
      "Override",
      "Deprecated",
      "SuppressWarnings",
      "SafeVarargs",
      "FunctionalInterface",
      "Record",
      "Enum",
      "Iterable",
      "Math",
      "System",
      "Exception",
      "RuntimeException",
      "Error",
      "Throwable",
      "IllegalArgumentException",
      "IllegalStateException",
      "NullPointerException",
      "StringBuilder",
      "Thread",
      "Runnable",
      "Comparable",
      "CharSequence",
      // the JDK
      "List",
      "Map",
      "Set",
      "Objects",
      "Collections",
      "ArrayList",
      "LinkedHashMap",
      "Generated",
      "UUID",
      "URI",
      "LocalDate",
      "OffsetDateTime",
      "BigDecimal",
      "BigInteger",
      "Duration",
      "CompletableFuture",
      "Clock",
      "HttpClient",
      "UnaryOperator",
      "StandardCharsets",
      // JSpecify
      "Nullable",
      "NullMarked",
      // Jackson
      "JsonProperty",
      "JsonValue",
      "JsonCreator",
      "JsonIgnoreProperties",
      "JsonInclude",
      "JsonDeserialize",
      "JsonNode",
      "JsonNodeType",
      "TypeReference",
      "ObjectMapper",
      "JsonProcessingException",
      "JsonAnySetter",
      "JsonAnyGetter",
      // the runtime
      "UnionDeserializer",
      "UnionVariant",
      "Page",
      "Paginator",
      "RequestOptions",
      "ApiClient",
      "ApiRequest",
      "JsonRecord",
      "OpenEnum",
      "Auth",
      "ClientOptions",
      "RetryPolicy",
      "Sleeper",
      "Validatable",
      "Validator",
      "ExplicitNulls",
      "RecordBuilder",
      "WebhookVerifier",
      "WebhookPayloadException");

  /**
   * Methods the client class has besides its service accessors (and {@code webhooks()}, which yields
   * to a tag of that name); a tag whose accessor would be one of them gets a {@code Service} suffix.
   */
  public static final Set<String> CLIENT_METHODS = Set.of(
      "builder",
      "fromEnv",
      "toString",
      "hashCode",
      "equals",
      "getClass",
      "notify",
      "notifyAll",
      "wait",
      "clone",
      "finalize");

  /**
   * Methods of the client's builder besides the credential setters, which must not take their names.
   * {@code build}, {@code toString} and {@code Object}'s methods included.
   */
  public static final Set<String> BUILDER_METHODS = Set.of(
      "environment",
      "baseUrl",
      "timeout",
      "maxRetries",
      "retryPolicy",
      "httpClient",
      "jsonMapper",
      "idempotencyHeader",
      "header",
      "sleeper",
      "strictResponses",
      "webhookSecret",
      "fromEnv",
      "build",
      "toString",
      "hashCode",
      "equals",
      "getClass",
      "notify",
      "notifyAll",
      "wait",
      "clone",
      "finalize");

  /** Methods every record has, or that its builder adds; a component of that name gets a trailing {@code _}. */
  public static final Set<String> RECORD_METHODS = Set.of(
      "hashCode",
      "toString",
      "getClass",
      "notify",
      "notifyAll",
      "wait",
      "clone",
      "finalize",
      "equals",
      "builder",
      "toBuilder",
      "validate",
      "additionalProperties",
      "putAdditionalProperty");

  /** Nested types of every record. */
  public static final Set<String> RECORD_NESTED = Set.of("Builder");

  /** Nested types of every union. */
  public static final Set<String> UNION_NESTED = Set.of("Unknown", "Deserializer");

  /** The webhooks class is {@code <ClientName>Webhooks}. */
  public static final String WEBHOOKS_SUFFIX = "Webhooks";

  /** Nested types of the webhooks class besides one record per event. */
  public static final Set<String> WEBHOOKS_NESTED = Set.of("Event", "Unknown");

  /** The nested Java enum of every open enum, listing its known values for {@code switch}. */
  public static final String ENUM_KNOWN_TYPE = "Known";

  /** The {@code Known} constant of every open enum for a value the spec does not list. */
  public static final String UNRECOGNIZED_CONSTANT = "UNRECOGNIZED";

  /**
   * Suffixes of the methods every service method brings along: its {@code Async} twin in the
   * interface and its {@code Request} helper in the implementation.
   */
  public static final List<String> METHOD_COMPANIONS = List.of("Async", "Request");

  /** Locals and fields of a service method's implementation, which its arguments must not take. */
  public static final Set<String> OPERATION_LOCALS = Set.of("options", "request", "client");

  // CPD-ON

  private GeneratedNames() {}
}
