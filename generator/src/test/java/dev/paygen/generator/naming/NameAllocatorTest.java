package dev.paygen.generator.naming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one collision policy every scope shares, and the scopes' independence. */
class NameAllocatorTest {
  @Test
  void aFreeSuggestionIsKept() {
    NameAllocator names = NameAllocator.camelCase();

    assertThat(names.newName("payment", "a")).isEqualTo("payment");
    assertThat(names.newName("refund", "b")).isEqualTo("refund");
  }

  @Test
  void collisionsGetTheSmallestFreeCounterFromTwo() {
    NameAllocator names = NameAllocator.camelCase();

    assertThat(List.of(
            names.newName("Payment", "a"),
            names.newName("Payment", "b"),
            names.newName("Payment", "c")))
        .containsExactly("Payment", "Payment2", "Payment3");
  }

  @Test
  void aCounterSkipsNamesAlreadyTaken() {
    NameAllocator names = NameAllocator.camelCase();
    names.newName("Payment2", "declared first");
    names.newName("Payment", "a");

    assertThat(names.newName("Payment", "b")).isEqualTo("Payment3");
  }

  @Test
  void constantsKeepUpperSnakeCase() {
    NameAllocator constants = NameAllocator.upperSnake();
    constants.newName("PAID", "paid");

    assertThat(constants.newName("PAID", "Paid")).isEqualTo("PAID_2");
  }

  @Test
  void reservedNamesAreTakenFromTheStart() {
    NameAllocator names = NameAllocator.camelCase().reserve("Event", "Unknown");

    assertThat(names.newName("Event", "event")).isEqualTo("Event2");
    assertThat(names.holder("Event")).isEqualTo(NameAllocator.RESERVED);
    assertThat(names.holder("Event2")).isEqualTo("event");
  }

  @Test
  void keywordsAndIllegalIdentifiersAreRejectedNotRenamed() {
    NameAllocator names = NameAllocator.camelCase();

    assertThatThrownBy(() -> names.newName("default", "a"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> names.newName("3ds", "b"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(names.newName("default_", "c")).isEqualTo("default_");
  }

  @Test
  void aTagIsNamedOnceAndLooksItsNameUp() {
    NameAllocator names = NameAllocator.camelCase();
    names.newName("payment", "first");
    names.newName("payment", "second");

    assertThat(names.get("second")).isEqualTo("payment2");
    assertThatThrownBy(() -> names.newName("other", "second"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> names.get("unknown")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aNameAndItsCompanionAreClaimedTogether() {
    NameAllocator methods = NameAllocator.camelCase();
    methods.newName("createAsync", "an operation named createAsync");

    assertThat(methods.newName("create", "create", "Async")).isEqualTo("create2");
    assertThat(methods.isTaken("create2Async")).isTrue();
    assertThat(methods.newName("create", "another create", "Async")).isEqualTo("create3");
  }

  @Test
  void scopesAreIndependentAndACopySeesItsOuterNames() {
    NameAllocator outer = NameAllocator.camelCase();
    outer.newName("Payment", "outer");
    NameAllocator inner = outer.copy();
    NameAllocator sibling = NameAllocator.camelCase();

    assertThat(inner.newName("Payment", "inner")).isEqualTo("Payment2");
    assertThat(outer.isTaken("Payment2")).isFalse();
    assertThat(sibling.newName("Payment", "sibling")).isEqualTo("Payment");
  }

  @Test
  void namesDependOnlyOnTheOrderOfClaims() {
    NameAllocator names = NameAllocator.camelCase().reserve("Builder");
    List<String> out = new ArrayList<>();
    for (String suggestion : List.of("Builder", "Item", "Item", "Builder", "Item2")) {
      out.add(names.newName(suggestion));
    }

    assertThat(out).containsExactly("Builder2", "Item", "Item2", "Builder3", "Item22");
  }
}
