package dev.paygen.generator.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paygen.generator.diff.ApiChange.Compatibility;
import dev.paygen.generator.diff.ApiChange.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The changes between two {@link ApiSurface}s, each marked breaking or compatible for code compiled
 * against the old API, and a semantic-versioning verdict.
 *
 * <p>The rules: a removed element breaks its users; a retyped component, method, accessor, setter or
 * variant breaks them; a new required component breaks callers of the canonical constructor and
 * builders, a new optional one does not; a component that becomes required breaks builders that
 * leave it out, one that becomes optional does not. Additions that only break code that does more
 * than call the API are compatible with a note: a new enum constant or union variant breaks a
 * {@code switch} expression without a {@code default} (open enums and sealed unions already have
 * {@code UNKNOWN} and {@code Unknown} for values this client does not know), and a new method breaks
 * classes that implement the service interface rather than call it. Changes under an added or
 * removed type are part of that type's line.
 *
 * @param changes every change, sorted by element id
 */
public record ApiDiff(List<ApiChange> changes) {

  /** Semantic versioning of the change, for code compiled against the API. */
  public enum Verdict {
    /** At least one breaking change. */
    MAJOR,
    /** Additions, none breaking. */
    MINOR,
    /** Other compatible changes, or none. */
    PATCH
  }

  public ApiDiff {
    changes = List.copyOf(changes);
  }

  /** What changes from {@code before} to {@code after}. */
  public static ApiDiff between(ApiSurface before, ApiSurface after) {
    Map<String, String> old = before.elements();
    Map<String, String> now = after.elements();
    Set<String> ids = new TreeSet<>(old.keySet());
    ids.addAll(now.keySet());
    Set<String> addedTypes = new TreeSet<>();
    Set<String> removedTypes = new TreeSet<>();
    for (String id : ids) {
      if (id.startsWith(ApiSurface.TYPE + " ")) {
        if (!old.containsKey(id)) {
          addedTypes.add(name(id) + ".");
        } else if (!now.containsKey(id)) {
          removedTypes.add(name(id) + ".");
        }
      }
    }
    List<ApiChange> changes = new ArrayList<>();
    for (String id : ids) {
      String was = old.get(id);
      String is = now.get(id);
      if (was == null) {
        if (!inside(id, addedTypes)) {
          changes.add(added(id, is));
        }
      } else if (is == null) {
        if (!inside(id, removedTypes)) {
          changes.add(new ApiChange(id, Kind.REMOVED, Compatibility.BREAKING, shown(id, was)));
        }
      } else if (!was.equals(is)) {
        changes.add(changed(id, was, is));
      }
    }
    return new ApiDiff(changes);
  }

  private static String kind(String id) {
    return id.substring(0, id.indexOf(' '));
  }

  private static String name(String id) {
    return id.substring(id.indexOf(' ') + 1);
  }

  private static boolean inside(String id, Set<String> typePrefixes) {
    String name = name(id);
    return typePrefixes.stream().anyMatch(name::startsWith);
  }

  /** The owner of a member, without its package: {@code PaymentStatus} for a constant. */
  private static String owner(String id) {
    String name = name(id);
    String owner = name.substring(0, name.lastIndexOf('.'));
    return owner.startsWith("model.") || owner.startsWith("service.")
        ? owner.substring(owner.indexOf('.') + 1)
        : owner;
  }

  /** A signature as a change line shows it: a component's type, with its requiredness if optional. */
  private static String shown(String id, String signature) {
    if (kind(id).equals(ApiSurface.COMPONENT)) {
      String type = componentType(signature);
      return componentRequired(signature) ? type : type + ", optional";
    }
    return signature;
  }

  private static boolean componentRequired(String signature) {
    return signature.startsWith(ApiSurface.REQUIRED + " ");
  }

  private static String componentType(String signature) {
    return signature.substring(signature.indexOf(' ') + 1);
  }

  private static ApiChange added(String id, String signature) {
    String kind = kind(id);
    String detail = shown(id, signature);
    Compatibility compatibility = Compatibility.COMPATIBLE;
    if (kind.equals(ApiSurface.COMPONENT) && componentRequired(signature)) {
      compatibility = Compatibility.BREAKING;
      detail = detail + ", required: constructor and builder callers must set it";
    } else if (kind.equals(ApiSurface.CONSTANT) || kind.equals(ApiSurface.VARIANT)) {
      detail = detail + "; " + "switch expressions over " + owner(id)
          + " without default must handle it";
    } else if (kind.equals(ApiSurface.METHOD)) {
      detail = detail + "; breaks classes implementing " + owner(id);
    }
    return new ApiChange(id, Kind.ADDED, compatibility, detail);
  }

  private static ApiChange changed(String id, String was, String is) {
    String kind = kind(id);
    if (kind.equals(ApiSurface.COMPONENT)) {
      String oldType = componentType(was);
      String newType = componentType(is);
      if (!oldType.equals(newType)) {
        String requiredness = componentRequired(was) == componentRequired(is)
            ? ""
            : (componentRequired(is) ? ", now required" : ", now optional");
        return breaking(id, "retyped " + oldType + " -> " + newType + requiredness);
      }
      return componentRequired(is)
          ? breaking(id, "now required: builder callers must set it")
          : new ApiChange(id, Kind.CHANGED, Compatibility.COMPATIBLE, "now optional");
    }
    if (kind.equals(ApiSurface.CONSTANT)) {
      return new ApiChange(
          id, Kind.CHANGED, Compatibility.COMPATIBLE, "wire value " + was + " -> " + is);
    }
    if (kind.equals(ApiSurface.METHOD)) {
      String optional = ", params optional";
      String oldSignature = was.replace(optional, "");
      if (oldSignature.equals(is.replace(optional, "")) && is.endsWith(optional)) {
        return new ApiChange(
            id,
            Kind.CHANGED,
            Compatibility.COMPATIBLE,
            "params now optional: overloads without them added");
      }
    }
    return breaking(id, was + " -> " + is);
  }

  private static ApiChange breaking(String id, String detail) {
    return new ApiChange(id, Kind.CHANGED, Compatibility.BREAKING, detail);
  }

  /** The breaking changes, in element order. */
  public List<ApiChange> breaking() {
    return changes.stream().filter(ApiChange::breaking).toList();
  }

  private long count(Kind kind) {
    return changes.stream().filter(c -> c.kind() == kind).count();
  }

  /** Major when anything breaks, minor when anything was added, else patch. */
  public Verdict verdict() {
    if (!breaking().isEmpty()) {
      return Verdict.MAJOR;
    }
    return count(Kind.ADDED) > 0 ? Verdict.MINOR : Verdict.PATCH;
  }

  /** One line: {@code API: minor (0 breaking; 3 added, 0 removed, 1 changed)}. */
  public String summary() {
    return "API: " + verdict().name().toLowerCase(Locale.ROOT) + " ("
        + breaking().size()
        + " breaking; " + count(Kind.ADDED) + " added, " + count(Kind.REMOVED) + " removed, "
        + count(Kind.CHANGED) + " changed)";
  }

  /** For people: the summary, then the breaking changes, then the rest, one line each. */
  public String toText() {
    StringBuilder text = new StringBuilder(summary()).append('\n');
    breaking().forEach(c -> text.append(c.toLine()).append('\n'));
    changes.stream()
        .filter(c -> !c.breaking())
        .forEach(c -> text.append(c.toLine()).append('\n'));
    return text.toString();
  }

  /**
   * For tools: {@code {"verdict": "major", "breaking": 1, "added": 0, "removed": 1, "changed": 0,
   * "changes": [{"element", "kind", "compatibility", "detail"}, ...]}}, deterministic.
   */
  public String toJson() {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = json.createObjectNode();
    root.put("verdict", verdict().name().toLowerCase(Locale.ROOT));
    root.put("breaking", breaking().size());
    root.put("added", count(Kind.ADDED));
    root.put("removed", count(Kind.REMOVED));
    root.put("changed", count(Kind.CHANGED));
    ArrayNode items = root.putArray("changes");
    for (ApiChange c : changes) {
      items
          .addObject()
          .put("element", c.element())
          .put("kind", c.kind().name().toLowerCase(Locale.ROOT))
          .put("compatibility", c.compatibility().name().toLowerCase(Locale.ROOT))
          .put("detail", c.detail());
    }
    try {
      return json.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings always serializes", e);
    }
  }
}
