package dev.paygen.generator.load;

import dev.paygen.generator.DiagnosticCode;
import dev.paygen.generator.naming.GeneratedNames;
import dev.paygen.generator.naming.NameAllocator;
import dev.paygen.generator.naming.Plurals;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses the method name of every operation of one service (docs/ARCHITECTURE.md, "Operation
 * names"). Rules, first that applies: the user's name ({@code --names}, {@code --operation-name},
 * {@code x-paygen-name}); the official SDK's name shown in {@code x-codeSamples}; REST conventions;
 * the operationId without framework noise; that operationId with a counter.
 *
 * <p>Names are decided per service, rule by rule, before any operation is read, so that the order
 * of paths cannot decide who gets {@code retrieve}: at each rule a name wanted by one operation is
 * given to it; a name wanted by several goes to the one with the shortest SDK call chain or path
 * (the earliest in the document among equals), and the others fall back to their next rule with a
 * W061 warning naming the operation that kept the name.
 */
final class MethodNames {
  /** {@code client.payments.list(}, {@code client.Payments.List(}, {@code client.payments().list(}. */
  private static final Pattern SDK_CALL =
      Pattern.compile("\\bclient\\.((?:[A-Za-z_]\\w*(?:\\(\\))?\\.)+)([A-Za-z_]\\w*)\\(");

  /** Languages whose SDK samples name methods like a Java developer would; Go's say New for create. */
  private static final List<String> LANGUAGE_ORDER =
      List.of("javascript", "typescript", "java", "kotlin", "python", "ruby");

  private static final Pattern VERSION =
      Pattern.compile("v\\d+[a-z0-9]*", Pattern.CASE_INSENSITIVE);
  private static final Set<String> NOISE = Set.of("handler", "controller", "proxy");

  private static final int RULES = 4;

  /** One operation of the service and what each rule would name it. */
  static final class Entry {
    final String pointer;
    final String label;
    /** Per rule: 0 the user's, 1 the SDK's, 2 REST, 3 operationId without noise; null when none. */
    final String[] candidates = new String[RULES];
    /** Per rule: how specific the candidate is; the smaller wins a shared name. */
    final int[] rank = new int[RULES];
    /** The SDK name qualified by its sub-resources ({@code listWallets}), or null. */
    String qualifiedSdkName;
    /** The operationId in lowerCamelCase with noise removed but the service's noun kept. */
    String fallback;

    String chosen;

    Entry(String pointer, String label) {
      this.pointer = pointer;
      this.label = label;
    }
  }

  private final Report report;

  MethodNames(Report report) {
    this.report = report;
  }

  /** The service an operation without tags belongs to: its first path segment after a version. */
  static String untaggedService(String path) {
    for (String segment : segments(path)) {
      if (!segment.startsWith("{") && !VERSION.matcher(segment).matches()) {
        return segment;
      }
    }
    return "Default";
  }

  /**
   * An entry for one operation.
   *
   * @param userName the names file's, option's or {@code x-paygen-name}'s name, or null
   * @param service the service's Java name ({@code CreditEntitlementBalances})
   * @param paged whether the operation takes a page or cursor parameter
   */
  static Entry entry(
      String pointer,
      String userName,
      String service,
      String path,
      PathItem.HttpMethod method,
      Operation op,
      boolean paged) {
    Entry entry = new Entry(pointer, method + " " + path);
    entry.candidates[0] = userName == null ? null : Names.lowerCamel(userName);
    List<String> chain = sdkChain(op);
    if (chain != null) {
      String name = chain.get(chain.size() - 1);
      entry.candidates[1] = name;
      // The SDK resource that is the service itself (licenseKeys in License Keys) ranks before
      // another one in the same tag (licenseKeyInstances), and is left out of qualified names.
      int own = namesService(List.of(chain.get(0)), service) ? 1 : 0;
      entry.rank[1] = chain.size() - own;
      if (chain.size() - own > 1) {
        StringBuilder qualified = new StringBuilder(name);
        chain.subList(own, chain.size() - 1).forEach(s -> qualified.append(Names.upperCamel(s)));
        entry.qualifiedSdkName = qualified.toString();
      }
    }
    entry.candidates[2] = rest(service, path, method, paged);
    entry.rank[2] = segments(path).size();
    String operationId = op.getOperationId();
    List<String> words = operationId == null || operationId.isBlank()
        ? Names.words(
            method.name().toLowerCase(Locale.ROOT) + " " + path.replaceAll("[{}]", " by "))
        : new ArrayList<>(Names.words(operationId));
    words.removeIf(w -> NOISE.contains(w.toLowerCase(Locale.ROOT)));
    if (words.isEmpty()) {
      words = Names.words(operationId == null ? method.name() : operationId);
    }
    entry.fallback = Names.lowerCamel(String.join(" ", words));
    List<String> serviceWords =
        Names.words(service).stream().map(MethodNames::stem).toList();
    List<String> withoutNoun = new ArrayList<>(words);
    withoutNoun.removeIf(w -> serviceWords.contains(stem(w)));
    entry.candidates[3] =
        withoutNoun.isEmpty() ? entry.fallback : Names.lowerCamel(String.join(" ", withoutNoun));
    return entry;
  }

  /** Assigns {@link Entry#chosen} to every entry of one service, claiming the names in {@code methods}. */
  void assign(List<Entry> entries, NameAllocator methods) {
    Map<Entry, Entry> beatenBy = new LinkedHashMap<>();
    for (Entry entry : entries) {
      if (entry.candidates[0] != null) {
        entry.chosen = claimWithCounter(entry, entry.candidates[0], methods, null);
      }
    }
    for (int rule = 1; rule < RULES; rule++) {
      Map<String, List<Entry>> wanted = new LinkedHashMap<>();
      for (Entry entry : entries) {
        if (entry.chosen == null && entry.candidates[rule] != null) {
          wanted.computeIfAbsent(entry.candidates[rule], k -> new ArrayList<>()).add(entry);
        }
      }
      for (var want : wanted.entrySet()) {
        List<Entry> rivals = want.getValue();
        Entry winner = winner(rivals, rule);
        if (free(want.getKey(), methods)) {
          claim(winner, want.getKey(), methods);
        }
        for (Entry loser : rivals) {
          if (loser == winner && winner.chosen != null) {
            continue;
          }
          if (rule == 1
              && loser.qualifiedSdkName != null
              && free(loser.qualifiedSdkName, methods)) {
            claim(loser, loser.qualifiedSdkName, methods); // the SDK's own sub-resource, flattened
            continue;
          }
          Object holder = methods.holder(want.getKey());
          Entry rival = rivals.stream().filter(e -> e != loser).findFirst().orElse(null);
          beatenBy.putIfAbsent(loser, holder instanceof Entry e ? e : rival);
        }
      }
    }
    for (Entry entry : entries) {
      if (entry.chosen == null) {
        entry.chosen = claimWithCounter(entry, entry.fallback, methods, beatenBy.get(entry));
      } else if (beatenBy.containsKey(entry)) {
        warn(entry, beatenBy.get(entry));
      }
    }
  }

  private static Entry winner(List<Entry> rivals, int rule) {
    if (rivals.size() == 1) {
      return rivals.get(0);
    }
    // A stable sort: among equally specific rivals the earlier in the document keeps the name, as
    // everywhere else (docs/ARCHITECTURE.md, "Stable names"), so an appended operation never
    // renames
    // an existing one.
    List<Entry> sorted = new ArrayList<>(rivals);
    sorted.sort(Comparator.comparingInt(e -> e.rank[rule]));
    return sorted.get(0);
  }

  private static boolean free(String name, NameAllocator methods) {
    if (methods.isTaken(name)) {
      return false;
    }
    return GeneratedNames.METHOD_COMPANIONS.stream().noneMatch(s -> methods.isTaken(name + s));
  }

  private static void claim(Entry entry, String name, NameAllocator methods) {
    entry.chosen =
        methods.newName(name, entry, GeneratedNames.METHOD_COMPANIONS.toArray(String[]::new));
  }

  /** The last resort: the name with the smallest free counter, warned about when it moved. */
  private String claimWithCounter(Entry entry, String base, NameAllocator methods, Entry rival) {
    Object earlier = methods.holder(base);
    for (String suffix : GeneratedNames.METHOD_COMPANIONS) {
      earlier = earlier != null ? earlier : methods.holder(base + suffix);
    }
    claim(entry, base, methods);
    if (!entry.chosen.equals(base) || rival != null) {
      warn(entry, earlier instanceof Entry e ? e : rival);
    }
    return entry.chosen;
  }

  private void warn(Entry entry, Entry rival) {
    report.warning(
        DiagnosticCode.W061_METHOD_NAME_TAKEN,
        entry.pointer,
        "the method name this operation would take is also wanted by the operation "
            + (rival == null
                ? "(a name generated code uses)"
                : rival.label + " (" + rival.pointer + ")")
            + "; this operation's method is named " + entry.chosen,
        "pin a name with x-paygen-name, --operation-name or the names file");
  }

  /** The SDK call chain of the first sample that shows one: resources, then the method. */
  static List<String> sdkChain(Operation op) {
    Object samples = op.getExtensions() == null ? null : op.getExtensions().get("x-codeSamples");
    if (!(samples instanceof List<?> list)) {
      return null;
    }
    List<Map<?, ?>> ordered = new ArrayList<>();
    list.forEach(s -> {
      if (s instanceof Map<?, ?> m && m.get("source") instanceof String) {
        ordered.add(m);
      }
    });
    ordered.sort(Comparator.comparingInt(MethodNames::languageRank));
    for (Map<?, ?> sample : ordered) {
      Matcher m = SDK_CALL.matcher((String) sample.get("source"));
      if (m.find()) {
        List<String> chain = new ArrayList<>();
        for (String segment : m.group(1).split("\\.")) {
          chain.add(Names.lowerCamel(segment.replace("()", "")));
        }
        chain.add(Names.lowerCamel(m.group(2)));
        return chain;
      }
    }
    return null;
  }

  private static int languageRank(Map<?, ?> sample) {
    String lang = String.valueOf(sample.get("lang")).toLowerCase(Locale.ROOT);
    int rank = LANGUAGE_ORDER.indexOf(lang);
    return rank < 0 ? LANGUAGE_ORDER.size() : rank;
  }

  /**
   * The REST-convention name: on the service's collection {@code list}/{@code create}, on an item
   * {@code retrieve}/{@code update}/{@code delete}, on a further segment an action
   * ({@code changePlan}) or a sub-collection ({@code retrieveLineItems}, {@code listLineItems}, and
   * for a POST on a plural segment {@code createPaymentMethod}).
   */
  static String rest(String service, String path, PathItem.HttpMethod method, boolean paged) {
    List<String> segments = segments(path);
    while (!segments.isEmpty() && VERSION.matcher(segments.get(0)).matches()) {
      segments.remove(0);
    }
    if (segments.isEmpty()) {
      return null;
    }
    boolean item = segments.get(segments.size() - 1).startsWith("{");
    int lastParam = -1;
    for (int i = 0; i < segments.size(); i++) {
      if (segments.get(i).startsWith("{") && (!item || i < segments.size() - 1)) {
        lastParam = i;
      }
    }
    int from = lastParam >= 0 ? lastParam + 1 : 1;
    List<String> tail = new ArrayList<>();
    for (int i = from; i < segments.size() - (item ? 1 : 0); i++) {
      tail.add(segments.get(i));
    }
    if (!tail.isEmpty() && namesService(tail, service)) {
      tail.clear();
    }
    String sub = Names.upperCamel(String.join(" ", tail));
    if (item) {
      return switch (method) {
        case GET -> "retrieve" + (tail.isEmpty() ? "" : sub);
        case PUT, PATCH -> "update" + (tail.isEmpty() ? "" : sub);
        case DELETE -> "delete" + (tail.isEmpty() ? "" : sub);
        case POST -> tail.isEmpty() ? "update" : null;
        default -> null;
      };
    }
    if (tail.isEmpty()) {
      return switch (method) {
        case GET -> "list";
        case POST -> "create";
        default -> null;
      };
    }
    return switch (method) {
      case GET -> (paged ? "list" : "retrieve") + sub;
      case POST ->
        createsInSubCollection(tail, lastParam < 0)
            ? "create" + Plurals.singular(sub)
            : Names.lowerCamel(String.join(" ", tail));
      case PUT, PATCH -> "update" + sub;
      case DELETE -> "delete" + sub;
      default -> null;
    };
  }

  /**
   * Whether a POST on {@code tail} adds to a sub-collection rather than running an action: a plural
   * segment off the collection ({@code POST /accounts-payable/vendors}), or one plural word off an
   * item ({@code POST /product-collections/{id}/groups}); several words off an item read as an
   * action ({@code change-settings}, {@code change-plan}), whatever their number.
   */
  private static boolean createsInSubCollection(List<String> tail, boolean offTheCollection) {
    String last = tail.get(tail.size() - 1);
    return Plurals.isPlural(Names.upperCamel(last))
        && (offTheCollection || (tail.size() == 1 && Names.words(last).size() == 1));
  }

  /** Whether the segments name the service itself ({@code balances} in CreditEntitlementBalances). */
  private static boolean namesService(List<String> tail, String service) {
    List<String> serviceWords =
        Names.words(service).stream().map(MethodNames::stem).toList();
    List<String> tailWords =
        Names.words(String.join(" ", tail)).stream().map(MethodNames::stem).toList();
    return tailWords.size() <= serviceWords.size()
        && serviceWords
            .subList(serviceWords.size() - tailWords.size(), serviceWords.size())
            .equals(tailWords);
  }

  /** A word compared loosely: lower case, a plural's {@code s} or {@code es} dropped. */
  private static String stem(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith("ies") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("ses") || w.endsWith("xes")) {
      return w.substring(0, w.length() - 2);
    }
    return w.endsWith("s") && !w.endsWith("ss") && w.length() > 3
        ? w.substring(0, w.length() - 1)
        : w;
  }

  private static List<String> segments(String path) {
    List<String> segments = new ArrayList<>();
    for (String s : path.split("/")) {
      if (!s.isBlank()) {
        segments.add(s);
      }
    }
    return segments;
  }

  /** Whether a query parameter names a page or a cursor, the parameters pagination reads. */
  static boolean paged(Operation op, List<Parameter> parameters) {
    if (op.getExtensions() != null && op.getExtensions().containsKey("x-paygen-pagination")) {
      return true;
    }
    return parameters.stream()
        .anyMatch(p -> "query".equals(String.valueOf(p.getIn()))
            && PaginationDetector.PAGE_OR_CURSOR.contains(p.getName()));
  }
}
