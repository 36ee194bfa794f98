package dev.paygen.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Turns an error response into the {@link ApiException} subclass for its status. */
final class ErrorDecoder {
  private final ObjectMapper mapper;

  ErrorDecoder(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  ApiException decode(
      int status, Map<String, List<String>> headers, byte @Nullable [] bytes, String route) {
    // JSON whatever its media type (problem+json, hal+json): the body is parsed when it is an
    // object
    String body = bytes == null ? "" : new String(bytes, MediaTypes.charset(contentType(headers)));
    @Nullable String code = null;
    @Nullable String message = null;
    JsonNode node = parse(body);
    if (node != null && node.isObject()) {
      JsonNode error = node.get("error");
      if (error != null && error.isObject()) {
        code = text(error, "code", "error_code", "type");
        message = text(error, "message", "detail");
      }
      code = firstNonNull(text(node, "code", "error_code"), code);
      message = firstNonNull(text(node, "message", "error", "detail"), message);
    }
    StringBuilder m = new StringBuilder("HTTP ").append(status);
    String reason = reason(status);
    if (reason != null) {
      m.append(' ').append(reason);
    }
    if (code != null) {
      m.append(" (").append(code).append(')');
    }
    if (message != null) {
      m.append(": ").append(message);
    }
    m.append(" [").append(route).append(']');
    String full = m.toString();
    return switch (status) {
      case 400 -> new BadRequestException(full, status, headers, body, code, message);
      case 401 -> new UnauthorizedException(full, status, headers, body, code, message);
      case 403 -> new PermissionDeniedException(full, status, headers, body, code, message);
      case 404 -> new NotFoundException(full, status, headers, body, code, message);
      case 409 -> new ConflictException(full, status, headers, body, code, message);
      case 422 -> new UnprocessableEntityException(full, status, headers, body, code, message);
      case 429 -> new RateLimitException(full, status, headers, body, code, message);
      default ->
        status >= 500 && status <= 599
            ? new InternalServerException(full, status, headers, body, code, message)
            : new UnexpectedStatusException(full, status, headers, body, code, message);
    };
  }

  private @Nullable JsonNode parse(String body) {
    String trimmed = body.trim();
    if (!trimmed.startsWith("{")) {
      return null;
    }
    try {
      return mapper.readTree(trimmed);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private static @Nullable String contentType(Map<String, List<String>> headers) {
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey().equalsIgnoreCase("Content-Type") && !e.getValue().isEmpty()) {
        return e.getValue().get(0);
      }
    }
    return null;
  }

  private static @Nullable String text(JsonNode node, String... names) {
    for (String name : names) {
      JsonNode v = node.get(name);
      if (v != null && v.isValueNode() && !v.isNull() && !v.asText().isEmpty()) {
        return v.asText();
      }
    }
    return null;
  }

  private static @Nullable String firstNonNull(@Nullable String a, @Nullable String b) {
    return a != null ? a : b;
  }

  static @Nullable String reason(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 402 -> "Payment Required";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 406 -> "Not Acceptable";
      case 408 -> "Request Timeout";
      case 409 -> "Conflict";
      case 410 -> "Gone";
      case 413 -> "Payload Too Large";
      case 415 -> "Unsupported Media Type";
      case 422 -> "Unprocessable Entity";
      case 429 -> "Too Many Requests";
      case 500 -> "Internal Server Error";
      case 501 -> "Not Implemented";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      default -> null;
    };
  }
}
