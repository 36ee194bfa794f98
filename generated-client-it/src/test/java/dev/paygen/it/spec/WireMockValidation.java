package dev.paygen.it.spec;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;

/**
 * What swagger-request-validator's own WireMock adapter does (that artifact does not resolve
 * here): a request WireMock logged, and the response it served, as the validator's model.
 */
final class WireMockValidation {
  private WireMockValidation() {}

  /** The logged request: method, path (decoded), query parameters, headers and body. */
  static Request request(LoggedRequest logged) {
    URI uri = URI.create(logged.getUrl());
    SimpleRequest.Builder builder =
        new SimpleRequest.Builder(logged.getMethod().getName(), uri.getPath());
    if (uri.getRawQuery() != null) {
      for (String name : logged.getQueryParams().keySet()) {
        QueryParameter parameter = logged.queryParameter(name);
        builder.withQueryParam(name, parameter.values());
      }
    }
    for (HttpHeader header : logged.getHeaders().all()) {
      builder.withHeader(header.key(), header.values());
    }
    byte[] body = logged.getBody();
    if (body != null && body.length > 0) {
      builder.withBody(body);
    }
    return builder.build();
  }

  /** The served response: status, headers and body. */
  static Response response(LoggedResponse logged) {
    SimpleResponse.Builder builder = new SimpleResponse.Builder(logged.getStatus());
    if (logged.getHeaders() != null) {
      for (HttpHeader header : logged.getHeaders().all()) {
        builder.withHeader(header.key(), header.values());
      }
    }
    byte[] body = logged.getBody();
    if (body != null && body.length > 0) {
      builder.withBody(body);
    }
    return builder.build();
  }
}
