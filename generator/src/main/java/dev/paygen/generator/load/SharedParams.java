package dev.paygen.generator.load;

import dev.paygen.generator.model.OperationModel;
import dev.paygen.generator.model.OperationModel.ParameterModel;
import dev.paygen.generator.naming.NameAllocator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names the params records: operations whose query, header and cookie parameter lists are identical
 * (every {@link ParameterModel} equal, in the same order: wire and Java names, types, required-ness,
 * descriptions, deprecation, style, explode, allowReserved) share one record; an operation whose list
 * is its own keeps its own record, named {@code <Service><Method>Params} as before.
 *
 * <p>A shared record is named after what its operations have in common, deterministically: the
 * longest common leading words of their method names (as the names file or {@code x-paygen-name}
 * pinned them), else their longest common trailing words, prefixed by the service when all of them
 * are in one service, then {@code Params} ({@code listNamespacedPod} and {@code
 * listDeploymentForAllNamespaces} in different services → {@code ListParams}). When no word is
 * common, or the name is taken by another operation's own params name or an earlier shared record,
 * the record takes the first operation's (spec order) own name.
 */
final class SharedParams {
  private static final String SUFFIX = "Params";
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

  /**
   * The operations with their params type named, in the order given (spec order).
   *
   * @param ops every operation in spec order; those without query, header or cookie parameters are
   *     returned as they are
   * @param serviceTypes the service package's type names
   * @return the operations, each with its params record's simple name
   */
  static List<OperationModel> assign(List<Candidate> ops, NameAllocator serviceTypes) {
    Map<List<List<ParameterModel>>, List<Candidate>> groups = new LinkedHashMap<>();
    Set<String> ownNames = new HashSet<>();
    for (Candidate c : ops) {
      if (hasParams(c.op())) {
        groups.computeIfAbsent(key(c.op()), k -> new ArrayList<>()).add(c);
        ownNames.add(c.ownName());
      }
    }
    Map<List<List<ParameterModel>>, String> named = new LinkedHashMap<>();
    List<OperationModel> out = new ArrayList<>(ops.size());
    for (Candidate c : ops) {
      if (!hasParams(c.op())) {
        out.add(c.op());
        continue;
      }
      var key = key(c.op());
      String name = named.computeIfAbsent(key, k -> {
        List<Candidate> group = groups.get(k);
        String suggestion = group.size() == 1 ? c.ownName() : sharedName(group, ownNames, named);
        return serviceTypes.newName(suggestion, c.op().pointer());
      });
      out.add(c.op().toBuilder().paramsType(name).build());
    }
    return out;
  }

  private static boolean hasParams(OperationModel op) {
    return !op.queryParams().isEmpty()
        || !op.headerParams().isEmpty()
        || !op.cookieParams().isEmpty();
  }

  private static List<List<ParameterModel>> key(OperationModel op) {
    return List.of(op.queryParams(), op.headerParams(), op.cookieParams());
  }

  private static String sharedName(
      List<Candidate> group, Set<String> ownNames, Map<?, String> named) {
    List<List<String>> words = new ArrayList<>();
    for (Candidate c : group) {
      words.add(Names.words(Names.upperCamel(c.op().methodName())));
    }
    List<String> common = commonLeading(words);
    if (common.isEmpty()) {
      common = commonTrailing(words);
    }
    String service = group.get(0).service();
    boolean oneService = group.stream().allMatch(c -> c.service().equals(service));
    StringBuilder base = new StringBuilder(oneService ? service : "");
    common.forEach(w -> base.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1)));
    String name = Names.shorten(base.toString(), MAX) + SUFFIX;
    boolean usable = !common.isEmpty()
        && !ownNames.contains(name)
        && !named.containsValue(name)
        && Character.isJavaIdentifierStart(name.charAt(0));
    return usable ? name : group.get(0).ownName();
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

  private static List<String> commonTrailing(List<List<String>> words) {
    List<List<String>> reversed = new ArrayList<>();
    for (List<String> w : words) {
      reversed.add(reverse(w));
    }
    return reverse(commonLeading(reversed));
  }

  private static List<String> reverse(List<String> words) {
    List<String> out = new ArrayList<>(words);
    Collections.reverse(out);
    return out;
  }
}
