package dev.paygen.generator.load;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.paygen.generator.Diagnostic;
import dev.paygen.generator.DiagnosticCode;
import dev.paygen.generator.RefRoot;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Walks every {@code $ref} of a spec and the files it reaches, before Swagger Parser does, and
 * reports refs that dangle, loop without structure, reach the network (unless allowed) or a file
 * outside the {@link RefRoot}, and enum values of the wrong type ({@link EnumValueCheck}), in every file.
 * Also collects the files a fingerprint must cover.
 */
final class RefScanner {
  /** The spec's folder: files are named relative to it in messages, {@code ../common/Error.yaml}. */
  private final Path rootDir;

  private final RefRoot refRoot;
  private final boolean allowRemote;
  private final Map<Path, JsonNode> trees = new HashMap<>();
  private final Set<Path> scanned = new HashSet<>();
  /** Files that could not be read: reported once, however many $refs reach them. */
  private final Set<Path> unreadable = new HashSet<>();
  /** Each file's name as diagnostics show it, by path. */
  private final Map<Path, String> displays = new HashMap<>();

  private final List<Diagnostic> diagnostics = new ArrayList<>();

  RefScanner(Path rootFile, boolean allowRemote, RefRoot refRoot) {
    this.rootDir = rootFile.getParent();
    this.refRoot = refRoot;
    this.allowRemote = allowRemote;
  }

  void scan(Path file, JsonNode tree) {
    trees.put(file, tree);
    if (scanned.add(file)) {
      walk(file, tree, "");
    }
  }

  List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** Every file read, by path, as read: the trees Swagger Parser is given too. */
  Map<Path, JsonNode> trees() {
    return Collections.unmodifiableMap(trees);
  }

  List<Path> files() {
    return List.copyOf(new TreeSet<>(trees.keySet()));
  }

  private void walk(Path file, JsonNode node, String pointer) {
    if (node.isObject()) {
      JsonNode ref = node.get("$ref");
      if (ref != null && ref.isTextual()) {
        check(file, pointer + "/$ref", ref.asText());
      }
      EnumValueCheck.check(display(file), node, pointer, diagnostics);
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        if (!field.getKey().equals("$ref")
            && !field.getKey().equals("example")
            && !field.getKey().equals("examples")) {
          walk(file, field.getValue(), pointer + "/" + escape(field.getKey()));
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(file, node.get(i), pointer + "/" + i);
      }
    }
  }

  private void check(Path file, String at, String ref) {
    String name = display(file);
    if (ref.startsWith("http://") || ref.startsWith("https://")) {
      if (!allowRemote) {
        diagnostics.add(
            Diagnostic.error(
                DiagnosticCode.E011_REMOTE_REF_REFUSED,
                name,
                at,
                "remote $ref '" + ref + "' refused: generation"
                    + " never touches the network by default",
                "vendor the referenced file next to the spec and use a"
                    + " relative $ref, or allow remote refs explicitly (--allow-remote-refs / allowRemoteRefs)"));
      }
      return;
    }
    Target target = resolve(file, at, ref);
    if (target == null) {
      return;
    }
    Set<String> seen = new HashSet<>();
    seen.add(file + "#" + at.substring(0, at.length() - "/$ref".length()));
    while (target != null) {
      if (!seen.add(target.file + "#" + target.pointer)) {
        diagnostics.add(Diagnostic.error(
            DiagnosticCode.E014_REF_CYCLE,
            name,
            at,
            "$ref cycle: '" + ref + "' leads back to itself through references only",
            "make one of the schemas in the cycle a real" + " schema instead of a bare $ref"));
        return;
      }
      JsonNode next = target.node.get("$ref");
      if (next == null
          || !next.isTextual()
          || target.node.size() > 2
          || next.asText().startsWith("http://")
          || next.asText().startsWith("https://")) {
        return;
      }
      target = resolveQuietly(target.file, next.asText());
    }
  }

  private record Target(Path file, String pointer, JsonNode node) {}

  private Target resolve(Path file, String at, String ref) {
    String name = display(file);
    RefParts parts = RefParts.of(file, ref);
    String filePart = parts.filePart();
    String fragment = parts.fragment();
    Path targetFile = parts.file();
    if (!filePart.isEmpty()) {
      if (!refRoot.contains(targetFile)) {
        diagnostics.add(outsideRoot(name, at, ref, targetFile));
        return null;
      }
      if (!Files.isRegularFile(targetFile)) {
        diagnostics.add(Diagnostic.error(
            DiagnosticCode.E013_REF_FILE_MISSING,
            name,
            at,
            "$ref '" + ref + "' names a file that does not exist: " + targetFile,
            "fix the path, relative to " + display(file)));
        return null;
      }
      if (unreadable.contains(targetFile)) {
        return null;
      }
      if (!trees.containsKey(targetFile)) {
        try {
          scan(targetFile, SpecFiles.read(targetFile));
        } catch (IOException e) {
          unreadable.add(targetFile);
          diagnostics.add(Diagnostic.error(
              DiagnosticCode.E002_MALFORMED,
              display(targetFile),
              "",
              "cannot read file reached by $ref '" + ref + "': " + e.getMessage(),
              "fix the syntax of that file"));
          return null;
        }
      }
    }
    JsonNode node = at(trees.get(targetFile), fragment);
    if (node == null) {
      diagnostics.add(Diagnostic.error(
          DiagnosticCode.E010_DANGLING_REF,
          name,
          at,
          "dangling $ref '" + ref + "': nothing at #" + fragment
              + (filePart.isEmpty() ? "" : " in " + display(targetFile)),
          "point the $ref at an existing definition"));
      return null;
    }
    return new Target(targetFile, fragment, node);
  }

  private Diagnostic outsideRoot(String name, String at, String ref, Path targetFile) {
    return Diagnostic.error(
        DiagnosticCode.E012_REF_OUTSIDE_FOLDER,
        name,
        at,
        "$ref '" + ref + "' reaches " + targetFile + ", outside the ref root " + refRoot.directory()
            + " (" + refRoot.origin() + ")",
        "move " + display(targetFile) + " under " + refRoot.directory()
            + ", or widen the root to a folder holding both files: --ref-root DIR (CLI),"
            + " <refRoot> / -Dpaygen.refRoot (Maven plugin), -Apaygen.refRoot=DIR (processor)");
  }

  private Target resolveQuietly(Path file, String ref) {
    int before = diagnostics.size();
    Target target = resolve(file, "", ref);
    if (diagnostics.size() > before) {
      diagnostics.subList(before, diagnostics.size()).clear();
    }
    return target;
  }

  /**
   * A relative {@code $ref} taken apart: its file part as written, the file it names (resolved
   * against {@code from}'s folder and normalized; {@code from} itself when the part is empty) and
   * its decoded fragment (a JSON pointer, empty for the whole file).
   */
  record RefParts(String filePart, Path file, String fragment) {
    static RefParts of(Path from, String ref) {
      int hash = ref.indexOf('#');
      String filePart = hash < 0 ? ref : ref.substring(0, hash);
      String fragment = hash < 0 ? "" : decode(ref.substring(hash + 1));
      Path file =
          filePart.isEmpty() ? from : from.getParent().resolve(decode(filePart)).normalize();
      return new RefParts(filePart, file, fragment);
    }
  }

  /** The node at {@code fragment} (a decoded JSON pointer, empty for the whole tree), or null. */
  static JsonNode at(JsonNode tree, String fragment) {
    if (fragment.isEmpty()) {
      return tree;
    }
    try {
      JsonNode node = tree.at(JsonPointer.compile(fragment));
      return node.isMissingNode() ? null : node;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private String display(Path file) {
    // Asked for at every node walked: relativizing each time was a twentieth of a large spec's run.
    return displays.computeIfAbsent(file, f -> rootDir.relativize(f).toString().replace('\\', '/'));
  }

  /** Percent-decodes a {@code $ref}'s file part or fragment, keeping a literal {@code +}. */
  static String decode(String text) {
    try {
      return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }

  static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
