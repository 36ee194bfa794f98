package dev.paygen.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which of the client's credentials one request sends, from the security the request declares
 * (see {@link ApiRequest.Builder#security(String...)}).
 */
final class SecuritySelection {
  private SecuritySelection() {}

  /**
   * The credentials to send, in the order to apply them (a later one wins a shared header).
   *
   * <ul>
   *   <li>undeclared security (a hand-built request): every credential, without a scheme first;
   *   <li>{@code noSecurity()}, or an anonymous alternative reached first: none;
   *   <li>else the credentials without a scheme, then those of the first alternative whose schemes
   *       all have one; when no alternative can be met, only those without a scheme.
   * </ul>
   */
  static List<Auth> select(ClientOptions client, @Nullable List<List<String>> security) {
    List<Auth> out = new ArrayList<>();
    if (security == null) {
      out.addAll(client.auths());
      out.addAll(client.schemeAuths().values());
      return out;
    }
    Map<String, Auth> byScheme = client.schemeAuths();
    for (List<String> alternative : security) {
      if (byScheme.keySet().containsAll(alternative)) {
        if (alternative.isEmpty()) {
          return out;
        }
        out.addAll(client.auths());
        alternative.forEach(scheme -> out.add(Objects.requireNonNull(byScheme.get(scheme))));
        return out;
      }
    }
    if (!security.isEmpty()) {
      out.addAll(client.auths());
    }
    return out;
  }
}
