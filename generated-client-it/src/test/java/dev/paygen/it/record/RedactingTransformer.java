package dev.paygen.it.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.github.tomakehurst.wiremock.common.FileSource;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.StubMappingTransformer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Strips credentials from every recorded stub before WireMock hands it back: request header
 * matchers for {@code Authorization} (and any other header), response headers that carry cookies,
 * credentials or per-connection noise, and the API key wherever it appears in text.
 */
public final class RedactingTransformer extends StubMappingTransformer {
  public static final String NAME = "paygen-redact";
  public static final String SECRET_PARAMETER = "secret";
  public static final String REDACTED = "REDACTED";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> DROPPED_RESPONSE_HEADERS = Set.of(
      "set-cookie",
      "authorization",
      "www-authenticate",
      "proxy-authorization",
      "cookie",
      "content-encoding",
      "content-length",
      "transfer-encoding",
      "connection",
      "date",
      "keep-alive");

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public StubMapping transform(StubMapping stub, FileSource files, Parameters parameters) {
    String secret = parameters == null ? null : parameters.getString(SECRET_PARAMETER, null);
    try {
      ObjectNode tree = (ObjectNode) MAPPER.readTree(StubMapping.buildJsonStringFor(stub));
      redact(tree, secret);
      return StubMapping.buildFrom(MAPPER.writeValueAsString(tree));
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot redact a recorded stub", e);
    }
  }

  /** Redacts a stub mapping's JSON in place. */
  static void redact(ObjectNode mapping, String secret) {
    JsonNode request = mapping.get("request");
    if (request instanceof ObjectNode r) {
      // Recorded stubs must match whatever key replays them: no request header matchers at all.
      r.remove("headers");
    }
    JsonNode response = mapping.get("response");
    if (response instanceof ObjectNode r && r.get("headers") instanceof ObjectNode headers) {
      List<String> names = new ArrayList<>();
      headers.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        if (DROPPED_RESPONSE_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
          headers.remove(name);
        }
      }
    }
    if (secret != null && !secret.isEmpty()) {
      replaceSecret(mapping, secret);
    }
  }

  private static void replaceSecret(JsonNode node, String secret) {
    if (node instanceof ObjectNode object) {
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(object.properties());
      for (Map.Entry<String, JsonNode> field : fields) {
        JsonNode value = field.getValue();
        if (value.isTextual() && value.asText().contains(secret)) {
          object.set(field.getKey(), TextNode.valueOf(value.asText().replace(secret, REDACTED)));
        } else {
          replaceSecret(value, secret);
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        JsonNode value = array.get(i);
        if (value.isTextual() && value.asText().contains(secret)) {
          array.set(i, TextNode.valueOf(value.asText().replace(secret, REDACTED)));
        } else {
          replaceSecret(value, secret);
        }
      }
    }
  }
}
