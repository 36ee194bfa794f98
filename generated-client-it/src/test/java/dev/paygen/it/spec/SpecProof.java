package dev.paygen.it.spec;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.paygen.generator.Diagnostic;
import dev.paygen.generator.GenerationRequest;
import dev.paygen.generator.Generator;
import dev.paygen.generator.ModelOutcome;
import dev.paygen.generator.load.SpecLoader;
import dev.paygen.generator.model.ApiModel;
import dev.paygen.generator.model.OperationModel;
import dev.paygen.generator.model.OperationModel.ParameterModel;
import dev.paygen.generator.model.SecuritySchemeModel;
import dev.paygen.generator.model.ServiceModel;
import dev.paygen.generator.support.JsonDiff;
import dev.paygen.generator.support.SchemaInstances;
import dev.paygen.runtime.ObjectMappers;
import dev.paygen.runtime.Page;
import dev.paygen.runtime.RequestOptions;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Calls every operation of one spec through the client paygen generated from it, over real HTTP
 * (a loopback WireMock), and checks the wire against the spec with Atlassian's
 * swagger-request-validator.
 *
 * <p>Nothing here is written per operation: the generator's model ({@link Generator#model}) names
 * each operation's service accessor, method and parameters, and {@link SchemaInstances} builds
 * every argument and every stubbed response from the spec's schemas. For each operation it checks
 * (1) the request the client sent is valid for the spec, (2) the stubbed response is valid for the
 * spec, (3) the JSON body the client sent equals the instance the Java body was read from (no data
 * lost on the way out) and (4) the typed result, written back as JSON, equals the stubbed body (no
 * data lost on the way in).
 */
final class SpecProof {
  /** Every value the proof puts in a credential. */
  static final String CREDENTIAL = "paygen_spec_proof_credential";

  private static final ObjectMapper MAPPER = ObjectMappers.create();

  private final Path spec;
  private final ApiModel model;
  private final OpenAPI openApi;
  private final SchemaInstances instances;
  private final OpenApiInteractionValidator validator;
  private final Map<String, String> failures = new TreeMap<>();
  private int operations;
  private int requestsValidated;
  private int responsesValidated;
  private long millis;

  /**
   * @param spec the spec file the client was generated from
   * @param packageName the package the client was generated into (as in the pom)
   */
  SpecProof(Path spec, String packageName) throws java.io.IOException {
    this.spec = spec;
    ModelOutcome outcome =
        Generator.model(GenerationRequest.builder(spec, packageName).build());
    if (!outcome.success()) {
      throw new IllegalStateException("no model for " + spec + ": "
          + outcome.errors().stream().map(Diagnostic::toString).toList());
    }
    this.model = outcome.model();
    this.openApi = SpecLoader.load(spec, false).openApi();
    this.instances = new SchemaInstances(openApi);
    this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(OpenApi30.of(spec))
        // The spec's own additionalProperties, not the validator's default of injecting
        // `additionalProperties: false` into every object schema, which fails every allOf.
        .withLevelResolver(LevelResolver.create()
            .withLevel("validation.schema.additionalProperties", ValidationReport.Level.IGNORE)
            .build())
        .build();
  }

  /** Operations called. */
  int operations() {
    return operations;
  }

  int requestsValidated() {
    return requestsValidated;
  }

  int responsesValidated() {
    return responsesValidated;
  }

  /** What went wrong, keyed by {@link #key}; empty when every operation matched the spec. */
  Map<String, String> failures() {
    return failures;
  }

  /** How the proof and its messages name an operation: method, path and operationId. */
  static String key(OperationModel op) {
    return op.httpMethod() + " " + op.path() + " " + op.operationId();
  }

  /** Calls every operation once; collects what failed in {@link #failures()}. */
  SpecProof run() throws ReflectiveOperationException {
    long start = System.nanoTime();
    WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    try {
      Object client = client(server);
      for (ServiceModel service : model.services()) {
        Object accessor = client.getClass().getMethod(service.accessor()).invoke(client);
        for (OperationModel op : service.operations()) {
          operations++;
          server.resetAll();
          try {
            prove(server, accessor, op);
          } catch (Exception | AssertionError e) {
            failures.put(key(op), describe(e));
          }
        }
      }
    } finally {
      server.stop();
    }
    millis = (System.nanoTime() - start) / 1_000_000;
    return this;
  }

  private static String describe(Throwable e) {
    Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
    return cause.getClass().getSimpleName() + ": " + cause.getMessage();
  }

  /** The generated client, pointed at {@code server} under the spec's first server path. */
  private Object client(WireMockServer server) throws ReflectiveOperationException {
    Class<?> type = Class.forName(model.basePackage() + "." + model.clientName() + "Client");
    Object builder = type.getMethod("builder").invoke(null);
    String basePath = model.servers().isEmpty() ? "" : URI.create(serverUrl()).getPath();
    builder
        .getClass()
        .getMethod("baseUrl", String.class)
        .invoke(
            builder, server.baseUrl() + (basePath == null ? "" : basePath.replaceAll("/$", "")));
    // One request per operation: the proof counts what WireMock saw.
    builder.getClass().getMethod("maxRetries", int.class).invoke(builder, 0);
    for (SecuritySchemeModel scheme : model.securitySchemes()) {
      for (Method setter : builder.getClass().getMethods()) {
        if (setter.getName().equals(scheme.setterName())
            && Arrays.stream(setter.getParameterTypes()).allMatch(String.class::equals)) {
          Object[] args = new Object[setter.getParameterCount()];
          Arrays.fill(args, CREDENTIAL);
          setter.invoke(builder, args);
        }
      }
    }
    return builder.getClass().getMethod("build").invoke(builder);
  }

  private String serverUrl() {
    String url = openApi.getServers() == null || openApi.getServers().isEmpty()
        ? "http://localhost/"
        : openApi.getServers().get(0).getUrl();
    return url.replaceAll("\\{[^}]*}", "x");
  }

  private void prove(WireMockServer server, Object service, OperationModel op) throws Exception {
    Operation operation = operation(op);
    Stub stub = stub(operation, op);
    server.stubFor(any(anyUrl()).willReturn(stub.response()));

    Method method = method(service, op);
    Type[] types = method.getGenericParameterTypes();
    List<Object> args = new ArrayList<>();
    Map<String, Parameter> parameters = parameters(op, operation);
    for (ParameterModel param : op.pathParams()) {
      args.add(convert(value(parameters, "path", param), types[args.size()]));
    }
    JsonNode sentBody = null;
    if (op.body() != null) {
      Type bodyType = types[args.size()];
      if (isJson(op.body().contentType())) {
        sentBody = bodyInstance(operation, op);
        args.add(convert(sentBody, bodyType));
      } else if (bodyType.equals(byte[].class)
          || bodyType.equals(java.io.InputStream.class)
          || bodyType.equals(String.class)) {
        args.add(rawBody(bodyType));
      } else {
        // A form or multipart body: its fields from the schema; the wire is not JSON to compare.
        args.add(convert(bodyInstance(operation, op), bodyType));
      }
    }
    if (op.paramsType() != null) {
      args.add(params(method.getParameterTypes()[args.size()], parameters, op));
    }
    args.add(RequestOptions.none());
    Object result = method.invoke(service, args.toArray());

    List<ServeEvent> events = server.getAllServeEvents();
    if (events.size() != 1) {
      throw new AssertionError("expected one request, WireMock saw " + events.size());
    }
    ServeEvent event = events.get(0);
    List<String> problems = new ArrayList<>();
    Request request = WireMockValidation.request(event.getRequest());
    requestsValidated++;
    report("request", validator.validateRequest(request), problems);
    responsesValidated++;
    report(
        "response",
        validator.validateResponse(
            request.getPath(),
            request.getMethod(),
            WireMockValidation.response(event.getResponse())),
        problems);
    if (sentBody != null) {
      JsonNode sent = MAPPER.readTree(event.getRequest().getBodyAsString());
      JsonDiff.first(sentBody, sent)
          .ifPresent(d -> problems.add("request body lost data on the way out: " + d));
    }
    if (stub.json() != null && result != null) {
      readBack(result, stub.json())
          .ifPresent(d -> problems.add("response lost data on the way in: " + d));
    }
    if (!problems.isEmpty()) {
      throw new AssertionError(String.join("; ", problems));
    }
  }

  /** A body of a non-JSON media type (Spotify's image/jpeg), as the method's type takes it. */
  private static Object rawBody(Type type) throws Exception {
    byte[] bytes = "paygen spec proof bytes".getBytes(StandardCharsets.UTF_8);
    if (type.equals(byte[].class)) {
      return bytes;
    }
    if (type.equals(java.io.InputStream.class)) {
      return new java.io.ByteArrayInputStream(bytes);
    }
    return convert(MAPPER.getNodeFactory().textNode("cGF5Z2VuIHNwZWMgcHJvb2Y="), type);
  }

  private static void report(String what, ValidationReport report, List<String> problems) {
    for (ValidationReport.Message message : report.getMessages()) {
      if (message.getLevel() == ValidationReport.Level.ERROR) {
        problems.add(what + " invalid [" + message.getKey() + "] " + message.getMessage()
            + nested(message.getNestedMessages()));
      }
    }
  }

  /** Why a combined schema failed: the validator nests its branches' messages. */
  private static String nested(List<ValidationReport.Message> messages) {
    StringBuilder text = new StringBuilder();
    for (ValidationReport.Message message : messages) {
      text.append(" {")
          .append(message.getMessage())
          .append(nested(message.getNestedMessages()))
          .append('}');
    }
    return text.toString();
  }

  /** The typed result written back, compared with what the server sent. */
  private static Optional<String> readBack(Object result, JsonNode stubbed) throws Exception {
    if (result instanceof Page<?> page) {
      JsonNode items = MAPPER.valueToTree(page.items());
      List<JsonNode> candidates = new ArrayList<>();
      candidates.add(stubbed);
      stubbed.forEach(candidates::add);
      for (JsonNode candidate : candidates) {
        if (candidate.isArray() && JsonDiff.first(candidate, items).isEmpty()) {
          return Optional.empty();
        }
      }
      return Optional.of("the page's items " + items + " are no array of " + stubbed);
    }
    if (result instanceof byte[] || result instanceof java.io.InputStream) {
      return Optional.empty();
    }
    return JsonDiff.first(stubbed, MAPPER.valueToTree(result));
  }

  private Operation operation(OperationModel op) {
    PathItem item = openApi.getPaths().get(op.path());
    if (item == null) {
      throw new IllegalStateException("the spec has no path " + op.path());
    }
    Operation operation = item.readOperationsMap()
        .get(PathItem.HttpMethod.valueOf(op.httpMethod().toUpperCase(Locale.ROOT)));
    if (operation == null) {
      throw new IllegalStateException("the spec has no " + op.httpMethod() + " " + op.path());
    }
    return operation;
  }

  /** The operation's and its path item's parameters, by location and name. */
  private Map<String, Parameter> parameters(OperationModel op, Operation operation) {
    Map<String, Parameter> byName = new LinkedHashMap<>();
    List<Parameter> all = new ArrayList<>();
    PathItem item = openApi.getPaths().get(op.path());
    if (item.getParameters() != null) {
      all.addAll(item.getParameters());
    }
    if (operation.getParameters() != null) {
      all.addAll(operation.getParameters());
    }
    for (Parameter parameter : all) {
      Parameter resolved = parameter;
      if (parameter.get$ref() != null) {
        String name = parameter.get$ref().substring(parameter.get$ref().lastIndexOf('/') + 1);
        resolved = openApi.getComponents().getParameters().get(name);
      }
      byName.put(resolved.getIn() + ":" + resolved.getName(), resolved);
    }
    return byName;
  }

  private JsonNode value(Map<String, Parameter> parameters, String in, ParameterModel param) {
    Parameter parameter = parameters.get(in + ":" + param.wireName());
    if (parameter == null) {
      throw new IllegalStateException(
          "no " + in + " parameter " + param.wireName() + " in the spec");
    }
    Schema<?> schema = parameter.getSchema();
    if (schema == null && parameter.getContent() != null) {
      schema = parameter.getContent().values().iterator().next().getSchema();
    }
    return instances.of(
        schema == null ? new Schema<>().type("string") : schema, SchemaInstances.Kind.FULL);
  }

  /** The params record, through its builder: one setter per query and header parameter. */
  private Object params(Class<?> type, Map<String, Parameter> parameters, OperationModel op)
      throws Exception {
    Object builder = type.getMethod("builder").invoke(null);
    setAll(builder, parameters, "query", op.queryParams());
    setAll(builder, parameters, "header", op.headerParams());
    return builder.getClass().getMethod("build").invoke(builder);
  }

  private void setAll(
      Object builder, Map<String, Parameter> parameters, String in, List<ParameterModel> params)
      throws Exception {
    for (ParameterModel param : params) {
      Method setter = Arrays.stream(builder.getClass().getMethods())
          .filter(m -> m.getName().equals(param.javaName()) && m.getParameterCount() == 1)
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("no setter " + param.javaName()));
      setter.invoke(
          builder, convert(value(parameters, in, param), setter.getGenericParameterTypes()[0]));
    }
  }

  private static Object convert(JsonNode json, Type type) throws java.io.IOException {
    return MAPPER.readerFor(MAPPER.constructType(type)).readValue(json);
  }

  /** The generated method: the one taking RequestOptions last, not the async one. */
  private static Method method(Object service, OperationModel op) {
    int arity = op.pathParams().size()
        + (op.body() == null ? 0 : 1)
        + (op.paramsType() == null ? 0 : 1)
        + 1;
    return Arrays.stream(service.getClass().getMethods())
        .filter(m -> m.getName().equals(op.methodName()) && m.getParameterCount() == arity)
        .filter(m -> m.getParameterTypes()[arity - 1].equals(RequestOptions.class))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no method " + op.methodName() + " of " + arity
            + " parameters on " + service.getClass()));
  }

  private JsonNode bodyInstance(Operation operation, OperationModel op) {
    if (operation.getRequestBody() == null) {
      throw new IllegalStateException("the model has a body the spec lacks");
    }
    var body = operation.getRequestBody();
    if (body.get$ref() != null) {
      body = openApi
          .getComponents()
          .getRequestBodies()
          .get(body.get$ref().substring(body.get$ref().lastIndexOf('/') + 1));
    }
    MediaType media = body.getContent().get(op.body().contentType());
    if (media == null) {
      media = body.getContent().values().iterator().next();
    }
    return instances.of(media.getSchema(), SchemaInstances.Kind.FULL);
  }

  static boolean isJson(String contentType) {
    String type = contentType.toLowerCase(Locale.ROOT);
    return type.contains("json");
  }

  /** What WireMock answers: the documented success response, with an instance of its schema. */
  private record Stub(ResponseDefinitionBuilder response, JsonNode json) {}

  private Stub stub(Operation operation, OperationModel op) {
    Map.Entry<String, ApiResponse> success = operation.getResponses().entrySet().stream()
        .filter(e -> e.getKey().startsWith("2"))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no documented 2xx response"));
    int status = Integer.parseInt(success.getKey().replace("XX", "00"));
    ApiResponse response = success.getValue();
    if (response.get$ref() != null) {
      response = openApi
          .getComponents()
          .getResponses()
          .get(response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1));
    }
    ResponseDefinitionBuilder builder = aResponse().withStatus(status);
    if (response.getContent() == null || response.getContent().isEmpty()) {
      return new Stub(builder, null);
    }
    String contentType =
        op.response() != null && response.getContent().containsKey(op.response().contentType())
            ? op.response().contentType()
            : response.getContent().keySet().iterator().next();
    builder.withHeader("Content-Type", contentType);
    MediaType media = response.getContent().get(contentType);
    if (!isJson(contentType) || media.getSchema() == null) {
      return new Stub(builder.withBody("paygen spec proof body"), null);
    }
    JsonNode json = instances.of(media.getSchema(), SchemaInstances.Kind.FULL);
    return new Stub(builder.withBody(json.toString()), json);
  }

  @Override
  public String toString() {
    return spec.getFileName() + ": " + operations + " operations, " + requestsValidated
        + " requests validated, " + responsesValidated + " responses validated, " + failures.size()
        + " failed, " + millis + " ms";
  }
}
