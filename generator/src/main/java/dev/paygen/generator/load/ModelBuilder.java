package dev.paygen.generator.load;

import dev.paygen.generator.GenerationRequest;
import dev.paygen.generator.model.ApiModel;
import dev.paygen.generator.model.EnvModel;
import dev.paygen.generator.model.SecuritySchemeModel;
import dev.paygen.generator.model.ServerModel;
import dev.paygen.generator.model.TypeModel;
import dev.paygen.generator.model.WebhookModel;
import dev.paygen.generator.naming.NameAllocator;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns a parsed spec into the immutable {@link ApiModel}; every naming and typing decision is made here. */
public final class ModelBuilder {
  private ModelBuilder() {}

  /**
   * Builds the model of a loaded spec; the request must be valid ({@link GenerationRequest#validate()}).
   * Stops before building anything when an {@code x-paygen-*} extension is wrong.
   *
   * @param spec the loaded spec, without errors
   * @param request the valid request it was loaded for
   * @return the model, or none with the diagnostics that prevented it
   */
  public static ModelResult build(LoadedSpec spec, GenerationRequest request) {
    OpenAPI api = spec.openApi();
    String file = spec.specFile().getFileName().toString();
    Report report = new Report(file);
    ExtensionCheck.check(api, report);
    if (report.hasErrors()) {
      return new ModelResult(null, report.diagnostics());
    }
    OverrideCheck.check(api, request, report);
    TypeResolver resolver = new TypeResolver(
        new ComponentRefs(api.getComponents(), report), report, sharedShapes(api, request, file));
    resolver.declareComponents(request.typeNames());
    resolver.declareAliases();
    List<TypeModel> types = new ArrayList<>(resolver.buildComponents());
    String clientName = ClientIdentity.clientName(api, request, report);
    ClientIdentity.EnvNames envNames = new ClientIdentity.EnvNames(clientName);
    ClientNames clientNames = new ClientNames(clientName, report);
    OperationReader operations =
        new OperationReader(api, resolver, report, request.operationNames(), clientNames);
    var services = operations.services();
    List<WebhookModel> webhooks = webhooks(api, resolver, clientNames);
    types.addAll(resolver.topLevelTypes());
    types = new VariantLinks(
            resolver.implementations(),
            resolver.builder().unions().discriminatorValues(),
            resolver.builder().unions().sharedProperties())
        .apply(types);
    ApiModel model = new ApiModel(
        file,
        title(api),
        api.getInfo() == null ? "" : nonNull(api.getInfo().getVersion()),
        request.packageName(),
        clientName,
        types,
        services,
        security(api, clientNames, envNames),
        servers(api),
        env(api, envNames, !webhooks.isEmpty()),
        webhooks,
        clientNames.webhooksAccessor());
    return new ModelResult(model, report.diagnostics());
  }

  /**
   * Counts the inline object shapes the model will hold ({@link SharedShapes}): builds the types
   * and operations once, into a model and a report that are thrown away.
   */
  private static SharedShapes sharedShapes(OpenAPI api, GenerationRequest request, String file) {
    Report scratch = new Report(file);
    SharedShapes counting = SharedShapes.counting();
    TypeResolver resolver =
        new TypeResolver(new ComponentRefs(api.getComponents(), scratch), scratch, counting);
    resolver.declareComponents(request.typeNames());
    resolver.declareAliases();
    resolver.buildComponents();
    ClientNames clientNames =
        new ClientNames(ClientIdentity.clientName(api, request, scratch), scratch);
    new OperationReader(api, resolver, scratch, request.operationNames(), clientNames).services();
    webhooks(api, resolver, clientNames);
    return counting.sharing(resolver.builtTypes());
  }

  private static String title(OpenAPI api) {
    return api.getInfo() == null ? "" : nonNull(api.getInfo().getTitle());
  }

  private static String nonNull(String text) {
    return text == null ? "" : text;
  }

  private static Object infoExtension(OpenAPI api, String name) {
    if (api.getInfo() == null || api.getInfo().getExtensions() == null) {
      return null;
    }
    return api.getInfo().getExtensions().get(name);
  }

  private static EnvModel env(OpenAPI api, ClientIdentity.EnvNames envNames, boolean hasWebhooks) {
    Object baseUrl = infoExtension(api, "x-paygen-env-base-url");
    Object webhook = infoExtension(api, "x-paygen-webhook-secret-env");
    return new EnvModel(
        baseUrl instanceof String s ? envNames.claim(s) : envNames.baseUrl(),
        webhook instanceof String s
            ? envNames.claim(s)
            : hasWebhooks ? envNames.webhookKey() : null);
  }

  private static List<ServerModel> servers(OpenAPI api) {
    List<ServerModel> servers = new ArrayList<>();
    NameAllocator constants = NameAllocator.upperSnake();
    List<Server> declared = api.getServers() == null ? List.of() : api.getServers();
    for (int i = 0; i < declared.size(); i++) {
      Server server = declared.get(i);
      String url = server.getUrl() == null ? "" : server.getUrl();
      if (server.getVariables() != null) {
        for (var variable : server.getVariables().entrySet()) {
          url = url.replace(
              "{" + variable.getKey() + "}", nonNull(variable.getValue().getDefault()));
        }
      }
      if (url.equals("/") && declared.size() == 1 && server.getDescription() == null) {
        continue;
      }
      Object configured = server.getExtensions() == null
          ? null
          : server.getExtensions().get("x-paygen-environment");
      String described = ClientIdentity.environmentConstant(server.getDescription());
      String base = configured instanceof String s
          ? Names.upperSnake(s)
          : described != null ? described : "SERVER_" + (i + 1);
      servers.add(new ServerModel(constants.newName(base), url, nonNull(server.getDescription())));
    }
    return servers;
  }

  private static List<SecuritySchemeModel> security(
      OpenAPI api, ClientNames names, ClientIdentity.EnvNames envNames) {
    List<SecuritySchemeModel> schemes = new ArrayList<>();
    if (api.getComponents() == null || api.getComponents().getSecuritySchemes() == null) {
      return schemes;
    }
    for (var entry : api.getComponents().getSecuritySchemes().entrySet()) {
      SecurityScheme scheme = entry.getValue();
      if (scheme.getType() == null) {
        continue;
      }
      Object env =
          scheme.getExtensions() == null ? null : scheme.getExtensions().get("x-paygen-env");
      List<String> envVariables = env instanceof String s
          ? List.of(s)
          : env instanceof Map<?, ?> m && m.get("username") != null && m.get("password") != null
              ? List.of(String.valueOf(m.get("username")), String.valueOf(m.get("password")))
              : List.of();
      envVariables.forEach(envNames::claim);
      SecuritySchemeModel.Kind kind = switch (scheme.getType()) {
        case HTTP ->
          "basic".equalsIgnoreCase(scheme.getScheme())
              ? SecuritySchemeModel.Kind.BASIC
              : SecuritySchemeModel.Kind.BEARER;
        case APIKEY ->
          scheme.getIn() == SecurityScheme.In.QUERY
              ? SecuritySchemeModel.Kind.API_KEY_QUERY
              : scheme.getIn() == SecurityScheme.In.HEADER
                  ? SecuritySchemeModel.Kind.API_KEY_HEADER
                  : scheme.getIn() == SecurityScheme.In.COOKIE
                      ? SecuritySchemeModel.Kind.API_KEY_COOKIE
                      : null;
        case OAUTH2, OPENIDCONNECT -> SecuritySchemeModel.Kind.BEARER;
        default -> null;
      };
      if (kind != null) {
        schemes.add(new SecuritySchemeModel(
            entry.getKey(),
            kind,
            scheme.getName(),
            envVariables.isEmpty() ? envNames.credentials(entry.getKey(), kind) : envVariables,
            names.credentialSetter(entry.getKey(), kind)));
      }
    }
    return schemes;
  }

  private static List<WebhookModel> webhooks(
      OpenAPI api, TypeResolver resolver, ClientNames names) {
    List<WebhookModel> webhooks = new ArrayList<>();
    if (api.getWebhooks() == null) {
      return webhooks;
    }
    for (Map.Entry<String, PathItem> entry : api.getWebhooks().entrySet()) {
      PathItem item = entry.getValue();
      if (item.getPost() == null || item.getPost().getRequestBody() == null) {
        continue;
      }
      String pointer = Schemas.pointer("webhooks", entry.getKey(), "post", "requestBody");
      RequestBody body = resolver.refs().requestBody(item.getPost().getRequestBody(), pointer);
      MediaType media = body == null || body.getContent() == null
          ? null
          : body.getContent().values().stream().findFirst().orElse(null);
      if (media == null || media.getSchema() == null) {
        continue;
      }
      var resolved = resolver.resolve(
          media.getSchema(), resolver.topLevelScope(), entry.getKey() + " Webhook Event", pointer);
      String doc = item.getPost().getSummary() != null
          ? item.getPost().getSummary()
          : nonNull(item.getPost().getDescription());
      String record = names.eventRecord(entry.getKey());
      webhooks.add(new WebhookModel(
          entry.getKey(), resolved.type(), doc.strip(), record, names.eventConstant(record)));
    }
    return webhooks;
  }
}
