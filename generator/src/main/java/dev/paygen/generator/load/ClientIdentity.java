package dev.paygen.generator.load;

import dev.paygen.generator.DiagnosticCode;
import dev.paygen.generator.GenerationRequest;
import dev.paygen.generator.model.SecuritySchemeModel.Kind;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.servers.Server;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who the client is: its name (warning when the spec's title says nothing, W049), the constants of
 * its {@code Environment} enum, and the environment variables {@code fromEnv()} reads when the
 * spec names none ({@code <CLIENT>_API_KEY}, {@code <CLIENT>_USERNAME}/{@code _PASSWORD},
 * {@code <CLIENT>_BASE_URL}).
 */
final class ClientIdentity {
  /** Trailing title words that name no API: "Stripe API" is Stripe. */
  private static final Set<String> TRAILING_NOISE =
      Set.of("api", "openapi", "client", "sdk", "service");

  /** Titles that say nothing about whose API it is. */
  private static final Set<String> GENERIC_TITLES = Set.of(
      "public",
      "api",
      "openapi",
      "swagger",
      "rest",
      "default",
      "main",
      "server",
      "backend",
      "service",
      "app",
      "application",
      "web",
      "http",
      "v1",
      "v2",
      "v3",
      "internal",
      "external",
      "spec");

  /** Words of a server description that say only that it is a server. */
  private static final Set<String> SERVER_FILLER = Set.of(
      "server", "servers", "host", "url", "base", "api", "endpoint", "environment", "env", "the");

  /** {@code client = new DodoPayments(} (TypeScript) or {@code client = DodoPayments(} (Python). */
  private static final Pattern SDK_CLIENT =
      Pattern.compile("\\bclient\\s*=\\s*(?:new\\s+)?([A-Z][A-Za-z0-9_]*)\\s*\\(");

  private ClientIdentity() {}

  /**
   * The client's name, without its {@code Client} suffix: {@code --client-name}, else {@code
   * x-paygen-client-name}, else {@code info.title} without trailing noise words. A generic title
   * ("public", "API", one lower-case word) warns (W049) and yields to the name the spec's official
   * SDK samples construct ({@code x-codeSamples}: {@code new DodoPayments(}), else to the domain of
   * the first server ({@code live.dodopayments.com} → {@code Dodopayments}).
   */
  static String clientName(OpenAPI api, GenerationRequest request, Report report) {
    if (request.clientName() != null && !request.clientName().isBlank()) {
      return Names.upperCamel(request.clientName());
    }
    Object configured = api.getInfo() == null || api.getInfo().getExtensions() == null
        ? null
        : api.getInfo().getExtensions().get("x-paygen-client-name");
    if (configured instanceof String name && !name.isBlank()) {
      return Names.upperCamel(name);
    }
    String title = api.getInfo() == null || api.getInfo().getTitle() == null
        ? ""
        : api.getInfo().getTitle().strip();
    List<String> words = new ArrayList<>(Names.words(title));
    while (!words.isEmpty()
        && TRAILING_NOISE.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
      words.remove(words.size() - 1);
    }
    String fromTitle = words.isEmpty() ? "" : Names.upperCamel(String.join(" ", words));
    boolean generic = words.isEmpty()
        || GENERIC_TITLES.contains(String.join(" ", words).toLowerCase(Locale.ROOT))
        || (words.size() == 1 && title.equals(title.toLowerCase(Locale.ROOT)));
    if (!generic) {
      return fromTitle;
    }
    String sdk = sdkClientName(api);
    String domain = serverDomain(api);
    boolean unusable = words.isEmpty()
        || GENERIC_TITLES.contains(String.join(" ", words).toLowerCase(Locale.ROOT));
    String name = sdk != null
        ? sdk
        : domain != null && unusable ? domain : fromTitle.isEmpty() ? "Api" : fromTitle;
    report.warning(
        DiagnosticCode.W049_GENERIC_CLIENT_NAME,
        "/info/title",
        "the spec's title '" + title + "' does not say whose API this is; the client is named "
            + name + "Client"
            + (name.equals(sdk)
                ? " after the official SDK in x-codeSamples"
                : name.equals(domain) ? " after the server's domain" : ""),
        "name the client with --client-name NAME (plugin: clientName), or x-paygen-client-name in"
            + " the spec's info");
    return name;
  }

  /** The class the spec's own SDK samples construct most often, without a {@code Client} suffix. */
  private static String sdkClientName(OpenAPI api) {
    if (api.getPaths() == null) {
      return null;
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (PathItem item : api.getPaths().values()) {
      for (Operation operation : item.readOperations()) {
        Object samples = operation.getExtensions() == null
            ? null
            : operation.getExtensions().get("x-codeSamples");
        if (samples instanceof List<?> list) {
          for (Object sample : list) {
            if (sample instanceof Map<?, ?> map && map.get("source") instanceof String source) {
              Matcher m = SDK_CLIENT.matcher(source);
              while (m.find()) {
                counts.merge(m.group(1), 1, Integer::sum);
              }
            }
          }
        }
      }
    }
    String best = null;
    for (var entry : counts.entrySet()) {
      if (best == null || entry.getValue() > counts.get(best)) {
        best = entry.getKey();
      }
    }
    if (best == null) {
      return null;
    }
    String name = best.endsWith("Client") && best.length() > "Client".length()
        ? best.substring(0, best.length() - "Client".length())
        : best;
    return Names.upperCamel(name);
  }

  /** {@code https://live.dodopayments.com/} → {@code Dodopayments}; null without a host name. */
  private static String serverDomain(OpenAPI api) {
    for (Server server : api.getServers() == null ? List.<Server>of() : api.getServers()) {
      String host;
      try {
        host = server.getUrl() == null ? null : URI.create(server.getUrl()).getHost();
      } catch (IllegalArgumentException e) {
        host = null; // a templated URL ({scheme}://...) names no host
      }
      if (host == null
          || !host.contains(".")
          || host.chars().allMatch(c -> c == '.' || Character.isDigit(c))) {
        continue;
      }
      List<String> labels = new ArrayList<>(List.of(host.split("\\.")));
      labels.remove(labels.size() - 1);
      String last = labels.get(labels.size() - 1);
      if (labels.size() > 1 && Set.of("co", "com", "org", "net", "gov", "ac").contains(last)) {
        labels.remove(labels.size() - 1);
      }
      return Names.upperCamel(labels.get(labels.size() - 1));
    }
    return null;
  }

  /**
   * An {@code Environment} constant from a server's description without filler words, when what is
   * left is a short name: "Test Mode Server Host" → {@code TEST_MODE}, "Production" → {@code
   * PRODUCTION}; null when the description is missing or longer than four words.
   */
  static String environmentConstant(String description) {
    if (description == null) {
      return null;
    }
    List<String> words = Names.words(description);
    List<String> kept = words.stream()
        .filter(w -> !SERVER_FILLER.contains(w.toLowerCase(Locale.ROOT)))
        .toList();
    List<String> chosen = kept.isEmpty() ? words : kept;
    return chosen.isEmpty() || chosen.size() > 4
        ? null
        : Names.upperSnake(String.join(" ", chosen));
  }

  /**
   * The variables {@code fromEnv()} reads when the spec names none, prefixed by the client's name:
   * {@code DODO_PAYMENTS_API_KEY} for a token or key, {@code DODO_PAYMENTS_USERNAME} and {@code
   * _PASSWORD} for basic auth; a second scheme of one kind inserts its own name ({@code
   * DODO_PAYMENTS_PARTNER_API_KEY}); {@code DODO_PAYMENTS_WEBHOOK_KEY} for the webhook secret when
   * the spec has webhooks.
   */
  static final class EnvNames {
    private final String prefix;
    private final Set<String> taken = new HashSet<>();

    EnvNames(String clientName) {
      this.prefix = Names.constantCase(clientName) + "_";
    }

    /** The base URL variable: {@code DODO_PAYMENTS_BASE_URL}. */
    String baseUrl() {
      return claim(prefix + "BASE_URL");
    }

    /**
     * The webhook secret variable of a spec with webhooks that names none: {@code
     * DODO_PAYMENTS_WEBHOOK_KEY}, the name the official Dodo Payments SDKs read.
     */
    String webhookKey() {
      return claim(prefix + "WEBHOOK_KEY");
    }

    /** The credential variables of a scheme whose spec names none. */
    List<String> credentials(String scheme, Kind kind) {
      List<String> suffixes =
          kind == Kind.BASIC ? List.of("USERNAME", "PASSWORD") : List.of("API_KEY");
      List<String> first = suffixes.stream().map(s -> prefix + s).toList();
      List<String> names = first.stream().noneMatch(taken::contains)
          ? first
          : suffixes.stream()
              .map(s -> prefix + Names.upperSnake(scheme) + "_" + s)
              .toList();
      names.forEach(this::claim);
      return names;
    }

    /** Records a variable the spec names, so no default takes it. */
    String claim(String name) {
      taken.add(name);
      return name;
    }
  }
}
