package dev.paygen.generator.load;

import dev.paygen.generator.model.OperationModel;
import dev.paygen.generator.model.OperationModel.BodyModel;
import dev.paygen.generator.model.OperationModel.ParameterModel;
import dev.paygen.generator.model.OperationModel.ResponseModel;
import dev.paygen.generator.model.ServiceModel;
import dev.paygen.generator.model.TypeRef;
import dev.paygen.generator.naming.GeneratedNames;
import dev.paygen.generator.naming.NameAllocator;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads paths into services (one per first tag) and their operations. */
final class OperationReader {
  private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");

  private final OpenAPI api;
  private final TypeResolver resolver;
  private final Report report;
  private final Map<String, String> overrides;
  private final PaginationDetector pagination;
  /**
   * The service package's params records ({@code <Service><Method>Params}, or a shared record's name
   * from {@link SharedParams}); service interfaces end in
   * {@code Service} or {@code ServiceImpl}, so only params records can meet here ({@code Payments} +
   * {@code listItems} and {@code PaymentsList} + {@code items}).
   */
  private final NameAllocator serviceTypes = NameAllocator.camelCase();

  private final ComponentRefs refs;

  private final ClientNames clientNames;

  private final SecurityReader security;

  OperationReader(
      OpenAPI api,
      TypeResolver resolver,
      Report report,
      Map<String, String> overrides,
      ClientNames clientNames) {
    this.clientNames = clientNames;
    this.api = api;
    this.resolver = resolver;
    this.report = report;
    this.overrides = overrides;
    this.pagination = new PaginationDetector(resolver, report);
    this.refs = resolver.refs();
    this.security = new SecurityReader(api, report);
  }

  List<ServiceModel> services() {
    Map<String, List<OperationModel>> byTag = new LinkedHashMap<>();
    Map<String, NameAllocator> methodNames = new LinkedHashMap<>();
    Map<String, NameAllocator> constantNames = new LinkedHashMap<>();
    Map<String, String> tagDocs = new LinkedHashMap<>();
    if (api.getTags() != null) {
      api.getTags()
          .forEach(t -> tagDocs.put(
              Names.typeName(t.getName()), t.getDescription() == null ? "" : t.getDescription()));
    }
    if (api.getPaths() == null) {
      return List.of();
    }
    record Pending(
        String service,
        String path,
        PathItem item,
        PathItem.HttpMethod method,
        Operation op,
        String pointer,
        Map<String, Parameter> params,
        MethodNames.Entry name) {}
    List<Pending> pending = new ArrayList<>();
    Map<String, List<MethodNames.Entry>> entries = new LinkedHashMap<>();
    for (var path : api.getPaths().entrySet()) {
      for (var entry : path.getValue().readOperationsMap().entrySet()) {
        Operation op = entry.getValue();
        String tag = op.getTags() == null || op.getTags().isEmpty()
            ? MethodNames.untaggedService(path.getKey())
            : op.getTags().get(0);
        String service = serviceName(tag);
        String pointer =
            Schemas.pointer("paths", path.getKey(), entry.getKey().name().toLowerCase(Locale.ROOT));
        Map<String, Parameter> params = parameters(path.getValue(), op, pointer);
        MethodNames.Entry name = MethodNames.entry(
            pointer,
            userName(op),
            service,
            path.getKey(),
            entry.getKey(),
            op,
            MethodNames.paged(op, List.copyOf(params.values())));
        entries.computeIfAbsent(service, k -> new ArrayList<>()).add(name);
        pending.add(new Pending(
            service, path.getKey(), path.getValue(), entry.getKey(), op, pointer, params, name));
      }
    }
    MethodNames names = new MethodNames(report);
    entries.forEach((service, list) ->
        names.assign(list, methodNames.computeIfAbsent(service, k -> NameAllocator.camelCase())));
    List<SharedParams.Candidate> built = new ArrayList<>();
    for (Pending p : pending) {
      NameAllocator constants =
          constantNames.computeIfAbsent(p.service(), k -> NameAllocator.upperSnake());
      OperationModel model = operation(
          p.service(),
          p.path(),
          p.method(),
          p.op(),
          p.pointer(),
          p.params(),
          p.name().chosen,
          constants);
      built.add(new SharedParams.Candidate(p.service(), model));
    }
    // Params records are named once every operation is read: identical lists share one record.
    List<OperationModel> named = SharedParams.assign(built, serviceTypes);
    for (int i = 0; i < built.size(); i++) {
      byTag.computeIfAbsent(built.get(i).service(), k -> new ArrayList<>()).add(named.get(i));
    }
    List<ServiceModel> services = new ArrayList<>();
    for (var entry : byTag.entrySet()) {
      String accessor = clientNames.serviceAccessor(entry.getKey());
      services.add(new ServiceModel(
          entry.getKey(), accessor, tagDocs.getOrDefault(entry.getKey(), ""), entry.getValue()));
    }
    return services;
  }

  private static String serviceName(String tag) {
    String name = Names.upperCamel(tag);
    return name.endsWith("Service") && name.length() > "Service".length()
        ? name.substring(0, name.length() - "Service".length())
        : name;
  }

  private OperationModel operation(
      String service,
      String path,
      PathItem.HttpMethod method,
      Operation op,
      String pointer,
      Map<String, Parameter> params,
      String methodName,
      NameAllocator constants) {
    String prefix = SharedParams.candidateBase(service, methodName);
    List<ParameterModel> pathParams = new ArrayList<>();
    List<ParameterModel> queryParams = new ArrayList<>();
    List<ParameterModel> headerParams = new ArrayList<>();
    List<ParameterModel> cookieParams = new ArrayList<>();
    NameAllocator args = NameAllocator.camelCase().reserve(GeneratedNames.OPERATION_LOCALS);
    for (String name : pathOrder(path)) {
      Parameter p = params.get("path:" + name);
      String javaName = args.newName(Names.lowerCamel(name));
      pathParams.add(new ParameterModel(
          name,
          javaName,
          p == null
              ? TypeRef.scalar(TypeRef.ScalarKind.STRING)
              : param(p, prefix, pointer).type(),
          true,
          p == null ? "" : doc(p.getDescription()),
          false,
          p == null ? "simple" : style(p, "simple"),
          p != null && explode(p, "simple")));
    }
    NameAllocator paramsComponents = NameAllocator.camelCase();
    for (Parameter p : params.values()) {
      String in = String.valueOf(p.getIn());
      if (in.equals("query") || in.equals("header") || in.equals("cookie")) {
        if (in.equals("header")
            && Set.of("authorization", "content-type", "accept")
                .contains(p.getName().toLowerCase(Locale.ROOT))) {
          continue;
        }
        var resolved = param(p, prefix, pointer);
        String javaName = paramsComponents.newName(TypeBuilder.componentName(p.getName()));
        ParameterModel model = new ParameterModel(
            p.getName(),
            javaName,
            resolved.type(),
            Boolean.TRUE.equals(p.getRequired()),
            doc(p.getDescription()),
            Boolean.TRUE.equals(p.getDeprecated()),
            style(p, in.equals("header") ? "simple" : "form"),
            explode(p, in.equals("header") ? "simple" : "form"),
            in.equals("query") && Boolean.TRUE.equals(p.getAllowReserved()));
        switch (in) {
          case "query" -> queryParams.add(model);
          case "header" -> headerParams.add(model);
          default -> cookieParams.add(model);
        }
      }
    }
    BodyModel body = body(op.getRequestBody(), prefix, pointer + "/requestBody");
    ResponseModel response = response(op, prefix, pointer + "/responses");
    // Named by SharedParams once every operation is read; here only whether there is one.
    String paramsType =
        queryParams.isEmpty() && headerParams.isEmpty() && cookieParams.isEmpty() ? null : "";
    return OperationModel.builder(methodName, method.name(), path)
        .operationId(op.getOperationId() == null ? "" : op.getOperationId())
        .summary(doc(op.getSummary()))
        .description(doc(op.getDescription()))
        .deprecated(Boolean.TRUE.equals(op.getDeprecated()))
        .deprecation(Deprecations.note(op.getDeprecated(), op.getDescription(), op.getExtensions()))
        .pointer(pointer)
        .pathParams(pathParams)
        .queryParams(queryParams)
        .headerParams(headerParams)
        .cookieParams(cookieParams)
        .paramsType(paramsType)
        .body(body)
        .response(response)
        .accept(AcceptHeader.of(op, refs, pointer + "/responses"))
        .pagination(pagination.detect(op, queryParams, response, pointer))
        .security(security.of(op, pointer))
        .javaNames(new OperationModel.JavaNames(
            body == null ? null : args.newName("body"),
            paramsType == null ? null : args.newName("params"),
            constants.newName(Names.constantCase(methodName))))
        .build();
  }

  /** The name the user gave: an override (names file or option) by operationId, else x-paygen-name. */
  private String userName(Operation op) {
    if (op.getOperationId() != null && overrides.containsKey(op.getOperationId())) {
      return overrides.get(op.getOperationId());
    }
    Object configured = op.getExtensions() == null ? null : op.getExtensions().get("x-paygen-name");
    return configured instanceof String name && !name.isBlank() ? name : null;
  }

  private static List<String> pathOrder(String path) {
    List<String> names = new ArrayList<>();
    Matcher m = PATH_PARAM.matcher(path);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /** Path-item parameters overridden by operation parameters of the same name and location. */
  private Map<String, Parameter> parameters(PathItem item, Operation op, String pointer) {
    Map<String, Parameter> params = new LinkedHashMap<>();
    String itemPointer = pointer.substring(0, pointer.lastIndexOf('/'));
    addParameters(item.getParameters(), itemPointer, params);
    addParameters(op.getParameters(), pointer, params);
    return params;
  }

  private void addParameters(List<Parameter> list, String owner, Map<String, Parameter> params) {
    for (int i = 0; list != null && i < list.size(); i++) {
      Parameter real = refs.parameter(list.get(i), owner + "/parameters/" + i);
      if (real != null && real.getName() != null) {
        params.put(real.getIn() + ":" + real.getName(), real);
      }
    }
  }

  /** The parameter's OpenAPI style, or the location's default. */
  private static String style(Parameter p, String locationDefault) {
    return p.getStyle() == null ? locationDefault : p.getStyle().toString();
  }

  /** The parameter's OpenAPI explode; without one, true for {@code form}, else false. */
  private static boolean explode(Parameter p, String locationDefault) {
    return p.getExplode() == null ? style(p, locationDefault).equals("form") : p.getExplode();
  }

  private TypeResolver.Resolved param(Parameter p, String prefix, String pointer) {
    var schema = p.getSchema();
    if (schema == null && p.getContent() != null) {
      schema =
          p.getContent().values().stream().map(MediaType::getSchema).findFirst().orElse(null);
    }
    if (schema == null) {
      return new TypeResolver.Resolved(TypeRef.scalar(TypeRef.ScalarKind.STRING), true);
    }
    return resolver.resolve(
        schema, resolver.topLevelScope(), prefix + " " + p.getName(), pointer + "/parameters");
  }

  private BodyModel body(RequestBody body, String prefix, String pointer) {
    if (body == null) {
      return null;
    }
    body = refs.requestBody(body, pointer);
    if (body == null || body.getContent() == null || body.getContent().isEmpty()) {
      return null;
    }
    Map.Entry<String, MediaType> media = pick(body.getContent());
    TypeRef type = mediaType(media, prefix + " Request", pointer);
    return new BodyModel(
        type,
        Boolean.TRUE.equals(body.getRequired()),
        media.getKey(),
        BodyEncodings.of(media.getKey(), type),
        doc(body.getDescription()));
  }

  /**
   * The first 2xx response with a body types the result; another 2xx without one (a 204 beside a
   * 200) makes that result nullable rather than the method void, so neither is lost.
   */
  private ResponseModel response(Operation op, String prefix, String pointer) {
    if (op.getResponses() == null) {
      return null;
    }
    ResponseModel typed = null;
    boolean empty = false;
    for (var entry : op.getResponses().entrySet()) {
      if (!entry.getKey().startsWith("2")) {
        continue;
      }
      String at = pointer + "/" + RefScanner.escape(entry.getKey());
      ApiResponse response = refs.response(entry.getValue(), at);
      if (response == null
          || response.getContent() == null
          || response.getContent().isEmpty()) {
        empty = true;
      } else if (typed == null) {
        Map.Entry<String, MediaType> media = pick(response.getContent());
        TypeRef type = mediaType(media, prefix + " Response", at);
        typed = new ResponseModel(type, media.getKey(), doc(response.getDescription()));
      }
    }
    return typed == null || !empty
        ? typed
        : new ResponseModel(typed.type(), typed.contentType(), typed.description(), true);
  }

  /** JSON first, then forms, then whatever the spec lists first. */
  static Map.Entry<String, MediaType> pick(Content content) {
    for (String preferred : List.of(
        "application/json",
        "+json",
        "json",
        "application/x-www-form-urlencoded",
        "multipart/form-data")) {
      for (var entry : content.entrySet()) {
        if (entry.getKey().toLowerCase(Locale.ROOT).contains(preferred)) {
          return entry;
        }
      }
    }
    return content.entrySet().iterator().next();
  }

  private TypeRef mediaType(Map.Entry<String, MediaType> media, String name, String pointer) {
    String type = media.getKey().toLowerCase(Locale.ROOT);
    boolean structured = type.contains("json") || type.contains("form");
    if (!structured) {
      return type.startsWith("text/")
          ? TypeRef.scalar(TypeRef.ScalarKind.STRING)
          : TypeRef.scalar(TypeRef.ScalarKind.BINARY);
    }
    if (media.getValue() == null || media.getValue().getSchema() == null) {
      return new TypeRef.Any();
    }
    return resolver
        .resolve(
            media.getValue().getSchema(),
            resolver.topLevelScope(),
            name,
            pointer + "/content/" + RefScanner.escape(media.getKey()) + "/schema")
        .type();
  }

  private static String doc(String text) {
    return text == null ? "" : text.strip();
  }
}
