package dev.paygen.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One API call before it is sent: method, path template with its parameters, query parameters,
 * headers and body.
 *
 * <pre>{@code
 * ApiRequest request = ApiRequest.builder("GET", "/payments/{payment_id}")
 *     .pathParam("payment_id", id)
 *     .queryParam("page_size", 10)
 *     .build();
 * }</pre>
 *
 * <p>Path parameters are percent-encoded as one segment each ({@code ../refunds} becomes {@code
 * ..%2Frefunds}). Query values: null is skipped, collections and arrays repeat the parameter,
 * objects go out as one parameter per JSON property, {@code OffsetDateTime}/{@code LocalDate} are
 * ISO-8601, enums use their Jackson wire value. Parameters of another OpenAPI {@code style} or
 * {@code explode} are set with the overloads taking a {@link ParamStyle}.
 *
 * <p>Credentials follow the request's security: {@link Builder#security(String...)} once per
 * alternative the operation accepts, {@link Builder#noSecurity()} for none; a request that
 * declares neither gets every credential of the client.
 */
public final class ApiRequest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}/]+)}");

  enum BodyKind {
    NONE,
    JSON,
    FORM,
    RAW,
    MULTIPART
  }

  private final String method;
  private final String pathTemplate;
  private final Map<String, Object> pathParams;
  private final Map<String, List<Object>> queryParams;
  private final Map<String, PercentEncoder.Styling> pathStyles;
  private final Map<String, PercentEncoder.Styling> queryStyles;
  private final Map<String, String> headers;
  private final Map<String, String> cookies;
  private final @Nullable String accept;
  private final BodyKind bodyKind;
  private final @Nullable Object body;
  private final @Nullable String contentType;
  private final @Nullable String boundary;
  private final @Nullable List<List<String>> security;

  private ApiRequest(Builder b) {
    this.method = b.method;
    this.pathTemplate = b.pathTemplate;
    this.pathParams = Collections.unmodifiableMap(new LinkedHashMap<>(b.pathParams));
    LinkedHashMap<String, List<Object>> q = new LinkedHashMap<>();
    b.queryParams.forEach((k, v) -> q.put(k, Collections.unmodifiableList(new ArrayList<>(v))));
    this.queryParams = Collections.unmodifiableMap(q);
    this.pathStyles = Map.copyOf(b.pathStyles);
    this.queryStyles = Map.copyOf(b.queryStyles);
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
    this.cookies = Collections.unmodifiableMap(new LinkedHashMap<>(b.cookies));
    this.accept = b.accept;
    this.bodyKind = b.bodyKind;
    this.body = b.body;
    this.contentType = b.contentType;
    this.boundary = b.boundary;
    this.security = b.security == null ? null : List.copyOf(b.security);
  }

  /**
   * Starts a request.
   *
   * @param method the HTTP method, e.g. {@code POST}
   * @param pathTemplate the path with {@code {name}} placeholders, e.g. {@code /payments/{payment_id}}
   * @return a new builder
   */
  public static Builder builder(String method, String pathTemplate) {
    return new Builder(method, pathTemplate);
  }

  /**
   * Returns a builder holding this request, to derive a changed one.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(method, pathTemplate);
    b.pathParams.putAll(pathParams);
    queryParams.forEach((k, v) -> b.queryParams.put(k, new ArrayList<>(v)));
    b.pathStyles.putAll(pathStyles);
    b.queryStyles.putAll(queryStyles);
    b.headers.putAll(headers);
    b.cookies.putAll(cookies);
    b.accept = accept;
    b.bodyKind = bodyKind;
    b.body = body;
    b.contentType = contentType;
    b.boundary = boundary;
    b.security = security == null ? null : new ArrayList<>(security);
    return b;
  }

  /**
   * Returns a copy with one query parameter replaced (or removed when the value is null); pagers
   * use it to ask for the next page.
   *
   * @param name the parameter name
   * @param value the new value
   * @return the changed copy
   */
  public ApiRequest withQueryParam(String name, @Nullable Object value) {
    Builder b = toBuilder();
    b.queryParams.remove(name);
    return b.queryParam(name, value).build();
  }

  /**
   * Returns the HTTP method.
   *
   * @return the method in upper case
   */
  public String method() {
    return method;
  }

  /**
   * Returns the path template.
   *
   * @return e.g. {@code /payments/{payment_id}}
   */
  public String pathTemplate() {
    return pathTemplate;
  }

  /**
   * Returns the path parameters by name.
   *
   * @return the raw values
   */
  public Map<String, Object> pathParams() {
    return pathParams;
  }

  /**
   * Returns the query parameters by name, each with one or more raw values.
   *
   * @return the parameters in insertion order
   */
  public Map<String, List<Object>> queryParams() {
    return queryParams;
  }

  /**
   * Returns the first raw value of a query parameter.
   *
   * @param name the parameter name
   * @return the value, if set
   */
  public Optional<Object> queryParam(String name) {
    List<Object> values = queryParams.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * Returns the request's own headers.
   *
   * @return the headers
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * Returns the cookie parameters, each as its {@code name=value} pairs ({@code a=1; a=2} when
   * exploded), by parameter name; they are sent in one {@code Cookie} header, before any cookie the
   * caller sets as a header.
   *
   * @return the cookie pairs in insertion order
   */
  public Map<String, String> cookies() {
    return cookies;
  }

  /**
   * Returns the {@code Accept} header the operation documents, or null for the default {@code
   * application/json}.
   *
   * @return the media types, comma-separated, or null
   */
  public @Nullable String accept() {
    return accept;
  }

  /**
   * Returns the body: an object to write as JSON, a form map, raw bytes, or null.
   *
   * @return the body as given to the builder
   */
  public @Nullable Object body() {
    return body;
  }

  /**
   * Returns the body's content type.
   *
   * @return the content type, or null without a body
   */
  public @Nullable String contentType() {
    return contentType;
  }

  /**
   * Returns the security the request declares: the alternatives it accepts, each the scheme names
   * whose credentials are sent together ({@code []} in a list is anonymous access).
   *
   * @return the alternatives, empty for none needed, or null when undeclared (every credential)
   */
  public @Nullable List<List<String>> security() {
    return security;
  }

  BodyKind bodyKind() {
    return bodyKind;
  }

  /** The multipart boundary, also named in {@link #contentType()}; null unless the body is multipart. */
  @Nullable
  String boundary() {
    return boundary;
  }

  /** The query parameters' styles by name; a parameter not named is form, exploded. */
  Map<String, PercentEncoder.Styling> queryStyles() {
    return queryStyles;
  }

  /** The path with each parameter serialized in its style (simple by default) and encoded. */
  String expandPath(PercentEncoder encoder) {
    Matcher m = PLACEHOLDER.matcher(pathTemplate);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      Object value = Objects.requireNonNull(pathParams.get(name));
      String text =
          encoder.path(name, value, pathStyles.getOrDefault(name, PercentEncoder.Styling.SIMPLE));
      m.appendReplacement(out, Matcher.quoteReplacement(text));
    }
    m.appendTail(out);
    return out.toString();
  }

  @Override
  public String toString() {
    return method + " " + pathTemplate;
  }

  /** Builds an {@link ApiRequest}. */
  public static final class Builder {
    private final String method;
    private final String pathTemplate;
    private final Map<String, Object> pathParams = new LinkedHashMap<>();
    private final Map<String, List<Object>> queryParams = new LinkedHashMap<>();
    private final Map<String, PercentEncoder.Styling> pathStyles = new LinkedHashMap<>();
    private final Map<String, PercentEncoder.Styling> queryStyles = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private @Nullable String accept;
    private BodyKind bodyKind = BodyKind.NONE;
    private @Nullable Object body;
    private @Nullable String contentType;
    private @Nullable String boundary;
    private @Nullable List<List<String>> security;

    private Builder(String method, String pathTemplate) {
      Objects.requireNonNull(method, "`method` is required, but was null");
      Objects.requireNonNull(pathTemplate, "`pathTemplate` is required, but was null");
      if (!method.matches("[A-Za-z]+")) {
        throw new IllegalArgumentException("`method` is not an HTTP method: " + method);
      }
      this.method = method.toUpperCase(Locale.ROOT);
      this.pathTemplate = pathTemplate.startsWith("/") ? pathTemplate : "/" + pathTemplate;
    }

    /**
     * Sets a path parameter.
     *
     * @param name the placeholder name in the template
     * @param value the value; must not be null or empty
     * @return this builder
     */
    public Builder pathParam(String name, Object value) {
      if (value == null) {
        throw new NullPointerException("`" + name + "` is required, but was null");
      }
      if (value.toString().isEmpty()) {
        throw new IllegalArgumentException("path parameter `" + name + "` must not be empty");
      }
      pathParams.put(name, value);
      return this;
    }

    /**
     * Sets a path parameter serialized in an OpenAPI style: {@link ParamStyle#SIMPLE}, {@link
     * ParamStyle#LABEL} or {@link ParamStyle#MATRIX} (any other is simple).
     *
     * @param name the placeholder name in the template
     * @param value the value, an array, collection or object; must not be null or empty
     * @param style the style
     * @param explode whether arrays and objects are exploded
     * @return this builder
     */
    public Builder pathParam(String name, Object value, ParamStyle style, boolean explode) {
      pathParam(name, value);
      pathStyles.put(name, new PercentEncoder.Styling(style, explode));
      return this;
    }

    /**
     * Adds a query parameter; null is skipped, a collection or array repeats the parameter.
     *
     * @param name the parameter name
     * @param value the value
     * @return this builder
     */
    public Builder queryParam(String name, @Nullable Object value) {
      Objects.requireNonNull(name, "query parameter name");
      List<Object> values = new ArrayList<>();
      PercentEncoder.flatten(value, values);
      if (!values.isEmpty()) {
        queryParams.computeIfAbsent(name, k -> new ArrayList<>()).addAll(values);
      }
      return this;
    }

    /**
     * Adds a query parameter serialized in an OpenAPI style: {@link ParamStyle#FORM}, {@link
     * ParamStyle#SPACE_DELIMITED}, {@link ParamStyle#PIPE_DELIMITED} or {@link
     * ParamStyle#DEEP_OBJECT} (any other is form); null is skipped.
     *
     * @param name the parameter name
     * @param value the value, an array, collection or object
     * @param style the style
     * @param explode whether arrays and objects are exploded
     * @return this builder
     */
    public Builder queryParam(
        String name, @Nullable Object value, ParamStyle style, boolean explode) {
      queryParam(name, value);
      queryStyles.put(name, new PercentEncoder.Styling(style, explode));
      return this;
    }

    /**
     * Adds a query parameter serialized in an OpenAPI style, with {@code allowReserved}: when true,
     * the RFC 3986 reserved characters {@code :/?@!$&'()*+,;=} and percent-encoded triples in its
     * values are sent as they are ({@code #}, {@code [} and {@code ]} are still encoded, as a query
     * cannot hold them).
     *
     * @param name the parameter name
     * @param value the value, an array, collection or object
     * @param style the style
     * @param explode whether arrays and objects are exploded
     * @param allowReserved whether reserved characters are left unencoded
     * @return this builder
     */
    public Builder queryParam(
        String name,
        @Nullable Object value,
        ParamStyle style,
        boolean explode,
        boolean allowReserved) {
      queryParam(name, value);
      queryStyles.put(name, new PercentEncoder.Styling(style, explode, allowReserved));
      return this;
    }

    /**
     * Adds a cookie parameter in the form style, exploded: a scalar {@code name=value}, an array
     * {@code name=1; name=2}, an object one cookie per property; null is skipped.
     *
     * @param name the cookie name
     * @param value the value
     * @return this builder
     */
    public Builder cookieParam(String name, @Nullable Object value) {
      return cookieParam(name, value, true);
    }

    /**
     * Adds a cookie parameter in the form style: not exploded, an array is {@code name=1,2} and an
     * object {@code name=k1,v1,k2,v2}; names and values are percent-encoded. Null is skipped.
     *
     * @param name the cookie name
     * @param value the value, a scalar, array, collection or object
     * @param explode whether arrays and objects are one cookie per item
     * @return this builder
     */
    public Builder cookieParam(String name, @Nullable Object value, boolean explode) {
      Objects.requireNonNull(name, "cookie parameter name");
      List<Object> values = new ArrayList<>();
      PercentEncoder.flatten(value, values);
      if (value == null || values.isEmpty()) {
        cookies.remove(name);
      } else {
        cookies.put(name, PercentEncoder.DEFAULT.cookie(name, value, explode));
      }
      return this;
    }

    /**
     * Sets the {@code Accept} header from the media types the operation documents, instead of
     * {@code application/json}; a header of the same name set by the caller still wins.
     *
     * @param mediaTypes e.g. {@code application/pdf, application/problem+json}, or null for the
     *     default
     * @return this builder
     */
    public Builder accept(@Nullable String mediaTypes) {
      Headers.check("Accept", mediaTypes);
      this.accept = mediaTypes;
      return this;
    }

    /**
     * Sets a header; a null value is skipped.
     *
     * @param name the header name
     * @param value the value; CR and LF are rejected with an exception naming the header
     * @return this builder
     */
    public Builder header(String name, @Nullable String value) {
      Headers.check(name, value);
      if (value != null) {
        headers.put(name, value);
      }
      return this;
    }

    /**
     * Sets a header serialized in the simple style: arrays {@code t1,t2}, objects {@code k1,v1,k2,v2}
     * or, exploded, {@code k1=v1,k2=v2}, through their JSON; a null value is skipped.
     *
     * @param name the header name
     * @param value the value, a scalar, array, collection or object
     * @param explode whether objects are exploded
     * @return this builder
     */
    public Builder header(String name, @Nullable Object value, boolean explode) {
      return header(name, value == null ? null : PercentEncoder.DEFAULT.header(value, explode));
    }

    /**
     * Sets a JSON body, written with the client's mapper; null means no body.
     *
     * @param body the object to serialize
     * @return this builder
     */
    public Builder body(@Nullable Object body) {
      return setBody(body == null ? BodyKind.NONE : BodyKind.JSON, body, "application/json");
    }

    /**
     * Sets a JSON body sent with a JSON media type the operation documents, such as {@code
     * application/merge-patch+json} or {@code application/vnd.api+json}; null means no body.
     *
     * @param body the object to serialize
     * @param contentType the media type to send in {@code Content-Type}
     * @return this builder
     */
    public Builder jsonBody(@Nullable Object body, String contentType) {
      Objects.requireNonNull(contentType, "`contentType` is required, but was null");
      Headers.check("Content-Type", contentType);
      return setBody(body == null ? BodyKind.NONE : BodyKind.JSON, body, contentType);
    }

    /**
     * Sets an {@code application/x-www-form-urlencoded} body; values are formatted like query
     * parameters.
     *
     * @param form the fields in order
     * @return this builder
     */
    public Builder formBody(Map<String, ?> form) {
      Objects.requireNonNull(form, "`form` is required, but was null");
      return setBody(
          BodyKind.FORM,
          Collections.unmodifiableMap(new LinkedHashMap<>(form)),
          "application/x-www-form-urlencoded");
    }

    /**
     * Sets a {@code multipart/form-data} body: each non-null entry of a map, or component of a
     * record (named by its {@code @JsonProperty}), is one part; {@code byte[]} values are sent as
     * files, scalars as text, collections as one part per element, other objects as JSON.
     *
     * @param parts a map of part names to values, or a generated record
     * @return this builder
     */
    public Builder multipartBody(Object parts) {
      Objects.requireNonNull(parts, "`parts` is required, but was null");
      Multipart.parts(parts);
      String boundary = "paygen-" + java.util.UUID.randomUUID();
      setBody(BodyKind.MULTIPART, parts, "multipart/form-data; boundary=" + boundary);
      this.boundary = boundary;
      return this;
    }

    /**
     * Sets a raw body.
     *
     * @param bytes the body
     * @param contentType its content type, e.g. {@code application/octet-stream}
     * @return this builder
     */
    public Builder body(byte[] bytes, String contentType) {
      Objects.requireNonNull(bytes, "`bytes` is required, but was null");
      Objects.requireNonNull(contentType, "`contentType` is required, but was null");
      Headers.check("Content-Type", contentType);
      return setBody(BodyKind.RAW, bytes.clone(), contentType);
    }

    /**
     * Adds one alternative of the operation's security (OpenAPI's security requirement): the
     * schemes whose credentials, set with {@link ClientOptions.Builder#auth(String, Auth)}, are
     * sent together. The first alternative whose schemes all have a credential is used, and only
     * its credentials are sent; no arguments is anonymous access (nothing sent when reached). When
     * no alternative can be met, only the credentials added without a scheme are sent, and the API
     * answers as it does without credentials (typically 401, {@link UnauthorizedException}).
     *
     * <pre>{@code
     * builder.security("API_KEY");                      // one scheme
     * builder.security("APP_ID", "APP_KEY");            // both together
     * builder.security("BEARER").security("BASIC");    // either
     * }</pre>
     *
     * @param schemes the scheme names, e.g. {@code API_KEY}
     * @return this builder
     */
    public Builder security(String... schemes) {
      Objects.requireNonNull(schemes, "`schemes` is required, but was null");
      List<String> alternative = List.of(schemes);
      if (security == null) {
        security = new ArrayList<>();
      }
      security.add(alternative);
      return this;
    }

    /**
     * Declares that the operation takes no credentials (OpenAPI's {@code security: []}, or no
     * security anywhere in the document): none of the client's credentials is sent. Forgets any
     * alternative added before.
     *
     * @return this builder
     */
    public Builder noSecurity() {
      security = new ArrayList<>();
      return this;
    }

    private Builder setBody(BodyKind kind, @Nullable Object body, String contentType) {
      this.bodyKind = kind;
      this.body = body;
      this.contentType = kind == BodyKind.NONE ? null : contentType;
      this.boundary = null;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the immutable request
     * @throws IllegalStateException if a placeholder of the template has no value
     */
    public ApiRequest build() {
      Matcher m = PLACEHOLDER.matcher(pathTemplate);
      List<String> names = new ArrayList<>();
      while (m.find()) {
        names.add(m.group(1));
        if (!pathParams.containsKey(m.group(1))) {
          throw new IllegalStateException("path parameter `" + m.group(1) + "` of " + pathTemplate
              + " is required, but was not set");
        }
      }
      for (String name : pathParams.keySet()) {
        if (!names.contains(name)) {
          throw new IllegalStateException(
              "path parameter `" + name + "` is not in " + pathTemplate);
        }
      }
      return new ApiRequest(this);
    }
  }
}
