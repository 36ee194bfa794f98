package dev.paygen.generator.model;

import java.util.List;

/**
 * A whole API, ready to emit.
 *
 * @param specFile the root spec's file name, for the generated header
 * @param title {@code info.title}
 * @param version {@code info.version}
 * @param basePackage the client's package; models in {@code .model}, services in {@code .service}
 * @param clientName the client's name without the {@code Client} suffix ({@code DodoPayments})
 * @param types top-level model types, in spec order
 * @param services one per first tag, in spec order
 * @param securitySchemes the supported security schemes, in spec order
 * @param servers the spec's servers, as client environments
 * @param env environment variable names {@code fromEnv()} reads
 * @param webhooks typed webhook events from the spec's {@code webhooks} section
 * @param webhooksAccessor the client's accessor for webhook verification: {@code webhooks()}, or
 *     {@code webhookEvents()} when a tag already gives a service that name (the naming rules give
 *     tags their accessor first)
 */
public record ApiModel(
    String specFile,
    String title,
    String version,
    String basePackage,
    String clientName,
    List<TypeModel> types,
    List<ServiceModel> services,
    List<SecuritySchemeModel> securitySchemes,
    List<ServerModel> servers,
    EnvModel env,
    List<WebhookModel> webhooks,
    String webhooksAccessor) {

  /**
   * Copies the lists, so the model is immutable.
   *
   * @param specFile the root spec's file name, for the generated header
   * @param title {@code info.title}
   * @param version {@code info.version}
   * @param basePackage the client's package; models in {@code .model}, services in {@code .service}
   * @param clientName the client's name without the {@code Client} suffix ({@code DodoPayments})
   * @param types top-level model types, in spec order
   * @param services one per first tag, in spec order
   * @param securitySchemes the supported security schemes, in spec order
   * @param servers the spec's servers, as client environments
   * @param env environment variable names {@code fromEnv()} reads
   * @param webhooks typed webhook events from the spec's {@code webhooks} section
   * @param webhooksAccessor the client's accessor for webhook verification: {@code webhooks()}, or
   *     {@code webhookEvents()} when a tag already gives a service that name (the naming rules give
   *     tags their accessor first)
   */
  public ApiModel {
    types = List.copyOf(types);
    services = List.copyOf(services);
    securitySchemes = List.copyOf(securitySchemes);
    servers = List.copyOf(servers);
    webhooks = List.copyOf(webhooks);
  }

  /** {@return the package of the model types: the base package plus {@code .model}} */
  public String modelPackage() {
    return basePackage + ".model";
  }

  /** {@return the package of the service interfaces: the base package plus {@code .service}} */
  public String servicePackage() {
    return basePackage + ".service";
  }
}
