package dev.paygen.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.parser.Swagger20Parser;
import io.swagger.parser.SwaggerResolver;
import io.swagger.parser.util.SwaggerDeserializationResult;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.converter.SwaggerConverter;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Path;
import java.util.ArrayList;

/**
 * Hands Swagger Parser the one tree {@link Bundler} made of the files paygen read by YAML 1.2
 * ({@link Yaml12}), never the YAML text nor a file to resolve: Swagger Parser reads YAML by 1.1
 * rules (its SnakeYAML resolver turns {@code NO} into {@code false}) and offers no hook to change
 * that, and every {@code $ref} of the bundled tree is internal. OpenAPI 3.x is passed as the tree
 * itself; so is Swagger 2.0, to Swagger's 2.0 reader, resolved once, then to its converter. (The
 * converter's own entry point takes text: it parsed the tree again from JSON and resolved it twice,
 * a quarter of a second on the Kubernetes document.)
 */
final class SwaggerInput {

  private SwaggerInput() {}

  static SwaggerParseResult parse(Path root, JsonNode tree) {
    if (!tree.has("openapi")) {
      SwaggerDeserializationResult swagger = new Swagger20Parser().readWithInfo(tree);
      if (swagger.getSwagger() != null) {
        swagger.setSwagger(
            new SwaggerResolver(swagger.getSwagger(), new ArrayList<>(), null).resolve());
      }
      return new SwaggerConverter().convert(swagger);
    }
    // A plain path, not a file: URI: given a URI, Swagger Parser inlines every 3.1 $ref that has
    // siblings.
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(false);
    options.setResolveCombinators(false);
    options.setValidateExternalRefs(false);
    return new OpenAPIV3Parser().parseJsonNode(root.toString(), tree, options);
  }
}
