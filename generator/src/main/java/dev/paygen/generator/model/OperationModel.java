package dev.paygen.generator.model;

import java.util.List;

/**
 * One HTTP operation, as a service method.
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
 * @param paramsType the params record's simple name ({@code PaymentsListParams}), or null when the
 *     operation has no query or header parameters
 * @param body the request body, or null
 * @param response the success response, or null when it has no body
 * @param pagination how to page through results, or null
 * @param security names of the security schemes the operation accepts (empty: none needed)
 * @param javaNames the other Java names the operation's code needs, decided with the rest
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
    String paramsType,
    BodyModel body,
    ResponseModel response,
    PaginationModel pagination,
    List<String> security,
    JavaNames javaNames) {

  public OperationModel {
    pathParams = List.copyOf(pathParams);
    queryParams = List.copyOf(queryParams);
    headerParams = List.copyOf(headerParams);
    security = List.copyOf(security);
  }

  /** Whether every query and header parameter is optional, so an overload without params exists. */
  public boolean paramsOptional() {
    return queryParams.stream().noneMatch(ParameterModel::required)
        && headerParams.stream().noneMatch(ParameterModel::required);
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
   */
  public record ParameterModel(
      String wireName, String javaName, TypeRef type, boolean required, String description, boolean deprecated) {}

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
   * @param description Javadoc text, or empty
   */
  public record BodyModel(TypeRef type, boolean required, String contentType, String description) {}

  /**
   * The success response.
   *
   * @param type the body's Java type
   * @param contentType the media type
   * @param description Javadoc text, or empty
   */
  public record ResponseModel(TypeRef type, String contentType, String description) {}
}
