package dev.paygen.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Hands Swagger Parser the trees paygen read by YAML 1.2 ({@link Yaml12}), never the YAML text:
 * Swagger Parser reads YAML by 1.1 rules (its SnakeYAML resolver turns {@code NO} into {@code
 * false}) and offers no hook to change that, for the root nor for the files its resolver reaches
 * by relative {@code $ref}.
 *
 * <p>A single-file OpenAPI 3.x document is passed as the tree itself, which also saves parsing the
 * file twice. Otherwise (files reached by {@code $ref}: Swagger Parser resolves other files' path
 * items only when it reads the location itself; or Swagger 2.0, which goes through Swagger's
 * converter) every file is written as JSON, under its own relative name, to a temporary
 * copy of the folder holding every file read (the spec's folder, or above it when a {@code $ref}
 * climbs out, as the ref root allows) that Swagger Parser reads instead: it takes content starting with
 * a brace for JSON whatever the file name, and JSON has no scalar to resolve. Messages naming the
 * copy are turned back to that folder.
 */
final class SwaggerInput {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SwaggerInput() {}

  static SwaggerParseResult parse(Path root, Map<Path, JsonNode> trees) {
    // A plain path, not a file: URI: given a URI, Swagger Parser inlines every 3.1 $ref that has
    // siblings.
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(false);
    options.setResolveCombinators(false);
    options.setValidateExternalRefs(false);
    JsonNode tree = trees.get(root);
    if (trees.size() == 1 && tree.has("openapi")) {
      return new OpenAPIV3Parser().parseJsonNode(root.toString(), tree, options);
    }
    Path folder = commonFolder(root.getParent(), trees.keySet());
    Path copy = null;
    try {
      copy = Files.createTempDirectory("paygen-spec-");
      for (Map.Entry<Path, JsonNode> file : trees.entrySet()) {
        Path target = copy.resolve(folder.relativize(file.getKey()).toString());
        Files.createDirectories(target.getParent());
        JSON.writeValue(target.toFile(), file.getValue());
      }
      Path copiedRoot = copy.resolve(folder.relativize(root).toString());
      SwaggerParseResult result =
          new OpenAPIParser().readLocation(copiedRoot.toString(), null, options);
      if (result.getMessages() != null) {
        List<String> messages = new ArrayList<>();
        for (String message : result.getMessages()) {
          messages.add(message.replace(copy.toString(), folder.toString()));
        }
        result.setMessages(messages);
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the spec's JSON copy for Swagger Parser", e);
    } finally {
      if (copy != null) {
        delete(copy);
      }
    }
  }

  /** The deepest folder holding {@code start} and every file: relative names stay inside the copy. */
  private static Path commonFolder(Path start, Iterable<Path> files) {
    Path folder = start;
    for (Path file : files) {
      while (!file.startsWith(folder) && folder.getParent() != null) {
        folder = folder.getParent();
      }
    }
    return folder;
  }

  private static void delete(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      // A temporary folder left behind harms nothing; the parse result is what matters.
    }
  }
}
