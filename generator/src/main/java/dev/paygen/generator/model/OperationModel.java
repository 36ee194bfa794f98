package dev.paygen.generator.model;

import java.util.List;
import java.util.Objects;

/**
 * One HTTP operation, as a service method. Built with {@link #builder}, since most of its nineteen
 * parts are optional:
 *
 * <pre>{@code
 * OperationModel op = OperationModel.builder("create", "POST", "/payments")
 *     .pointer("/paths/~1payments/post")
 *     .body(body)
 *     .response(response)
 *     .javaNames(new OperationModel.JavaNames("body", null, "CREATE"))
 *     .build();
 * }</pre>
 *
 * @param methodName the Java method ({@code create}, {@code listLineItems})
 * @param operationId the spec's operationId, or empty
 * @param httpMethod upper case ({@code POST})
 * @param path the path template ({@code /payments/{payment_id}})
 * @param summary the summary, or empty
 * @param description the description, or empty
 * @param deprecated whether the operation is deprecated
 * @param pointer the operation's JSON pointer
 * @param pathParams path parameters, in path order: leading method arguments
 * @param queryParams query parameters: components of the params record
 * @param headerParams header parameters: components of the params record
 * @param cookieParams cookie parameters: components of the params record, sent in one {@code Cookie}
 *     header
 * @param paramsType the params record's simple name ({@code PaymentsListParams}), or null when the
 *     operation has no query, header or cookie parameters; operations with identical query, header
 *     and cookie parameter lists have the same one (one shared record)
 * @param body the request body, or null
 * @param response the success response, or null when it has no body
 * @param accept the {@code Accept} header from the documented response media types ({@code
 *     application/pdf, application/problem+json}), or empty for the default {@code application/json}
 * @param pagination how to page through results, or null
 * @param security the security alternatives the operation accepts, each the names of the schemes
 *     whose credentials are sent together (an empty one: anonymous access); empty when the
 *     operation takes no credentials
 * @param javaNames the other Java names the operation's code needs, decided with the rest
 * @param deprecation when deprecated, what the spec says to use instead ({@code Use the batch
 *     endpoint.}), or empty
 */
public record OperationModel(
    String methodName,
    String operationId,
    String httpMethod,
    String path,
    String summary,
    String description,
    boolean deprecated,
    String pointer,
    List<ParameterModel> pathParams,
    List<ParameterModel> queryParams,
    List<ParameterModel> headerParams,
    List<ParameterModel> cookieParams,
    String paramsType,
    BodyModel body,
    ResponseModel response,
    String accept,
    PaginationModel pagination,
    List<List<String>> security,
    JavaNames javaNames,
    String deprecation) {

  /**
   * Copies the lists, so the model is immutable; a null accept or deprecation becomes empty.
   *
   * @param methodName the Java method ({@code create}, {@code listLineItems})
   * @param operationId the spec's operationId, or empty
   * @param httpMethod upper case ({@code POST})
   * @param path the path template ({@code /payments/{payment_id}})
   * @param summary the summary, or empty
   * @param description the description, or empty
   * @param deprecated whether the operation is deprecated
   * @param pointer the operation's JSON pointer
   * @param pathParams path parameters, in path order: leading method arguments
   * @param queryParams query parameters: components of the params record
   * @param headerParams header parameters: components of the params record
   * @param cookieParams cookie parameters: components of the params record, sent in one {@code
   *     Cookie} header
   * @param paramsType the params record's simple name ({@code PaymentsListParams}), or null when
   *     the operation has no query, header or cookie parameters
   * @param body the request body, or null
   * @param response the success response, or null when it has no body
   * @param accept the {@code Accept} header from the documented response media types ({@code
   *     application/pdf, application/problem+json}), or empty for the default {@code
   *     application/json}
   * @param pagination how to page through results, or null
   * @param security the security alternatives the operation accepts, each the names of the schemes
   *     whose credentials are sent together (an empty one: anonymous access); empty when the
   *     operation takes no credentials
   * @param javaNames the other Java names the operation's code needs, decided with the rest
   * @param deprecation when deprecated, what the spec says to use instead ({@code Use the batch
   *     endpoint.}), or empty
   */
  public OperationModel {
    pathParams = List.copyOf(pathParams);
    queryParams = List.copyOf(queryParams);
    headerParams = List.copyOf(headerParams);
    cookieParams = List.copyOf(cookieParams);
    accept = Objects.requireNonNullElse(accept, "");
    security = security.stream().map(List::copyOf).toList();
    Objects.requireNonNull(javaNames, "javaNames");
    deprecation = Objects.requireNonNullElse(deprecation, "");
  }

  /**
   * Starts an operation with no parameters, body, response, pagination or security, and empty texts.
   *
   * @param methodName the Java method
   * @param httpMethod upper case ({@code POST})
   * @param path the path template
   * @return a builder of the operation
   */
  public static Builder builder(String methodName, String httpMethod, String path) {
    return new Builder(methodName, httpMethod, path);
  }

  /** {@return a builder holding this operation's parts, to derive a changed one} */
  public Builder toBuilder() {
    return builder(methodName, httpMethod, path)
        .operationId(operationId)
        .summary(summary)
        .description(description)
        .deprecated(deprecated)
        .pointer(pointer)
        .pathParams(pathParams)
        .queryParams(queryParams)
        .headerParams(headerParams)
        .cookieParams(cookieParams)
        .paramsType(paramsType)
        .body(body)
        .response(response)
        .accept(accept)
        .pagination(pagination)
        .security(security)
        .javaNames(javaNames)
        .deprecation(deprecation);
  }

  /**
   * {@return whether every query, header and cookie parameter is optional, so an overload without
   * params
   * exists}
   */
  public boolean paramsOptional() {
    return queryParams.stream().noneMatch(ParameterModel::required)
        && headerParams.stream().noneMatch(ParameterModel::required)
        && cookieParams.stream().noneMatch(ParameterModel::required);
  }

  /** Builds an {@link OperationModel}; see the record's components for what each part means. */
  public static final class Builder {
    private final String methodName;
    private final String httpMethod;
    private final String path;
    private String operationId = "";
    private String summary = "";
    private String description = "";
    private boolean deprecated;
    private String pointer = "";
    private List<ParameterModel> pathParams = List.of();
    private List<ParameterModel> queryParams = List.of();
    private List<ParameterModel> headerParams = List.of();
    private List<ParameterModel> cookieParams = List.of();
    private String accept = "";
    private String deprecation = "";
    private String paramsType;
    private BodyModel body;
    private ResponseModel response;
    private PaginationModel pagination;
    private List<List<String>> security = List.of();
    private JavaNames javaNames;

    private Builder(String methodName, String httpMethod, String path) {
      this.methodName = methodName;
      this.httpMethod = httpMethod;
      this.path = path;
    }

    // CPD-OFF: one fluent setter per field, the builder idiom; alike to any other builder
    /**
     * Sets the spec's operationId.
     *
     * @param operationId the operationId, or empty
     * @return this builder
     */
    public Builder operationId(String operationId) {
      this.operationId = operationId;
      return this;
    }

    /**
     * Sets the summary.
     *
     * @param summary the summary, or empty
     * @return this builder
     */
    public Builder summary(String summary) {
      this.summary = summary;
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description the description, or empty
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets whether the operation is deprecated.
     *
     * @param deprecated whether it is deprecated
     * @return this builder
     */
    public Builder deprecated(boolean deprecated) {
      this.deprecated = deprecated;
      return this;
    }

    /**
     * Sets the operation's JSON pointer.
     *
     * @param pointer the pointer
     * @return this builder
     */
    public Builder pointer(String pointer) {
      this.pointer = pointer;
      return this;
    }

    /**
     * Sets the path parameters: leading method arguments.
     *
     * @param pathParams the path parameters, in path order
     * @return this builder
     */
    public Builder pathParams(List<ParameterModel> pathParams) {
      this.pathParams = pathParams;
      return this;
    }

    /**
     * Sets the query parameters: components of the params record.
     *
     * @param queryParams the query parameters
     * @return this builder
     */
    public Builder queryParams(List<ParameterModel> queryParams) {
      this.queryParams = queryParams;
      return this;
    }

    /**
     * Sets the header parameters: components of the params record.
     *
     * @param headerParams the header parameters
     * @return this builder
     */
    public Builder headerParams(List<ParameterModel> headerParams) {
      this.headerParams = headerParams;
      return this;
    }

    /**
     * Sets the cookie parameters, sent in one {@code Cookie} header.
     *
     * @param cookieParams the cookie parameters
     * @return this builder
     */
    public Builder cookieParams(List<ParameterModel> cookieParams) {
      this.cookieParams = cookieParams;
      return this;
    }

    /**
     * Sets the {@code Accept} header.
     *
     * @param accept the header value, or empty for the default {@code application/json}
     * @return this builder
     */
    public Builder accept(String accept) {
      this.accept = accept;
      return this;
    }

    /**
     * Sets the params record's simple name.
     *
     * @param paramsType the name ({@code PaymentsListParams}), or null when there are no query,
     *     header or cookie parameters
     * @return this builder
     */
    public Builder paramsType(String paramsType) {
      this.paramsType = paramsType;
      return this;
    }

    /**
     * Sets the request body.
     *
     * @param body the body, or null
     * @return this builder
     */
    public Builder body(BodyModel body) {
      this.body = body;
      return this;
    }

    /**
     * Sets the success response.
     *
     * @param response the response, or null when it has no body
     * @return this builder
     */
    public Builder response(ResponseModel response) {
      this.response = response;
      return this;
    }

    /**
     * Sets how to page through results.
     *
     * @param pagination the pagination, or null
     * @return this builder
     */
    public Builder pagination(PaginationModel pagination) {
      this.pagination = pagination;
      return this;
    }

    /**
     * Sets the security alternatives the operation accepts.
     *
     * @param security each alternative's scheme names (an empty one: anonymous access); empty for
     *     no credentials
     * @return this builder
     */
    public Builder security(List<List<String>> security) {
      this.security = security;
      return this;
    }

    /**
     * Sets the other Java names the operation's code needs.
     *
     * @param javaNames the names
     * @return this builder
     */
    public Builder javaNames(JavaNames javaNames) {
      this.javaNames = javaNames;
      return this;
    }
    // CPD-ON

    /**
     * Sets what the spec says to use instead of a deprecated operation.
     *
     * @param deprecation the text, or empty
     * @return this builder
     */
    public Builder deprecation(String deprecation) {
      this.deprecation = deprecation;
      return this;
    }

    /**
     * Builds the operation.
     *
     * @return the operation
     */
    public OperationModel build() {
      return new OperationModel(
          methodName,
          operationId,
          httpMethod,
          path,
          summary,
          description,
          deprecated,
          pointer,
          pathParams,
          queryParams,
          headerParams,
          cookieParams,
          paramsType,
          body,
          response,
          accept,
          pagination,
          security,
          javaNames,
          deprecation);
    }
  }

  /**
   * An operation parameter.
   *
   * @param wireName the name on the wire ({@code page_number})
   * @param javaName the Java name ({@code pageNumber})
   * @param type its Java type
   * @param required whether it must be given
   * @param description Javadoc text, or empty
   * @param deprecated whether the spec marks it deprecated
   * @param style the OpenAPI {@code style} ({@code form}, {@code deepObject}, {@code matrix}...),
   *     the location's default when the spec has none, or empty for the location's default
   * @param explode the OpenAPI {@code explode}, the style's default when the spec has none
   * @param allowReserved the OpenAPI {@code allowReserved} of a query parameter: reserved characters
   *     of its values are sent unencoded
   */
  public record ParameterModel(
      String wireName,
      String javaName,
      TypeRef type,
      boolean required,
      String description,
      boolean deprecated,
      String style,
      boolean explode,
      boolean allowReserved) {

    /**
     * A parameter whose reserved characters are percent-encoded (no {@code allowReserved}).
     *
     * @param wireName the name on the wire ({@code page_number})
     * @param javaName the Java name ({@code pageNumber})
     * @param type its Java type
     * @param required whether it must be given
     * @param description Javadoc text, or empty
     * @param deprecated whether the spec marks it deprecated
     * @param style the OpenAPI {@code style}, or empty for the location's default
     * @param explode the OpenAPI {@code explode}
     */
    public ParameterModel(
        String wireName,
        String javaName,
        TypeRef type,
        boolean required,
        String description,
        boolean deprecated,
        String style,
        boolean explode) {
      this(wireName, javaName, type, required, description, deprecated, style, explode, false);
    }

    /**
     * A parameter in its location's default style ({@code form} for a query, else {@code simple}).
     *
     * @param wireName the name on the wire ({@code page_number})
     * @param javaName the Java name ({@code pageNumber})
     * @param type its Java type
     * @param required whether it must be given
     * @param description Javadoc text, or empty
     * @param deprecated whether the spec marks it deprecated
     */
    public ParameterModel(
        String wireName,
        String javaName,
        TypeRef type,
        boolean required,
        String description,
        boolean deprecated) {
      this(wireName, javaName, type, required, description, deprecated, "", false);
    }

    /**
     * Whether the parameter is serialized as its location's default: {@code form} exploded in a
     * query, {@code simple} not exploded in a path or header.
     *
     * @param query whether the parameter is a query parameter
     * @return true for the default
     */
    public boolean defaultStyle(boolean query) {
      return !allowReserved
          && (style.isEmpty()
              || (query ? style.equals("form") && explode : style.equals("simple") && !explode));
    }
  }

  /**
   * Java names of an operation besides its method and path parameters, unique where they are used.
   *
   * @param bodyArg the request body's argument ({@code body}), clear of the path parameters
   * @param paramsArg the params record's argument ({@code params}), clear of the path parameters
   * @param constantPrefix the prefix of the implementation's constants for this operation
   *     ({@code LIST_LINE_ITEMS} for {@code LIST_LINE_ITEMS_TYPE}), unique in its service
   */
  public record JavaNames(String bodyArg, String paramsArg, String constantPrefix) {}

  /**
   * A request body.
   *
   * @param type the body's Java type
   * @param required whether the body must be sent
   * @param contentType the media type ({@code application/json}, {@code application/x-www-form-urlencoded},
   *     {@code multipart/form-data}, {@code application/octet-stream})
   * @param encoding how the body goes on the wire, decided from the media type and {@code type}
   * @param description Javadoc text, or empty
   */
  public record BodyModel(
      TypeRef type,
      boolean required,
      String contentType,
      BodyEncoding encoding,
      String description) {}

  /**
   * The success response.
   *
   * @param type the body's Java type
   * @param contentType the media type
   * @param description Javadoc text, or empty
   * @param mayBeEmpty whether another 2xx response of the operation has no body, so the result may
   *     be null
   */
  public record ResponseModel(
      TypeRef type, String contentType, String description, boolean mayBeEmpty) {
    /**
     * A response that always has its body.
     *
     * @param type the body's Java type
     * @param contentType the media type
     * @param description Javadoc text, or empty
     */
    public ResponseModel(TypeRef type, String contentType, String description) {
      this(type, contentType, description, false);
    }
  }
}
