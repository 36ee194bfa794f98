package dev.paygen.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the files {@link RefScanner} read into ONE document tree, the root's, whose every {@code
 * $ref} is internal, the way spec authors' bundlers (Redocly, swagger-cli) do: Swagger Parser then
 * parses a single tree and never resolves a file itself. It cannot resolve a {@code components}
 * map that is itself a {@code $ref} (Lago's {@code schemas: {$ref: ./schemas/_index.yaml}}) and
 * would inline every schema at every use.
 *
 * <p>The document is walked structurally (a property named {@code parameters} is a schema), so each
 * {@code $ref}'s position says what it leads to. A {@code $ref} to another file becomes a {@code $ref}
 * to a named component ({@code #/components/<section>/<Name>}; {@code #/definitions/},
 * {@code #/parameters/}, {@code #/responses/} for Swagger 2.0) whose content is copied once, its own
 * refs rewritten relative to its own file. Path items, and what has no component section (Swagger
 * 2.0 headers, say), are inlined. Names: the key under which the root's (resolved) components map
 * lists the target; else the last token of the target's pointer; else the file's base name. An
 * unlisted target whose rewritten content equals an existing component's in that section reuses
 * it; one whose name is taken by different content gets the first free {@code Name2},
 * {@code Name3}, ... in document order. Data ({@code example}, {@code default}, {@code enum},
 * extensions) is copied as it is.
 */
final class Bundler {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** What a position in the document holds. */
  private enum Kind {
    ROOT,
    COMPONENTS,
    PATH_ITEM,
    OPERATION,
    CALLBACK,
    PARAMETER,
    HEADER,
    REQUEST_BODY,
    MEDIA,
    ENCODING,
    RESPONSE,
    SCHEMA,
    EXAMPLE,
    LINK,
    SECURITY_SCHEME,
    DATA
  }

  /** How a field's value holds its kind: the value itself, a map of them, a list of them. */
  private enum Shape {
    ONE,
    MAP,
    LIST,
    ONE_OR_LIST
  }

  private record Slot(Shape shape, Kind kind) {}

  /** A place a {@code $ref} reaches: a file and a decoded JSON pointer in it. */
  private record Target(Path file, String pointer, JsonNode node) {
    String key() {
      return file + "#" + pointer;
    }
  }

  /** An entry of a components map the author wrote (or an index file it names). */
  private record Listed(String section, String name, Target target) {}

  private static final Set<String> OPERATIONS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
  private static final Map<String, Kind> SECTIONS_3 = sections3();
  private static final Map<String, Kind> SECTIONS_2 = orderedMap(
      "definitions", Kind.SCHEMA, "parameters", Kind.PARAMETER, "responses", Kind.RESPONSE);

  private final Path root;
  private final Path folder;
  private final Map<Path, JsonNode> trees;
  private final boolean swagger2;
  private final Map<String, Kind> sectionKinds;
  /** Target key -> the internal {@code $ref} that now names it. */
  private final Map<String, String> named = new HashMap<>();
  /** Section -> names taken in it. */
  private final Map<String, Set<String>> taken = new HashMap<>();
  /** Section -> content -> name, for reusing identical unlisted targets. */
  private final Map<String, Map<JsonNode, String>> byContent = new HashMap<>();
  /** Section -> the components listed by the author, in the root's order. */
  private final Map<String, Map<String, JsonNode>> listed = new LinkedHashMap<>();
  /** Section -> the components made for unlisted targets, in document order. */
  private final Map<String, Map<String, JsonNode>> made = new LinkedHashMap<>();
  /** Component pointer -> where its content came from ({@code file#pointer}), for messages. */
  private final Map<String, String> sources = new LinkedHashMap<>();

  private final Set<String> building = new HashSet<>();
  private final Set<String> usedWhileBuilding = new HashSet<>();
  private final Set<String> inlining = new HashSet<>();

  private Bundler(Path root, Map<Path, JsonNode> trees) {
    this.root = root;
    this.folder = root.getParent();
    this.trees = new HashMap<>(trees);
    this.swagger2 = !trees.get(root).has("openapi");
    this.sectionKinds = swagger2 ? SECTIONS_2 : SECTIONS_3;
  }

  /** The bundled document. */
  record Result(JsonNode tree, Map<String, String> sources) {}

  /** Bundles the files read from {@code root} (and every file it reaches) into one tree. */
  static Result bundle(Path root, Map<Path, JsonNode> trees) {
    Bundler bundler = new Bundler(root, trees);
    JsonNode tree = bundler.run();
    return new Result(tree, Map.copyOf(bundler.sources));
  }

  private JsonNode run() {
    JsonNode in = trees.get(root);
    JsonNode container = swagger2 ? in : in.path("components");
    String containerPointer = swagger2 ? "" : "/components";
    // Names first, every listed one, so any ref anywhere (even from a listed entry to a later one)
    // finds its component; contents after.
    List<Listed> entries = new ArrayList<>();
    for (Map.Entry<String, Kind> section : sectionKinds.entrySet()) {
      JsonNode map = container.get(section.getKey());
      if (map == null) {
        continue;
      }
      Target at = new Target(root, containerPointer + "/" + section.getKey(), map);
      at = followMap(at);
      if (at == null || !at.node().isObject()) {
        continue;
      }
      Map<String, JsonNode> out = new LinkedHashMap<>();
      listed.put(section.getKey(), out);
      for (Map.Entry<String, JsonNode> entry : at.node().properties()) {
        Target target = new Target(
            at.file(), at.pointer() + "/" + RefScanner.escape(entry.getKey()), entry.getValue());
        named.putIfAbsent(target.key(), ref(section.getKey(), entry.getKey()));
        taken(section.getKey()).add(entry.getKey());
        entries.add(new Listed(section.getKey(), entry.getKey(), target));
      }
    }
    List<Target> resolved = new ArrayList<>();
    for (Listed entry : entries) {
      Target to = refTarget(entry.target());
      boolean first = to != null && !named.containsKey(to.key());
      if (first) {
        named.put(to.key(), ref(entry.section(), entry.name()));
      }
      // A second name for a target already named is an alias of the first.
      resolved.add(first ? to : null);
    }
    for (int i = 0; i < entries.size(); i++) {
      String section = entries.get(i).section();
      String name = entries.get(i).name();
      Target target = entries.get(i).target();
      Target to = resolved.get(i);
      Kind kind = sectionKinds.get(section);
      JsonNode content = to == null
          ? visit(kind, target.node(), target.file())
          : withSiblings(visit(kind, to.node(), to.file()), target.node(), kind, target.file());
      listed.get(section).put(name, content);
      byContent.computeIfAbsent(section, s -> new HashMap<>()).putIfAbsent(content, name);
      Target source = to == null ? target : to;
      if (!source.file().equals(root)) {
        sources.put(ref(section, name).substring(1), display(source));
      }
    }
    ObjectNode out = (ObjectNode) visit(Kind.ROOT, in, root);
    if (!made.isEmpty()) {
      ObjectNode into = swagger2 ? out : out.withObjectProperty("components");
      made.forEach((section, components) -> into.withObjectProperty(section).setAll(components));
    }
    return out;
  }

  /** A components map that is itself a {@code $ref} resolved to the map it names. */
  private Target followMap(Target at) {
    Target current = at;
    Set<String> seen = new HashSet<>();
    while (current != null && isRef(current.node()) && seen.add(current.key())) {
      current = resolve(current.file(), current.node().get("$ref").asText());
    }
    return current;
  }

  /** The target of a listed entry that is a {@code $ref} to another file or entry, else null. */
  private Target refTarget(Target entry) {
    if (!isRef(entry.node())) {
      return null;
    }
    String text = entry.node().get("$ref").asText();
    Target to = resolve(entry.file(), text);
    // An alias within the root ({Pet: {$ref: '#/components/schemas/Animal'}}) stays an alias.
    if (to == null || (entry.file().equals(root) && to.file().equals(root))) {
      return null;
    }
    return to;
  }

  private JsonNode visit(Kind kind, JsonNode node, Path file) {
    if (kind == Kind.DATA || !node.isObject()) {
      return node.deepCopy();
    }
    if (isRef(node) && kind != Kind.ROOT) {
      return reference(kind, (ObjectNode) node, file);
    }
    ObjectNode out = NODES.objectNode();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      out.set(field.getKey(), field(kind, field.getKey(), field.getValue(), file));
    }
    return out;
  }

  private JsonNode field(Kind parent, String key, JsonNode value, Path file) {
    if (key.startsWith("x-")) {
      return value.deepCopy();
    }
    if (parent == Kind.ROOT && !swagger2 && key.equals("components") && value.isObject()) {
      return components(value, file);
    }
    if (parent == Kind.ROOT && swagger2 && listed.containsKey(key)) {
      return listedSection(key);
    }
    if (parent == Kind.SCHEMA && key.equals("discriminator") && value.isObject()) {
      return discriminator(value, file);
    }
    Slot slot = slot(parent, key);
    if (slot == null) {
      return value.deepCopy();
    }
    return switch (slot.shape()) {
      case ONE -> visit(slot.kind(), value, file);
      case ONE_OR_LIST ->
        value.isArray() ? list(slot.kind(), value, file) : visit(slot.kind(), value, file);
      case LIST -> list(slot.kind(), value, file);
      case MAP -> map(slot.kind(), value, file);
    };
  }

  private JsonNode list(Kind kind, JsonNode value, Path file) {
    if (!value.isArray()) {
      return value.deepCopy();
    }
    var out = NODES.arrayNode();
    for (JsonNode item : value) {
      out.add(visit(kind, item, file));
    }
    return out;
  }

  private JsonNode map(Kind kind, JsonNode value, Path file) {
    Target at = followMap(new Target(file, "", value));
    if (at == null || !at.node().isObject()) {
      return value.deepCopy();
    }
    ObjectNode out = NODES.objectNode();
    for (Map.Entry<String, JsonNode> entry : at.node().properties()) {
      out.set(
          entry.getKey(),
          entry.getKey().startsWith("x-") && kind != Kind.SCHEMA
              ? entry.getValue().deepCopy()
              : visit(kind, entry.getValue(), at.file()));
    }
    return out;
  }

  private JsonNode components(JsonNode value, Path file) {
    ObjectNode out = NODES.objectNode();
    for (Map.Entry<String, JsonNode> field : value.properties()) {
      out.set(
          field.getKey(),
          listed.containsKey(field.getKey())
              ? listedSection(field.getKey())
              : field(Kind.COMPONENTS, field.getKey(), field.getValue(), file));
    }
    return out;
  }

  private JsonNode listedSection(String section) {
    ObjectNode out = NODES.objectNode();
    out.setAll(listed.get(section));
    return out;
  }

  /** Mapping values that name files or other files' pointers become the components' refs. */
  private JsonNode discriminator(JsonNode value, Path file) {
    ObjectNode out = value.deepCopy();
    JsonNode mapping = value.get("mapping");
    if (mapping == null || !mapping.isObject()) {
      return out;
    }
    ObjectNode rewritten = NODES.objectNode();
    for (Map.Entry<String, JsonNode> entry : mapping.properties()) {
      String text = entry.getValue().asText();
      boolean names = entry.getValue().isTextual()
          && (text.contains("#")
              || text.contains("/")
              || text.endsWith(".yaml")
              || text.endsWith(".yml")
              || text.endsWith(".json"));
      String target = names ? internalRef(Kind.SCHEMA, text, file) : null;
      rewritten.put(entry.getKey(), target == null ? text : target);
    }
    out.set("mapping", rewritten);
    return out;
  }

  private JsonNode reference(Kind kind, ObjectNode node, Path file) {
    String text = node.get("$ref").asText();
    String internal = internalRef(kind, text, file);
    if (internal == null) {
      Target target = resolve(file, text);
      if (target != null && inlining.add(target.key())) {
        try {
          return withSiblings(visit(kind, target.node(), target.file()), node, kind, file);
        } finally {
          inlining.remove(target.key());
        }
      }
      return node.deepCopy();
    }
    ObjectNode out = NODES.objectNode();
    out.put("$ref", internal);
    return copySiblings(out, node, kind, file);
  }

  /**
   * The internal {@code $ref} that stands for {@code text} read in {@code file}: a named component's,
   * the root's own pointer, or a new component's; null when the target is to be inlined (no section)
   * or cannot be read (remote, dangling: left to Swagger Parser to report).
   */
  private String internalRef(Kind kind, String text, Path file) {
    Target target = resolve(file, text);
    if (target == null) {
      return text.startsWith("#") && file.equals(root) ? text : null;
    }
    String name = named.get(target.key());
    if (name != null) {
      if (building.contains(name)) {
        usedWhileBuilding.add(name);
      }
      return name;
    }
    if (target.file().equals(root)) {
      int hash = text.indexOf('#');
      return hash < 0 ? "#" : text.substring(hash);
    }
    String section = section(kind);
    return section == null ? null : component(kind, section, target);
  }

  private String component(Kind kind, String section, Target target) {
    String base = baseName(target);
    String name = base;
    for (int n = 2; taken(section).contains(name); n++) {
      name = base + n;
    }
    String ref = ref(section, name);
    taken(section).add(name);
    named.put(target.key(), ref);
    building.add(ref);
    JsonNode content = visit(kind, target.node(), target.file());
    building.remove(ref);
    Map<JsonNode, String> same = byContent.computeIfAbsent(section, s -> new HashMap<>());
    String existing = same.get(content);
    if (existing != null && !usedWhileBuilding.remove(ref)) {
      // Identical schemas reached through different files or pointers are one type.
      taken(section).remove(name);
      named.put(target.key(), ref(section, existing));
      return ref(section, existing);
    }
    usedWhileBuilding.remove(ref);
    same.putIfAbsent(content, name);
    made.computeIfAbsent(section, s -> new LinkedHashMap<>()).put(name, content);
    sources.put(ref.substring(1), display(target));
    return ref;
  }

  /** The content of a {@code $ref}'s target with the {@code $ref}'s own siblings laid over it. */
  private JsonNode withSiblings(JsonNode content, JsonNode refNode, Kind kind, Path file) {
    if (!content.isObject() || refNode.size() <= 1) {
      return content;
    }
    return copySiblings((ObjectNode) content, refNode, kind, file);
  }

  /** Copies the keywords beside a {@code $ref} into {@code out}, their own refs rewritten. */
  private JsonNode copySiblings(ObjectNode out, JsonNode refNode, Kind kind, Path file) {
    for (Map.Entry<String, JsonNode> field : refNode.properties()) {
      if (!field.getKey().equals("$ref")) {
        out.set(field.getKey(), field(kind, field.getKey(), field.getValue(), file));
      }
    }
    return out;
  }

  private Target resolve(Path file, String ref) {
    if (ref.startsWith("http://") || ref.startsWith("https://")) {
      return null;
    }
    RefScanner.RefParts parts = RefScanner.RefParts.of(file, ref);
    JsonNode tree = tree(parts.file());
    JsonNode node = tree == null ? null : RefScanner.at(tree, parts.fragment());
    return node == null ? null : new Target(parts.file(), parts.fragment(), node);
  }

  /** A file's tree: as RefScanner read it, or read now (refs inside examples it does not walk). */
  private JsonNode tree(Path file) {
    if (!trees.containsKey(file)) {
      JsonNode tree = null;
      try {
        tree = Files.isRegularFile(file) ? SpecFiles.read(file) : null;
      } catch (IOException | RuntimeException e) {
        // Left as a $ref: Swagger Parser reports it on the bundled document.
      }
      trees.put(file, tree);
    }
    return trees.get(file);
  }

  private String section(Kind kind) {
    for (Map.Entry<String, Kind> section : sectionKinds.entrySet()) {
      if (section.getValue() == kind) {
        return section.getKey();
      }
    }
    return null;
  }

  private String ref(String section, String name) {
    return (swagger2 ? "#/" : "#/components/") + section + "/" + RefScanner.escape(name);
  }

  private Set<String> taken(String section) {
    return taken.computeIfAbsent(section, s -> new HashSet<>());
  }

  private String display(Target target) {
    String file = folder.relativize(target.file()).toString().replace('\\', '/');
    return file + "#" + target.pointer();
  }

  /** The last token of the pointer when it names something, else the file's base name. */
  private static String baseName(Target target) {
    String pointer = target.pointer();
    String last =
        pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
    if (last.isEmpty() || last.chars().allMatch(Character::isDigit)) {
      Path name = target.file().getFileName();
      last = name == null ? "Component" : name.toString();
      int dot = last.indexOf('.');
      last = dot > 0 ? last.substring(0, dot) : last;
    }
    // The names OpenAPI allows for components.
    String clean = last.replaceAll("[^A-Za-z0-9._-]", "_");
    return clean.isEmpty() ? "Component" : clean;
  }

  private static boolean isRef(JsonNode node) {
    return node.isObject() && node.path("$ref").isTextual();
  }

  // CPD-OFF: a table of the OpenAPI objects' fields, alike by nature.
  private static Slot slot(Kind parent, String key) {
    return switch (parent) {
      case ROOT ->
        switch (key) {
          case "paths", "webhooks" -> new Slot(Shape.MAP, Kind.PATH_ITEM);
          case "components" -> new Slot(Shape.ONE, Kind.COMPONENTS);
          default -> null;
        };
      case COMPONENTS ->
        SECTIONS_3.containsKey(key)
            ? new Slot(Shape.MAP, SECTIONS_3.get(key))
            : key.equals("pathItems") ? new Slot(Shape.MAP, Kind.PATH_ITEM) : null;
      case PATH_ITEM ->
        key.equals("parameters")
            ? new Slot(Shape.LIST, Kind.PARAMETER)
            : OPERATIONS.contains(key) ? new Slot(Shape.ONE, Kind.OPERATION) : null;
      case OPERATION ->
        switch (key) {
          case "parameters" -> new Slot(Shape.LIST, Kind.PARAMETER);
          case "requestBody" -> new Slot(Shape.ONE, Kind.REQUEST_BODY);
          case "responses" -> new Slot(Shape.MAP, Kind.RESPONSE);
          case "callbacks" -> new Slot(Shape.MAP, Kind.CALLBACK);
          default -> null;
        };
      case CALLBACK -> new Slot(Shape.ONE, Kind.PATH_ITEM);
      case PARAMETER, HEADER ->
        switch (key) {
          case "schema" -> new Slot(Shape.ONE, Kind.SCHEMA);
          case "content" -> new Slot(Shape.MAP, Kind.MEDIA);
          case "examples" -> new Slot(Shape.MAP, Kind.EXAMPLE);
          default -> null;
        };
      case REQUEST_BODY -> key.equals("content") ? new Slot(Shape.MAP, Kind.MEDIA) : null;
      case MEDIA ->
        switch (key) {
          case "schema" -> new Slot(Shape.ONE, Kind.SCHEMA);
          case "examples" -> new Slot(Shape.MAP, Kind.EXAMPLE);
          case "encoding" -> new Slot(Shape.MAP, Kind.ENCODING);
          default -> null;
        };
      case ENCODING -> key.equals("headers") ? new Slot(Shape.MAP, Kind.HEADER) : null;
      case RESPONSE ->
        switch (key) {
          case "headers" -> new Slot(Shape.MAP, Kind.HEADER);
          case "content" -> new Slot(Shape.MAP, Kind.MEDIA);
          case "links" -> new Slot(Shape.MAP, Kind.LINK);
          case "schema" -> new Slot(Shape.ONE, Kind.SCHEMA);
          default -> null;
        };
      case SCHEMA -> schemaSlot(key);
      default -> null;
    };
  }

  private static Slot schemaSlot(String key) {
    return switch (key) {
      case "properties", "patternProperties", "$defs", "definitions", "dependentSchemas" ->
        new Slot(Shape.MAP, Kind.SCHEMA);
      case "items" -> new Slot(Shape.ONE_OR_LIST, Kind.SCHEMA);
      case "allOf", "oneOf", "anyOf", "prefixItems" -> new Slot(Shape.LIST, Kind.SCHEMA);
      case "additionalProperties",
          "not",
          "if",
          "then",
          "else",
          "contains",
          "propertyNames",
          "unevaluatedItems",
          "unevaluatedProperties",
          "additionalItems",
          "contentSchema" -> new Slot(Shape.ONE, Kind.SCHEMA);
      default -> null;
    };
  }

  // CPD-ON

  private static Map<String, Kind> sections3() {
    Map<String, Kind> sections = new LinkedHashMap<>();
    sections.put("schemas", Kind.SCHEMA);
    sections.put("responses", Kind.RESPONSE);
    sections.put("parameters", Kind.PARAMETER);
    sections.put("examples", Kind.EXAMPLE);
    sections.put("requestBodies", Kind.REQUEST_BODY);
    sections.put("headers", Kind.HEADER);
    sections.put("securitySchemes", Kind.SECURITY_SCHEME);
    sections.put("links", Kind.LINK);
    sections.put("callbacks", Kind.CALLBACK);
    return sections;
  }

  private static Map<String, Kind> orderedMap(
      String k1, Kind v1, String k2, Kind v2, String k3, Kind v3) {
    Map<String, Kind> map = new LinkedHashMap<>();
    map.put(k1, v1);
    map.put(k2, v2);
    map.put(k3, v3);
    return map;
  }
}
