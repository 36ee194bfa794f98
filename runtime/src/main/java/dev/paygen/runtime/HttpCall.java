package dev.paygen.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One call ready to send, with everything fixed once for all its attempts: URL, headers (including
 * the idempotency key), body bytes, timeout and retry policy.
 */
final class HttpCall {
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  final String method;
  final URI uri;
  final Map<String, String> headers;
  final byte @Nullable [] body;
  final Duration timeout;
  /** The client's policy, or the call's, with the call's retry count applied. */
  final RetryPolicy retry;
  /** {@code METHOD /path}, no query: safe for messages. */
  final String route;
  /** The URL with credential query parameters redacted: safe for logs. */
  final String logUrl;
  /** Header names whose values must never be shown. */
  final Set<String> sensitiveHeaders;
  /** Secret values, to keep out of messages built from transport errors. */
  final Set<String> secrets;

  private HttpCall(
      String method,
      URI uri,
      Map<String, String> headers,
      byte @Nullable [] body,
      Duration timeout,
      RetryPolicy retry,
      String route,
      String logUrl,
      Set<String> sensitiveHeaders,
      Set<String> secrets) {
    this.method = method;
    this.uri = uri;
    this.headers = headers;
    this.body = body;
    this.timeout = timeout;
    this.retry = retry;
    this.route = route;
    this.logUrl = logUrl;
    this.sensitiveHeaders = sensitiveHeaders;
    this.secrets = secrets;
  }

  static HttpCall prepare(
      ClientOptions client,
      ObjectMapper mapper,
      PercentEncoder encoder,
      ApiRequest request,
      RequestOptions call) {
    if (call == null) {
      call = RequestOptions.none();
    }
    String path = request.expandPath(encoder);
    byte[] body = body(mapper, encoder, request, call.extraBodyProperties());

    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.put("Accept", request.accept() != null ? request.accept() : "application/json");
    headers.put("User-Agent", client.userAgent());
    if (request.contentType() != null) {
      headers.put("Content-Type", request.contentType());
    }
    headers.putAll(client.headers());

    Map<String, List<Object>> query = new LinkedHashMap<>(request.queryParams());
    Map<String, PercentEncoder.Styling> styles =
        Extras.query(query, request.queryStyles(), call.extraQueryParams());
    Set<String> sensitive = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    Set<String> secretParams = new HashSet<>();
    Set<String> secrets = new HashSet<>();
    List<Auth> auths = SecuritySelection.select(client, request.security());
    for (Auth auth : auths) {
      if (auth.kind() == Auth.Kind.COOKIE) {
        continue;
      }
      Map<String, String> authHeaders = new LinkedHashMap<>();
      Map<String, List<Object>> authQuery = new LinkedHashMap<>();
      auth.applyTo(authHeaders, authQuery);
      headers.putAll(authHeaders);
      query.putAll(authQuery);
      sensitive.addAll(authHeaders.keySet());
      secretParams.addAll(authQuery.keySet());
      secrets.addAll(auth.secrets());
    }
    headers.putAll(request.headers());

    String keyHeader =
        client.idempotencyHeader() != null ? client.idempotencyHeader() : "Idempotency-Key";
    if (call.idempotencyKey() != null) {
      headers.put(keyHeader, call.idempotencyKey());
    } else if (client.idempotencyHeader() != null
        && !SAFE_METHODS.contains(request.method())
        && !headers.containsKey(keyHeader)) {
      headers.put(keyHeader, UUID.randomUUID().toString());
    }
    headers.putAll(call.headers());
    Cookies.addParameters(headers, request.cookies().values());
    // last, so a cookie credential joins the cookie parameters and any Cookie header the caller set
    for (Auth auth : auths) {
      if (auth.kind() == Auth.Kind.COOKIE) {
        auth.applyTo(headers, query);
        secrets.addAll(auth.secrets());
      }
    }

    String queryString = encoder.query(query, styles);
    String url = client.baseUrl() + path + (queryString.isEmpty() ? "" : "?" + queryString);
    Map<String, List<Object>> redacted = new LinkedHashMap<>(query);
    secretParams.forEach(p -> redacted.put(p, List.of("REDACTED")));
    String redactedQuery = encoder.query(redacted, styles);
    String logUrl = client.baseUrl() + path + (redactedQuery.isEmpty() ? "" : "?" + redactedQuery);

    return new HttpCall(
        request.method(),
        URI.create(url),
        headers,
        body,
        call.timeout() != null ? call.timeout() : client.timeout(),
        retryPolicy(client, call),
        request.method() + " " + path,
        logUrl,
        sensitive,
        secrets);
  }

  private static RetryPolicy retryPolicy(ClientOptions client, RequestOptions call) {
    RetryPolicy policy = call.retryPolicy();
    return (policy != null ? policy : client.retryPolicy()).withMaxRetries(call.maxRetries());
  }

  private static byte @Nullable [] body(
      ObjectMapper mapper,
      PercentEncoder encoder,
      ApiRequest request,
      Map<String, @Nullable Object> extras) {
    // formBody and multipartBody set the body (and the boundary) with the kind: never null for
    // those
    return switch (request.bodyKind()) {
      case JSON -> {
        List<Violation> violations = Validator.request(request.body());
        if (!violations.isEmpty()) {
          throw new InvalidRequestException(
              "Invalid body of " + request.method() + " " + request.pathTemplate() + ": "
                  + Validator.describe(violations),
              violations);
        }
        try {
          yield mapper.writeValueAsBytes(Extras.json(mapper, request, extras));
        } catch (JsonProcessingException e) {
          throw new IllegalArgumentException(
              "Cannot write the body of " + request + " as JSON: " + e.getOriginalMessage(), e);
        }
      }
      case FORM -> {
        @SuppressWarnings("unchecked")
        Map<String, ?> form = (Map<String, ?>) Objects.requireNonNull(request.body());
        yield encoder.form(Extras.fields(form, extras)).getBytes(StandardCharsets.UTF_8);
      }
      case RAW -> {
        Extras.requireNone(request, extras);
        yield (byte[]) request.body();
      }
      case MULTIPART -> {
        Object parts = Objects.requireNonNull(request.body());
        yield new Multipart(mapper, encoder)
            .write(
                extras.isEmpty() ? parts : Extras.fields(Multipart.parts(parts), extras),
                Objects.requireNonNull(request.boundary()));
      }
      default -> {
        Extras.requireNone(request, extras);
        yield null;
      }
    };
  }

  /** A fresh request for one attempt; every attempt carries the same headers and key. */
  HttpRequest toHttpRequest() {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri)
        .timeout(timeout)
        .method(
            method,
            body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(b::header);
    return b.build();
  }

  /** Whether the header's value must be redacted wherever it is shown. */
  boolean isSensitive(String header) {
    return sensitiveHeaders.contains(header) || Headers.isSensitive(header);
  }

  /** The text with every secret value replaced, for messages built from foreign exceptions. */
  String redact(String text) {
    String out = text;
    for (String secret : secrets) {
      if (!secret.isEmpty()) {
        out = out.replace(secret, "****");
      }
    }
    return out;
  }

  List<String> headerLines() {
    List<String> lines = new ArrayList<>();
    headers.forEach((k, v) -> lines.add(k + ": " + (isSensitive(k) ? "****" : v)));
    return lines;
  }
}
