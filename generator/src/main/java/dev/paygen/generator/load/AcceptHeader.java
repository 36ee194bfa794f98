package dev.paygen.generator.load;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The {@code Accept} header of an operation, from the media types its responses document: the type
 * each success response is read as (the one {@link OperationReader#pick} chose, so a server offering
 * JSON and a PDF for the same status is asked for the JSON the method returns), then every type of
 * the error responses ({@code application/problem+json}), each once, in spec order.
 */
final class AcceptHeader {
  private AcceptHeader() {}

  /**
   * The header's value, or empty when the operation documents only {@code application/json} or no
   * media type at all: the runtime's default then applies, and the generated code names nothing.
   */
  static String of(Operation op, ComponentRefs refs, String pointer) {
    if (op.getResponses() == null) {
      return "";
    }
    Set<String> success = new LinkedHashSet<>();
    Set<String> errors = new LinkedHashSet<>();
    for (var entry : op.getResponses().entrySet()) {
      String at = pointer + "/" + RefScanner.escape(entry.getKey());
      ApiResponse response = refs.response(entry.getValue(), at);
      if (response == null
          || response.getContent() == null
          || response.getContent().isEmpty()) {
        continue;
      }
      if (entry.getKey().startsWith("2")) {
        success.add(OperationReader.pick(response.getContent()).getKey());
      } else {
        errors.addAll(response.getContent().keySet());
      }
    }
    Set<String> all = new LinkedHashSet<>(success);
    all.addAll(errors);
    return all.isEmpty() || all.equals(Set.of("application/json")) ? "" : String.join(", ", all);
  }
}
