package dev.paygen.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * A synthetic spec N times the size of a real one, for the growth benchmark: N renamed copies of
 * every path, webhook, tag and component of the source document in one valid document. Copy k
 * prefixes its paths with {@code /copyk}, suffixes schema (and other component) names with
 * {@code Copyk}, operationIds with {@code _copyk}, tags with {@code " Copyk"} and webhook names with
 * {@code .copyk}, and rewrites every {@code $ref} and discriminator mapping to its own copy, so the
 * copies share nothing but {@code info}, {@code servers}, the security schemes and global
 * {@code security} (one API has one way to authenticate).
 *
 * <p>Every copy is renamed, copy 1 too, so N = 1 has the same names shape as every other N and the
 * samples differ only in size.
 *
 * <p>Usage: {@code SyntheticSpec SOURCE N OUTPUT} writes the N-copy document as JSON.
 */
public final class SyntheticSpec {
  /** Component sections that stay shared: referenced by name from security requirements, not by $ref. */
  private static final Set<String> SHARED_COMPONENTS = Set.of("securitySchemes");

  private static final ObjectMapper JSON = new ObjectMapper();

  private SyntheticSpec() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: SyntheticSpec SOURCE N OUTPUT");
      System.exit(2);
    }
    JsonNode source = read(Path.of(args[0]));
    ObjectNode document = copies(source, Integer.parseInt(args[1]));
    Path out = Path.of(args[2]);
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    JSON.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), document);
  }

  /** Reads a YAML or JSON document (JSON is YAML). */
  public static JsonNode read(Path file) throws IOException {
    return new YAMLMapper().readTree(file.toFile());
  }

  /** The document made of {@code n} renamed copies of {@code source}'s paths, webhooks, tags and components. */
  public static ObjectNode copies(JsonNode source, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("N must be at least 1, was " + n);
    }
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    // Keep the source's key order: the merged maps land where the source has them.
    for (Iterator<Map.Entry<String, JsonNode>> it = source.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      switch (field.getKey()) {
        case "paths", "webhooks", "tags" -> out.set(field.getKey(), emptyLike(field.getValue()));
        case "components" -> out.set("components", JsonNodeFactory.instance.objectNode());
        default -> out.set(field.getKey(), field.getValue().deepCopy());
      }
    }
    for (int k = 1; k <= n; k++) {
      addCopy(source, k, out);
    }
    return out;
  }

  private static JsonNode emptyLike(JsonNode node) {
    return node.isArray()
        ? JsonNodeFactory.instance.arrayNode()
        : JsonNodeFactory.instance.objectNode();
  }

  private static void addCopy(JsonNode source, int k, ObjectNode out) {
    Renamer rename = new Renamer(k);
    putRenamed(source.path("paths"), out.get("paths"), rename::path, rename);
    putRenamed(source.path("webhooks"), out.get("webhooks"), rename::webhook, rename);
    if (source.path("tags").isArray()) {
      for (JsonNode tag : source.get("tags")) {
        ObjectNode copy = tag.deepCopy();
        copy.put("name", rename.tag(tag.path("name").asText()));
        ((ArrayNode) out.get("tags")).add(copy);
      }
    }
    ObjectNode components = (ObjectNode) out.get("components");
    for (Iterator<Map.Entry<String, JsonNode>> it = source.path("components").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> section = it.next();
      if (SHARED_COMPONENTS.contains(section.getKey())) {
        if (k == 1) {
          components.set(section.getKey(), section.getValue().deepCopy());
        }
        continue;
      }
      if (!components.has(section.getKey())) {
        components.set(section.getKey(), JsonNodeFactory.instance.objectNode());
      }
      putRenamed(section.getValue(), components.get(section.getKey()), rename::component, rename);
    }
  }

  private static void putRenamed(
      JsonNode from, JsonNode to, java.util.function.UnaryOperator<String> key, Renamer rename) {
    for (Iterator<Map.Entry<String, JsonNode>> it = from.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      ((ObjectNode) to).set(key.apply(e.getKey()), rename.rewrite(e.getValue().deepCopy()));
    }
  }

  /** The names of copy k, and the rewrite of one subtree into copy k's names. */
  private record Renamer(int k) {
    String path(String path) {
      return "/copy" + k + path;
    }

    String webhook(String name) {
      return name + ".copy" + k;
    }

    String tag(String name) {
      return name + " Copy" + k;
    }

    String component(String name) {
      return name + "Copy" + k;
    }

    String operationId(String id) {
      return id + "_copy" + k;
    }

    /** A local reference {@code #/components/SECTION/NAME...} into copy k; other references as they are. */
    String ref(String ref) {
      String prefix = "#/components/";
      if (!ref.startsWith(prefix)) {
        return ref;
      }
      int sectionEnd = ref.indexOf('/', prefix.length());
      if (sectionEnd < 0
          || SHARED_COMPONENTS.contains(ref.substring(prefix.length(), sectionEnd))) {
        return ref;
      }
      int nameEnd = ref.indexOf('/', sectionEnd + 1);
      return nameEnd < 0
          ? component(ref)
          : component(ref.substring(0, nameEnd)) + ref.substring(nameEnd);
    }

    /** Rewrites, in place, $refs, discriminator mappings, operationIds and operation tags. */
    JsonNode rewrite(JsonNode node) {
      if (node instanceof ObjectNode object) {
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          JsonNode value = e.getValue();
          switch (e.getKey()) {
            case "$ref" -> {
              if (value.isTextual()) {
                e.setValue(TextNode.valueOf(ref(value.asText())));
                continue;
              }
            }
            case "operationId" -> {
              if (value.isTextual()) {
                e.setValue(TextNode.valueOf(operationId(value.asText())));
                continue;
              }
            }
            case "tags" -> {
              if (value.isArray() && allText(value)) {
                ArrayNode tags = JsonNodeFactory.instance.arrayNode();
                value.forEach(t -> tags.add(tag(t.asText())));
                e.setValue(tags);
                continue;
              }
            }
            case "discriminator" -> rewriteMapping(value.path("mapping"));
            default -> {}
          }
          rewrite(value);
        }
      } else if (node.isArray()) {
        node.forEach(this::rewrite);
      }
      return node;
    }

    /** Mapping values are references ({@code #/components/schemas/X}) or bare schema names. */
    private void rewriteMapping(JsonNode mapping) {
      if (mapping instanceof ObjectNode object) {
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          String target = e.getValue().asText();
          e.setValue(TextNode.valueOf(target.contains("/") ? ref(target) : component(target)));
        }
      }
    }

    private static boolean allText(JsonNode array) {
      for (JsonNode item : array) {
        if (!item.isTextual()) {
          return false;
        }
      }
      return true;
    }
  }
}
