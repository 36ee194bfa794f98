package dev.paygen.generator.load;

import dev.paygen.generator.DiagnosticCode;
import dev.paygen.generator.model.SecuritySchemeModel.Kind;
import dev.paygen.generator.naming.GeneratedNames;
import dev.paygen.generator.naming.NameAllocator;
import java.util.HashSet;
import java.util.Set;

/**
 * The Java names of the client's own classes: its accessors, the credential setters of its builder,
 * and the event records and type constants of its webhooks class. Decided here, with every other name, so the
 * emitters only read them.
 */
final class ClientNames {
  private final Report report;
  private final NameAllocator accessors =
      NameAllocator.camelCase().reserve(GeneratedNames.CLIENT_METHODS);
  private final NameAllocator builderMethods =
      NameAllocator.camelCase().reserve(GeneratedNames.BUILDER_METHODS);
  private final Set<Kind> credentialKinds = new HashSet<>();
  private final NameAllocator eventRecords;
  private final NameAllocator eventConstants = NameAllocator.upperSnake();

  ClientNames(String clientName, Report report) {
    this.report = report;
    this.eventRecords = NameAllocator.camelCase()
        .reserve(GeneratedNames.WEBHOOKS_NESTED)
        .reserve(clientName + GeneratedNames.WEBHOOKS_SUFFIX);
  }

  /**
   * The client's accessor of a service: {@code checkoutSessions()}; a tag named like one of the
   * client's own methods gets a {@code Service} suffix ({@code builderService()}).
   */
  String serviceAccessor(String service) {
    String accessor = Names.lowerCamel(service);
    if (GeneratedNames.CLIENT_METHODS.contains(accessor)) {
      accessor = accessor + "Service";
    }
    return accessors.newName(accessor, service);
  }

  /**
   * The client's accessor of its webhooks class, claimed after every service accessor:
   * {@code webhooks()}, or {@code webhookEvents()} when a tag already took that name.
   */
  String webhooksAccessor() {
    return accessors.newName(
        accessors.isTaken("webhooks") ? "webhookEvents" : "webhooks", "#/webhooks");
  }

  /**
   * The builder method of a security scheme: {@code bearerToken}, {@code basicAuth}, {@code apiKey}
   * for the first scheme of each kind (an API key in a header, the query or a cookie is one kind), the same
   * followed by the scheme's name in upper camel case for further ones ({@code apiKeyPartner}).
   */
  String credentialSetter(String scheme, Kind kind) {
    String base = switch (kind) {
      case BEARER -> "bearerToken";
      case BASIC -> "basicAuth";
      case API_KEY_HEADER, API_KEY_QUERY, API_KEY_COOKIE -> "apiKey";
    };
    String suggestion =
        credentialKinds.add(kind.name().startsWith("API_KEY") ? Kind.API_KEY_HEADER : kind)
            ? base
            : base + Names.upperCamel(scheme);
    Object earlier = builderMethods.holder(suggestion);
    String name = builderMethods.newName(suggestion, scheme);
    if (!name.equals(suggestion)) {
      report.warning(
          DiagnosticCode.W045_CLIENT_NAME_TAKEN,
          Schemas.pointer("components", "securitySchemes", scheme),
          "security scheme '"
              + scheme + "' maps to the client builder method " + suggestion + ", which "
              + source(earlier, "scheme")
              + " already has; it is named " + name,
          "rename one of the security schemes");
    }
    return name;
  }

  /** A webhook event's record, nested in the webhooks class: {@code payment.succeeded} → {@code PaymentSucceeded}. */
  String eventRecord(String event) {
    String suggestion = Names.upperCamel(event);
    Object earlier = eventRecords.holder(suggestion);
    String name = eventRecords.newName(suggestion, event);
    if (!name.equals(suggestion)) {
      report.warning(
          DiagnosticCode.W045_CLIENT_NAME_TAKEN,
          Schemas.pointer("webhooks", event),
          "webhook '" + event + "' maps to the event" + " record " + suggestion + ", which "
              + source(earlier, "webhook") + " already has; it is named " + name,
          "rename one of the webhooks");
    }
    return name;
  }

  /** The constant of an event's payload type: {@code PaymentSucceeded} → {@code PAYMENT_SUCCEEDED_TYPE}. */
  String eventConstant(String record) {
    return eventConstants.newName(Names.constantCase(record) + "_TYPE");
  }

  private static String source(Object holder, String kind) {
    return holder == NameAllocator.RESERVED
        ? "the generated code itself"
        : kind + " '" + holder + "'";
  }
}
