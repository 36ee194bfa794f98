package dev.paygen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The walker generated {@code validate(Validator)} methods rely on. */
class ValidatorTest {
  /** A record with a required readOnly id and a required writeOnly secret. */
  record Account(String id, String secret, Map<String, Account> children) implements Validatable {
    @Override
    public void validate(Validator validator) {
      validator.readOnly("id", id());
      validator.writeOnly("secret", secret());
      validator.nested("children", children());
    }
  }

  @Test
  void aRequiredReadOnlyValueIsDemandedInResponsesOnly() {
    Account account = new Account(null, "s", null);

    assertThat(Validator.response(account)).extracting(Violation::path).containsExactly("$.id");
    assertThat(Validator.request(account)).isEmpty();
  }

  @Test
  void aRequiredWriteOnlyValueIsDemandedInRequestsOnly() {
    Account account = new Account("a", null, null);

    assertThat(account.validate()).isEmpty();
    assertThat(Validator.request(account)).extracting(Violation::path).containsExactly("$.secret");
  }

  @Test
  void pathsIntoMapsAndListsAreExactJsonPaths() {
    Map<String, Account> children = new LinkedHashMap<>();
    children.put("plain", new Account(null, "s", null));
    children.put("odd key", new Account(null, "s", null));

    assertThat(Validator.response(List.of(new Account("a", "s", children))))
        .extracting(Violation::path)
        .containsExactly("$[0].children.plain.id", "$[0].children['odd key'].id");
  }

  @Test
  void builtNamesTheRecordAndThePath() {
    assertThatThrownBy(() -> Validator.built(new Account("a", null, null)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Account cannot be built: $.secret is required, but is missing");
  }
}
