package dev.paygen.generator.load;

import dev.paygen.generator.model.OperationModel;
import dev.paygen.generator.model.OperationModel.ParameterModel;
import dev.paygen.generator.naming.NameAllocator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names the params records. Each operation has its own, {@code <Service><Method>Params}, except
 * where an API repeats one parameter list across many operations of one kind, as Kubernetes
 * repeats its list options over 257 list operations: there {@value #MIN_OPERATIONS} or more
 * operations whose query, header and cookie parameter lists are identical (every {@link
 * ParameterModel} equal, compared in wire-name order: wire and Java names, types, required-ness,
 * descriptions, deprecation, style, explode, allowReserved) and whose method names start with the
 * same verb share one record, named after the words their method names start with: {@code
 * listNamespacedPod}, {@code listNode}, ... → {@code ListParams}; {@code deleteCollectionNamespacedPod},
 * ... → {@code DeleteCollectionParams}.
 *
 * <p>The threshold keeps the payments APIs' per-operation records: two or three operations that
 * happen to take the same filters today keep their own names, so a later spec in which one of them
 * gains a filter renames nothing; a name a person would read as one thing ({@code ListParams}) is
 * only used where many operations are that thing. A shared name is never another operation's own
 * name; one wanted by two groups (two different lists of {@code list} operations) goes to the group
 * for which it is the better name, else to neither ({@link #sharedNames}), whatever the order of the
 * spec. A group left without a name keeps its operations' own records.
 */
final class SharedParams {
  /** The fewest operations that share one record. */
  static final int MIN_OPERATIONS = 10;

  private static final String SUFFIX = "Params";
  private static final Pattern DIGITS_THEN_UPPER = Pattern.compile("(?<=\\d)(?=\\p{Lu})");
  private static final int MAX = Names.MAX_TOP_LEVEL - SUFFIX.length();

  private SharedParams() {}

  /** An operation with its service and its own params name ({@code PaymentsListParams}). */
  record Candidate(String service, OperationModel op) {
    String ownName() {
      return Names.shorten(candidateBase(service, op.methodName()), MAX) + SUFFIX;
    }
  }

  /** {@code Payments} + {@code list} → {@code PaymentsList}, the base of an operation's own name. */
  static String candidateBase(String service, String methodName) {
    return service + Names.upperCamel(methodName);
  }

  /** Operations that may share: the same parameter lists and the same leading verb. */
  private record Key(List<List<ParameterModel>> lists, String verb) {}

  /**
   * The operations with their params type named, in the order given (spec order).
   *
   * @param ops every operation in spec order; those without query, header or cookie parameters are
   *     returned as they are
   * @param serviceTypes the service package's type names
   * @return the operations, each with its params record's simple name
   */
  static List<OperationModel> assign(List<Candidate> ops, NameAllocator serviceTypes) {
    Map<Key, List<Candidate>> groups = new LinkedHashMap<>();
    Map<String, Candidate> ownNames = new HashMap<>();
    List<Key> keys = new ArrayList<>(ops.size());
    for (Candidate c : ops) {
      // OperationReader gives an operation a params type to name only when it has such parameters.
      Key key = c.op().paramsType() == null ? null : key(c.op());
      keys.add(key);
      if (key != null) {
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        ownNames.put(c.ownName(), c);
      }
    }
    Map<Key, String> shared = sharedNames(groups, ownNames);
    List<OperationModel> out = new ArrayList<>(ops.size());
    Map<Key, String> claimed = new HashMap<>();
    for (int i = 0; i < ops.size(); i++) {
      Candidate c = ops.get(i);
      Key key = keys.get(i);
      if (key == null) {
        out.add(c.op());
        continue;
      }
      String sharedName = shared.get(key);
      String name = sharedName == null
          ? serviceTypes.newName(c.ownName(), c.op().pointer())
          : claimed.computeIfAbsent(key, k -> serviceTypes.newName(sharedName, k));
      out.add(c.op().toBuilder().paramsType(name).build());
    }
    return out;
  }

  /**
   * The groups that share a record, with its name: at least {@value #MIN_OPERATIONS} operations and a
   * name no operation outside the group has as its own. A group tries its {@link #names names} in
   * turn; a name several groups want goes to the one that wants it as its better name, else to none
   * (two groups wanting it as their first name both look further), so the outcome does not depend on
   * the order of the spec.
   */
  private static Map<Key, String> sharedNames(
      Map<Key, List<Candidate>> groups, Map<String, Candidate> ownNames) {
    Map<Key, List<String>> options = new LinkedHashMap<>();
    groups.forEach((key, group) -> {
      if (group.size() >= MIN_OPERATIONS) {
        List<String> usable = new ArrayList<>();
        for (String base : names(group)) {
          String name = Names.shorten(base, MAX) + SUFFIX;
          Candidate owner = ownNames.get(name);
          if (!base.isEmpty()
              && (owner == null || group.contains(owner))
              && !usable.contains(name)) {
            usable.add(name);
          }
        }
        options.put(key, usable);
      }
    });
    // Each round, every group not yet named wants its first name not ruled out. A name wanted by
    // one group is its; wanted by several, it goes to the group that wants it as its better name,
    // else to none. Either way the name is then ruled out for the others, which look further.
    Map<Key, String> shared = new HashMap<>();
    Set<String> ruledOut = new HashSet<>();
    while (true) {
      Map<String, Map<Key, Integer>> wanted = new HashMap<>();
      options.forEach((key, names) -> {
        for (int i = 0; i < names.size() && !shared.containsKey(key); i++) {
          if (!ruledOut.contains(names.get(i))) {
            wanted.computeIfAbsent(names.get(i), n -> new HashMap<>()).put(key, i);
            break;
          }
        }
      });
      if (wanted.isEmpty()) {
        return shared;
      }
      wanted.forEach((name, keys) -> {
        int best = Collections.min(keys.values());
        List<Key> winners = keys.entrySet().stream()
            .filter(e -> e.getValue() == best)
            .map(Map.Entry::getKey)
            .toList();
        if (winners.size() == 1) {
          shared.put(winners.get(0), name);
        }
        ruledOut.add(name);
      });
    }
  }

  /**
   * A group's names, best first: the words its method names start with ({@code list}, {@code
   * listSources} → {@code List}), then the words every operationId of the group has, in the first
   * one's order ({@code deleteCoreV1CollectionNamespacedPod}, {@code
   * deleteAppsV1CollectionNamespacedDeployment} → {@code DeleteCollectionNamespaced}).
   */
  private static List<String> names(List<Candidate> group) {
    List<List<String>> methods = new ArrayList<>();
    List<List<String>> operationIds = new ArrayList<>();
    for (Candidate c : group) {
      methods.add(Names.words(Names.upperCamel(c.op().methodName())));
      String id = c.op().operationId();
      operationIds.add(id.isEmpty() ? List.of() : idWords(id));
    }
    List<String> first = operationIds.get(0);
    List<String> everywhere = first.stream()
        .filter(w -> operationIds.stream().allMatch(ws -> containsIgnoreCase(ws, w)))
        .toList();
    return List.of(camel(commonLeading(methods)), camel(everywhere));
  }

  /**
   * An operationId's words, a version's digits ending a word ({@code deleteCoreV1CollectionPod} →
   * delete, Core, V1, Collection, Pod), so that a word after a version is found everywhere.
   */
  private static List<String> idWords(String operationId) {
    List<String> words = new ArrayList<>();
    for (String w : Names.words(Names.upperCamel(operationId))) {
      words.addAll(List.of(DIGITS_THEN_UPPER.split(w)));
    }
    return words;
  }

  private static boolean containsIgnoreCase(List<String> words, String word) {
    return words.stream().anyMatch(w -> w.equalsIgnoreCase(word));
  }

  private static String camel(List<String> words) {
    StringBuilder name = new StringBuilder();
    for (String w : words) {
      name.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    }
    return name.toString();
  }

  private static List<String> commonLeading(List<List<String>> words) {
    List<String> first = words.get(0);
    int n = first.size();
    for (List<String> w : words) {
      int i = 0;
      while (i < n && i < w.size() && w.get(i).equalsIgnoreCase(first.get(i))) {
        i++;
      }
      n = i;
    }
    return first.subList(0, n);
  }

  private static Key key(OperationModel op) {
    List<String> words = Names.words(Names.upperCamel(op.methodName()));
    return new Key(
        List.of(sorted(op.queryParams()), sorted(op.headerParams()), sorted(op.cookieParams())),
        words.get(0).toLowerCase(Locale.ROOT));
  }

  /**
   * The parameters in wire-name order: a spec lists the same parameters in another order where they
   * come from the path item rather than the operation, and that is still the same list.
   */
  private static List<ParameterModel> sorted(List<ParameterModel> params) {
    return params.stream()
        .sorted(Comparator.comparing(ParameterModel::wireName))
        .toList();
  }
}
