package dev.paygen.generator.load;

import dev.paygen.generator.model.TypeModel;
import dev.paygen.generator.model.TypeName;
import io.swagger.v3.oas.models.media.Schema;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One type for identical inline objects: objects equal in everything but their description, title
 * and examples (at every depth) are one type when they share a {@code title} (named after it) or,
 * untitled, sit under the same property name (named after it). Such a type is top level, since
 * several owners use it; an object used once stays nested in its owner.
 *
 * <p>Whether a shape occurs more than once is only known once the whole spec is read, so the model
 * is built twice: a counting pass (its model thrown away) in which every repeat is already folded
 * into its first occurrence, so the objects nested in a repeat are not counted again, then the real
 * pass with the counts. Equality is a digest of a canonical form of the schema, each schema's
 * digest made from its own fields and its children's digests (linear in the spec, no pairwise
 * compare).
 *
 * <p>Inline enums are shared the same way, but by their values alone: enums of the same value type
 * listing the same values in the same order are one top-level type wherever they sit, named by
 * {@link #enumNames}. An enum used once stays nested.
 *
 * <p>Inline unions are shared by their digest alone (their variants equal, as objects are) and named
 * like enums: Stripe's expandable fields ({@code string | File}) and emptyable ones ({@code
 * metadata: object | ""}) are then one type each, not one per field.
 */
// Swagger Parser\'s model is raw-typed (Schema, List<Schema>); generics would only add casts here.
@SuppressWarnings({"rawtypes", "unchecked"})
final class SharedShapes {
  /** The type the counting pass gives a repeat; that pass's model is thrown away. */
  static final TypeName COUNTED = TypeName.of("Counted");

  private final boolean counting;
  private final Map<String, Integer> counts;
  private final IdentityHashMap<Schema, String> digests;
  /** Shapes used more than once: their keys, with the base name each is given. */
  private final Map<String, String> sharedNames = new HashMap<>();

  private final Map<String, TypeName> types = new HashMap<>();
  /** Inline enums, by {@link #enumKey}: their occurrences, in the order met. */
  private final Map<String, List<EnumOccurrence>> enumOccurrences;
  /** Counting pass: the key of the inline enum at each pointer. */
  private final Map<String, String> enumKeysByPointer;
  /**
   * The simple names of the nested types the counting pass built: for each, the keys of the
   * inline enums so named, "" standing for any other type.
   */
  private final Map<String, Set<String>> nestedNames = new HashMap<>();

  private final Set<Schema> onPath = Collections.newSetFromMap(new IdentityHashMap<>());

  private SharedShapes(
      boolean counting,
      Map<String, Integer> counts,
      IdentityHashMap<Schema, String> digests,
      Map<String, List<EnumOccurrence>> enumOccurrences,
      Map<String, String> enumKeysByPointer) {
    this.counting = counting;
    this.counts = counts;
    this.digests = digests;
    this.enumOccurrences = enumOccurrences;
    this.enumKeysByPointer = enumKeysByPointer;
  }

  /** Sharing nothing: every inline object and enum is a type of its own. */
  static SharedShapes none() {
    return new SharedShapes(false, Map.of(), new IdentityHashMap<>(), Map.of(), Map.of());
  }

  /** The counting pass's state. */
  static SharedShapes counting() {
    return new SharedShapes(
        true, new HashMap<>(), new IdentityHashMap<>(), new HashMap<>(), new HashMap<>());
  }

  /**
   * The real pass's state, from the counts of this counting pass and the types it built (whose
   * nested names a shared enum's name must not repeat: javac would read the nested one there).
   */
  SharedShapes sharing(List<TypeModel> built) {
    SharedShapes sharing =
        new SharedShapes(false, counts, digests, enumOccurrences, enumKeysByPointer);
    built.forEach(type -> type.nested().forEach(sharing::nested));
    counts.forEach((key, count) -> {
      if (count >= 2) {
        sharing.sharedNames.put(key, baseName(key));
      }
    });
    return sharing;
  }

  /** The base name of the type of a shape: its title, else the name of where it sits. */
  static String baseName(String key) {
    // The digest's Base64 holds no ':', so the name after the first ':' is the type's base name.
    return Names.typeName(key.substring(key.indexOf(':') + 1));
  }

  boolean isCounting() {
    return counting;
  }

  /**
   * The key of an inline object at a position named {@code baseName}, or null when it cannot be
   * shared (it contains itself).
   */
  String key(Schema schema, String baseName) {
    String digest = digest(schema);
    if (digest == null) {
      return null;
    }
    String title = schema.getTitle();
    return title != null && !title.isBlank() ? digest + ":" + title : digest + ":" + baseName;
  }

  /** Counting pass: records one occurrence; true when the shape was met before (not built again). */
  boolean repeat(String key) {
    return counts.merge(key, 1, Integer::sum) > 1;
  }

  /** The base name of the type of a shape used more than once, or null when used once. */
  String sharedName(String key) {
    return sharedNames.get(key);
  }

  TypeName type(String key) {
    return types.get(key);
  }

  void type(String key, TypeName name) {
    types.put(key, name);
  }

  /**
   * The key of an inline enum: its value type and its values in order, each with its JSON kind (so
   * {@code "1"} and {@code 1} differ). Descriptions, titles and nullability are not part of it: a
   * shared enum's Javadoc is that of the first occurrence met (components in spec order, then
   * operations), and nullability belongs to each property.
   */
  static String enumKey(Schema schema) {
    StringBuilder key = new StringBuilder("enum\u0001").append(EnumBuilder.valueType(schema));
    for (Object value : (List<Object>) schema.getEnum()) {
      if (value != null) {
        key.append('\u0001')
            .append(value.getClass().getSimpleName())
            .append(':')
            .append(value);
      }
    }
    return key.toString();
  }

  /**
   * The key of an inline union: its discriminator, extensions and the digests of its parts; not its
   * own nullability (that belongs to each property, as an enum's does) nor its name (a shared union
   * is named like a shared enum, from its occurrences). Null when it contains itself.
   */
  String unionKey(Schema schema) {
    if (!onPath.add(schema)) {
      return null;
    }
    try {
      StringBuilder form = new StringBuilder("union\u0001")
          .append(schema.getExtensions())
          .append('\u0001')
          .append(discriminator(schema));
      if (!appendParts(form, schema)) {
        return null;
      }
      return "union\u0001" + hash(form.toString());
    } finally {
      onPath.remove(schema);
    }
  }

  private static String discriminator(Schema schema) {
    return schema.getDiscriminator() == null
        ? null
        : schema.getDiscriminator().getPropertyName() + "="
            + schema.getDiscriminator().getMapping();
  }

  /** Records the simple name of a nested type the counting pass built, and of its own nested ones. */
  private void nested(TypeModel type) {
    // Enums and unions, the types shared by their key alone, were recorded by pointer.
    String key = enumKeysByPointer.getOrDefault(type.pointer(), "");
    nestedNames.computeIfAbsent(type.name().simpleName(), k -> new HashSet<>()).add(key);
    type.nested().forEach(this::nested);
  }

  /**
   * Whether the one type of the inline enum {@code key} may be named {@code name}: no nested type
   * but a copy of that enum has that name (it would hide the shared type inside its owner).
   */
  boolean nameIsFree(String name, String key) {
    Set<String> holders = nestedNames.get(name);
    return holders == null || holders.equals(Set.of(key));
  }

  /**
   * Counting pass: records an occurrence of the inline enum {@code key} at {@code pointer}, which
   * would be named {@code name} there.
   */
  void enumOccurrence(String key, String name, String title, String owner, String pointer) {
    enumKeysByPointer.put(pointer, key);
    enumOccurrences
        .computeIfAbsent(key, k -> new ArrayList<>())
        .add(new EnumOccurrence(name, title == null ? "" : title.trim(), owner));
  }

  /**
   * Where an inline enum occurs: the name it would have had as a nested type, its title ("" when it
   * has none) and its owner's name ("" when top level).
   */
  private record EnumOccurrence(String name, String title, String owner) {}

  /**
   * The names to try, in order, for the one type of an inline enum used more than once; empty when
   * it is used once. First the longest run of trailing PascalCase words the names of all its
   * occurrences share ({@code AllowedCategoriesItem} and {@code BlockedCategoriesItem} give
   * {@code CategoriesItem}; a bare {@code Item}, or a word of two letters such as {@code At}, does
   * not count), then the title all occurrences share, then the first occurrence's own name, then
   * that name after its owner's ({@code PayoutStatus}). Shared unions are named the same way.
   */
  List<String> enumNames(String key) {
    List<EnumOccurrence> occurrences = enumOccurrences.getOrDefault(key, List.of());
    if (occurrences.size() < 2) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    String suffix =
        commonTrailingWords(occurrences.stream().map(EnumOccurrence::name).toList());
    if (suffix.length() > 2 && !suffix.equals("Item") && Character.isLetter(suffix.charAt(0))) {
      names.add(suffix);
    }
    EnumOccurrence first = occurrences.get(0);
    if (!first.title().isEmpty()
        && occurrences.stream().allMatch(o -> o.title().equals(first.title()))) {
      names.add(Names.typeName(first.title()));
    }
    names.add(first.name());
    if (!first.owner().isEmpty() && !first.name().startsWith(first.owner())) {
      names.add(first.owner() + first.name());
    }
    return names;
  }

  /** The longest run of PascalCase words every name ends with, or "". */
  static String commonTrailingWords(List<String> names) {
    List<String> common = Names.words(names.get(0));
    for (String name : names.subList(1, names.size())) {
      List<String> words = Names.words(name);
      int n = 0;
      while (n < common.size()
          && n < words.size()
          && common.get(common.size() - 1 - n).equals(words.get(words.size() - 1 - n))) {
        n++;
      }
      common = common.subList(common.size() - n, common.size());
    }
    return String.join("", common);
  }

  private String digest(Schema schema) {
    if (schema == null) {
      return "-";
    }
    String known = digests.get(schema);
    if (known != null) {
      return known;
    }
    if (!onPath.add(schema)) {
      return null;
    }
    try {
      StringBuilder form = new StringBuilder();
      // Everything the model reads, nothing only the documentation reads.
      Object[] own = {
        schema.get$ref(),
        schema.getType(),
        schema.getTypes(),
        schema.getFormat(),
        schema.getEnum(),
        schema.getConst(),
        schema.getNullable(),
        schema.getReadOnly(),
        schema.getWriteOnly(),
        schema.getDeprecated(),
        schema.getDefault(),
        schema.getRequired(),
        schema.getPattern(),
        schema.getMinimum(),
        schema.getMaximum(),
        schema.getExclusiveMinimum(),
        schema.getExclusiveMaximum(),
        schema.getMinLength(),
        schema.getMaxLength(),
        schema.getMinItems(),
        schema.getMaxItems(),
        schema.getUniqueItems(),
        schema.getExtensions(),
        discriminator(schema)
      };
      for (Object value : own) {
        form.append(value).append('\u0001');
      }
      for (var property : Schemas.properties(schema).entrySet()) {
        if (!append(form.append(property.getKey()).append('='), property.getValue())) {
          return null;
        }
      }
      Object extra = schema.getAdditionalProperties();
      form.append("|extra=");
      if (!(extra instanceof Schema values ? append(form, values) : append(form, extra))) {
        return null;
      }
      if (!appendParts(form, schema)) {
        return null;
      }
      if (!append(form.append("|items="), schema.getItems())
          || !append(form.append("|not="), schema.getNot())) {
        return null;
      }
      String digest = hash(form.toString());
      digests.put(schema, digest);
      return digest;
    } finally {
      onPath.remove(schema);
    }
  }

  private boolean append(StringBuilder form, Object child) {
    String digest = child instanceof Schema schema ? digest(schema) : String.valueOf(child);
    form.append(digest).append('\u0002');
    return digest != null;
  }

  /** Appends the allOf, oneOf and anyOf parts' digests; false when one has none. */
  private boolean appendParts(StringBuilder form, Schema schema) {
    for (List<Schema> parts :
        List.of(list(schema.getAllOf()), list(schema.getOneOf()), list(schema.getAnyOf()))) {
      form.append("|parts");
      for (Schema part : parts) {
        if (!append(form, part)) {
          return false;
        }
      }
    }
    return true;
  }

  private static List<Schema> list(List<Schema> parts) {
    return parts == null ? List.of() : parts;
  }

  private static String hash(String form) {
    try {
      byte[] bytes =
          MessageDigest.getInstance("SHA-256").digest(form.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
