package dev.paygen.generator.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.converter.SwaggerConverter;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Hands Swagger Parser the one tree {@link Bundler} made of the files paygen read by YAML 1.2
 * ({@link Yaml12}), never the YAML text nor a file to resolve: Swagger Parser reads YAML by 1.1
 * rules (its SnakeYAML resolver turns {@code NO} into {@code false}) and offers no hook to change
 * that, and every {@code $ref} of the bundled tree is internal. OpenAPI 3.x is passed as the tree
 * itself; Swagger 2.0 goes to Swagger's converter as JSON text, which has no scalar to resolve.
 */
final class SwaggerInput {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SwaggerInput() {}

  static SwaggerParseResult parse(Path root, JsonNode tree) {
    // A plain path, not a file: URI: given a URI, Swagger Parser inlines every 3.1 $ref that has
    // siblings.
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(false);
    options.setResolveCombinators(false);
    options.setValidateExternalRefs(false);
    if (tree.has("openapi")) {
      return new OpenAPIV3Parser().parseJsonNode(root.toString(), tree, options);
    }
    try {
      return new SwaggerConverter().readContents(JSON.writeValueAsString(tree), null, options);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write the Swagger 2.0 document as JSON", e);
    }
  }
}
