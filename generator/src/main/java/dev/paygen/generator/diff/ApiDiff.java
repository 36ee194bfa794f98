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
 * {@code switch} expression without a {@code default} over the enum's {@code known()} or the union
 * (open enums and sealed unions already have {@code UNRECOGNIZED} and {@code Unknown} for values this
 * client does not know), and a new method breaks
 * classes that implement the service interface rather than call it. Changes under an added or
 * removed type are part of that type's line.
 *
 * @param changes every change, sorted by element
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

  /**
   * Copies the changes, so the diff is immutable.
   *
   * @param changes every change, sorted by element
   */
  public ApiDiff {
    changes = List.copyOf(changes);
  }

  /**
   * Compares two surfaces.
   *
   * @param before the older surface
   * @param after the newer surface
   * @return what changes from {@code before} to {@code after}
   */
  public static ApiDiff between(ApiSurface before, ApiSurface after) {
    Map<ApiElement, String> old = before.elements();
    Map<ApiElement, String> now = after.elements();
    Set<ApiElement> elements = new TreeSet<>(old.keySet());
    elements.addAll(now.keySet());
    Set<String> addedTypes = new TreeSet<>();
    Set<String> removedTypes = new TreeSet<>();
    for (ApiElement element : elements) {
      if (element.kind() == ApiElement.Kind.TYPE) {
        if (!old.containsKey(element)) {
          addedTypes.add(element.name());
        } else if (!now.containsKey(element)) {
          removedTypes.add(element.name());
        }
      }
    }
    List<ApiChange> changes = new ArrayList<>();
    for (ApiElement element : elements) {
      String was = old.get(element);
      String is = now.get(element);
      if (was == null) {
        if (!inside(element, addedTypes)) {
          changes.add(added(element, is));
        }
      } else if (is == null) {
        if (!inside(element, removedTypes)) {
          changes.add(
              new ApiChange(element, Kind.REMOVED, Compatibility.BREAKING, shown(element, was)));
        }
      } else if (!was.equals(is)) {
        changes.add(changed(element, was, is));
      }
    }
    return new ApiDiff(changes);
  }

  private static boolean inside(ApiElement element, Set<String> types) {
    return types.stream().anyMatch(element::isInside);
  }

  /** A signature as a change line shows it: a component's type, with its requiredness if optional. */
  private static String shown(ApiElement element, String signature) {
    return element.kind() == ApiElement.Kind.COMPONENT
        ? ComponentSignature.parse(signature).shown()
        : signature;
  }

  private static ApiChange added(ApiElement element, String signature) {
    String detail = shown(element, signature);
    Compatibility compatibility = Compatibility.COMPATIBLE;
    switch (element.kind()) {
      case COMPONENT -> {
        if (ComponentSignature.parse(signature).required()) {
          compatibility = Compatibility.BREAKING;
          detail = detail + ", required: constructor and builder callers must set it";
        }
      }
      case CONSTANT ->
        detail = detail + "; switch expressions over " + element.owner()
            + ".known() without default must handle it";
      case VARIANT ->
        detail = detail + "; switch expressions over " + element.owner()
            + " without default must handle it";
      case METHOD -> detail = detail + "; breaks classes implementing " + element.owner();
      default -> {}
    }
    return new ApiChange(element, Kind.ADDED, compatibility, detail);
  }

  private static ApiChange changed(ApiElement element, String was, String is) {
    switch (element.kind()) {
      case COMPONENT -> {
        return changedComponent(
            element, ComponentSignature.parse(was), ComponentSignature.parse(is));
      }
      case CONSTANT -> {
        return new ApiChange(
            element, Kind.CHANGED, Compatibility.COMPATIBLE, "wire value " + was + " -> " + is);
      }
      case METHOD -> {
        String optional = ", params optional";
        String oldSignature = was.replace(optional, "");
        if (oldSignature.equals(is.replace(optional, "")) && is.endsWith(optional)) {
          return new ApiChange(
              element,
              Kind.CHANGED,
              Compatibility.COMPATIBLE,
              "params now optional: overloads without them added");
        }
      }
      default -> {}
    }
    return breaking(element, was + " -> " + is);
  }

  private static ApiChange changedComponent(
      ApiElement element, ComponentSignature was, ComponentSignature is) {
    if (!was.type().equals(is.type())) {
      String requiredness = was.required() == is.required()
          ? ""
          : (is.required() ? ", now required" : ", now optional");
      return breaking(element, "retyped " + was.type() + " -> " + is.type() + requiredness);
    }
    return is.required()
        ? breaking(element, "now required: builder callers must set it")
        : new ApiChange(element, Kind.CHANGED, Compatibility.COMPATIBLE, "now optional");
  }

  private static ApiChange breaking(ApiElement element, String detail) {
    return new ApiChange(element, Kind.CHANGED, Compatibility.BREAKING, detail);
  }

  /** {@return the breaking changes, in element order} */
  public List<ApiChange> breaking() {
    return changes.stream().filter(ApiChange::breaking).toList();
  }

  private long count(Kind kind) {
    return changes.stream().filter(c -> c.kind() == kind).count();
  }

  /**
   * {@return the verdict: major when anything breaks, minor when anything was added, else patch}
   */
  public Verdict verdict() {
    if (!breaking().isEmpty()) {
      return Verdict.MAJOR;
    }
    return count(Kind.ADDED) > 0 ? Verdict.MINOR : Verdict.PATCH;
  }

  /**
   * {@return the diff in one line: {@code API: minor (0 breaking; 3 added, 0 removed, 1 changed)}}
   */
  public String summary() {
    return "API: " + verdict().name().toLowerCase(Locale.ROOT) + " ("
        + breaking().size()
        + " breaking; " + count(Kind.ADDED) + " added, " + count(Kind.REMOVED) + " removed, "
        + count(Kind.CHANGED) + " changed)";
  }

  /**
   * {@return the diff for people: the summary, then the breaking changes, then the rest, one line
   * each}
   */
  public String toText() {
    StringBuilder text = new StringBuilder(summary()).append('\n');
    breaking().forEach(c -> text.append(c.toLine()).append('\n'));
    changes.stream()
        .filter(c -> !c.breaking())
        .forEach(c -> text.append(c.toLine()).append('\n'));
    return text.toString();
  }

  /**
   * {@return the diff for tools: {@code {"verdict": "major", "breaking": 1, "added": 0, "removed":
   * 1, "changed": 0,
   * "changes": [{"element", "kind", "compatibility", "detail"}, ...]}}, deterministic}
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
          .put("element", c.element().toString())
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
