package dev.paygen.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads a YAML file into a Jackson tree by YAML 1.2's core schema, the YAML OpenAPI 3.x documents
 * are written in: only {@code true}/{@code false} (any case style) are booleans, {@code
 * null}/{@code ~}/empty are null, integers and floats by the 1.2 patterns ({@code 0o17}, {@code
 * 0x1F}, {@code .inf}). So {@code NO}, {@code on}, {@code yes}, {@code y}, {@code 09:30} and {@code
 * 1_000} stay the strings they are written as, where YAML 1.1 readers (Swagger Parser's SnakeYAML,
 * Jackson's YAML parser) turn them into booleans and numbers.
 *
 * <p>SnakeYAML Engine resolves and constructs the scalars; this class only turns its node graph into
 * a tree. Mapping keys keep their source text ({@code 200}, {@code 01}, {@code on}). The engine's
 * default limits stay (at most 50 aliases to collections, 3 MB of code points), a recursive alias
 * or duplicate key is malformed, and merge keys ({@code <<}) are applied.
 */
final class Yaml12 {
  /** Deeper than Jackson's own nesting limit is not a real spec. */
  private static final int MAX_DEPTH = 1000;

  private static final LoadSettings SETTINGS =
      LoadSettings.builder().setSchema(new CoreSchema()).build();
  private static final Map<Tag, ConstructNode> SCALARS =
      new CoreSchema().getSchemaTagConstructors();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Set<Node> open = Collections.newSetFromMap(new IdentityHashMap<>());

  private Yaml12() {}

  /**
   * A YAML file that cannot be read as a tree; the message starts with the 1-based line and column of
   * the problem when the reader knows them ({@code line 3, column 5: ...}).
   */
  static final class MalformedYamlException extends IOException {
    private static final long serialVersionUID = 1L;

    MalformedYamlException(String problem, Optional<Mark> mark, Throwable cause) {
      super(
          mark.map(m -> "line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1) + ": ")
                  .orElse("")
              + problem,
          cause);
    }
  }

  /** Reads {@code file}; an empty document is a missing node, as Jackson reads one. */
  static JsonNode read(Path file) throws IOException {
    Optional<Node> root;
    try (InputStream in = Files.newInputStream(file)) {
      root = new Compose(SETTINGS).composeInputStream(in);
    } catch (MarkedYamlEngineException e) {
      throw new MalformedYamlException(e.getProblem(), e.getProblemMark(), e);
    } catch (YamlEngineException e) {
      throw new MalformedYamlException(e.getMessage(), Optional.empty(), e);
    } catch (StackOverflowError e) {
      throw new MalformedYamlException("nested too deeply", Optional.empty(), null);
    }
    return root.isPresent() ? new Yaml12().tree(root.get(), 0) : MissingNode.getInstance();
  }

  private JsonNode tree(Node node, int depth) throws MalformedYamlException {
    if (node instanceof ScalarNode scalar) {
      return scalar(scalar);
    }
    if (depth > MAX_DEPTH) {
      throw malformed("nested deeper than " + MAX_DEPTH + " levels", node);
    }
    if (!open.add(node)) {
      throw malformed("an alias refers to a collection that contains it", node);
    }
    JsonNode tree;
    if (node instanceof SequenceNode sequence) {
      ArrayNode array = NODES.arrayNode(sequence.getValue().size());
      for (Node item : sequence.getValue()) {
        array.add(tree(item, depth + 1));
      }
      tree = array;
    } else {
      ObjectNode object = NODES.objectNode();
      for (NodeTuple entry : ((MappingNode) node).getValue()) {
        if (!(entry.getKeyNode() instanceof ScalarNode key)) {
          throw malformed(
              "a mapping key must be a plain value, not a collection", entry.getKeyNode());
        }
        if (object.has(key.getValue())) {
          throw malformed("duplicate key '" + key.getValue() + "'", key);
        }
        object.set(key.getValue(), tree(entry.getValueNode(), depth + 1));
      }
      tree = object;
    }
    open.remove(node);
    return tree;
  }

  private static JsonNode scalar(ScalarNode scalar) throws MalformedYamlException {
    Tag tag = scalar.getTag();
    if (tag.equals(Tag.NULL)) {
      return NODES.nullNode();
    }
    if (!tag.equals(Tag.BOOL) && !tag.equals(Tag.INT) && !tag.equals(Tag.FLOAT)) {
      // Strings, and explicitly tagged values (!!binary, !!timestamp, custom tags) as written.
      return NODES.textNode(scalar.getValue());
    }
    Object value;
    try {
      value = SCALARS.get(tag).construct(scalar);
    } catch (RuntimeException e) {
      // Only an explicit tag can get here (!!int abc): the core schema resolves no such plain
      // value.
      throw malformed("'" + scalar.getValue() + "' is not a valid " + tag.getValue(), scalar);
    }
    if (value instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    if (value instanceof Integer i) {
      return NODES.numberNode(i);
    }
    if (value instanceof Long l) {
      return NODES.numberNode(l);
    }
    if (value instanceof BigInteger big) {
      return NODES.numberNode(big);
    }
    return NODES.numberNode(((Number) value).doubleValue());
  }

  private static MalformedYamlException malformed(String problem, Node node) {
    return new MalformedYamlException(problem, node.getStartMark(), null);
  }
}
