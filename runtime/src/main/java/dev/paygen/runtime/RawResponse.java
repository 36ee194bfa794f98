package dev.paygen.runtime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The final HTTP response of a call as it came off the wire: status, headers and body bytes,
 * delivered beside the typed result to the consumer set with {@link
 * RequestOptions.Builder#onResponse}.
 *
 * <pre>{@code
 * AtomicReference<RawResponse> raw = new AtomicReference<>();
 * Payment p = client.payments().retrieve(id, RequestOptions.builder().onResponse(raw::set).build());
 * raw.get().header("X-RateLimit-Remaining").ifPresent(System.out::println);
 * }</pre>
 *
 * <p>Only the response is carried, never the request: no credential the client sent can leak
 * through it. Immutable; {@link #body()} returns a copy.
 */
public final class RawResponse {
  private final int statusCode;
  private final Map<String, List<String>> headers;
  private final byte[] body;

  /**
   * Creates a response; the runtime makes these, tests may too.
   *
   * @param statusCode the HTTP status
   * @param headers the response headers by name (any case)
   * @param body the body, empty for none
   */
  public RawResponse(int statusCode, Map<String, List<String>> headers, byte[] body) {
    this.statusCode = statusCode;
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    // HTTP/2 pseudo-headers (":status") are not headers a user asked for.
    headers.forEach((name, values) -> {
      if (!name.startsWith(":")) {
        copy.computeIfAbsent(name, k -> new ArrayList<>()).addAll(values);
      }
    });
    copy.replaceAll((name, values) -> List.copyOf(values));
    this.headers = Collections.unmodifiableMap(copy);
    this.body = body.clone();
  }

  /**
   * Returns the HTTP status code.
   *
   * @return e.g. 200
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * Returns the response headers, each name with all its values in order; names are looked up
   * case-insensitively ({@code headers().get("x-ratelimit-remaining")}).
   *
   * @return the unmodifiable headers
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * Returns the first value of a header, its name in any case.
   *
   * @param name the header name
   * @return the value, or empty when the response lacks the header
   */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name))
        .flatMap(values -> values.stream().findFirst());
  }

  /**
   * Returns the body as received (a copy).
   *
   * @return the bytes, empty when the response had no body
   */
  public byte[] body() {
    return body.clone();
  }

  /**
   * Returns the body decoded as UTF-8 text.
   *
   * @return the text, empty when the response had no body
   */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "RawResponse{status=" + statusCode + ", headers=" + headers.keySet() + ", body="
        + body.length + " bytes}";
  }
}
