package dev.paygen.it.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the full Dodo Payments and Dots documents, and of Spotify's (non-default
 * parameter styles, an image/jpeg request body), called through the generated client with request
 * and response validated against the spec: see {@link SpecProof}.
 *
 * <p>Every operation must pass, except those listed in {@code DOTS_SPEC_DEFECTS} with their reason;
 * a listed operation that passes fails the test, so the list only shrinks.
 */
class SpecProofTest {
  static final Path UPSTREAM = Path.of(System.getProperty("paygen.upstream", "../specs/upstream"));
  static final Path REAL = Path.of(System.getProperty("paygen.real", "../specs/real"));

  /**
   * Dots operations whose request no client can make valid, or this proof cannot build: defects of
   * the upstream document (or limits of the proof), not of paygen.
   */
  static final Map<String, String> DOTS_SPEC_DEFECTS = Map.of(
      "POST /v2/accounts-payable/approval-policies create-approval-policy",
      "spec: payable_conditions.items is oneOf two if/then schemas; an if that fails is valid, so"
          + " every item matches both branches and the oneOf never holds; it also requires `value`,"
          + " declared only inside the then-branches",
      "POST /v2/payouts/send-payout send-payout",
      "proof: the validator refuses the body schema's payout_fee_party (`type: [string, 'null']`"
          + " with an enum) as restated in 3.0: 'enum array must not contain duplicate elements'",
      "POST /v2/payments create-payment",
      "proof: the body's oneOf [{required: [user_id]}, {required: [customer_id]}] wants exactly one"
          + " of two optional fields; the schema instance sets every optional field (and the"
          + " validator reads `metadata: {}` as an object schema)");

  @Test
  void everyDodoOperationMatchesTheSpec() throws Exception {
    SpecProof proof = new SpecProof(
            UPSTREAM.resolve("dodopayments-openapi-v1.86.0.documented.yml"),
            "dev.paygen.it.full.dodo")
        .run();
    check(proof, 114, Map.of());
  }

  @Test
  void everyDotsOperationMatchesTheSpec() throws Exception {
    SpecProof proof = new SpecProof(
            UPSTREAM.resolve("dots-openapi-v2.current-2026-07-16.yaml"), "dev.paygen.it.full.dots")
        .run();
    check(proof, 82, DOTS_SPEC_DEFECTS);
  }

  @Test
  void everySpotifyOperationMatchesTheSpec() throws Exception {
    SpecProof proof = new SpecProof(
            REAL.resolve("spotify-web-api-fixed.yml"), "dev.paygen.it.full.spotify")
        .run();
    check(proof, 97, Map.of());
  }

  /** Every operation called and validated; failures exactly the listed spec defects. */
  private static void check(SpecProof proof, int operations, Map<String, String> defects) {
    System.out.println("[spec proof] " + proof);
    List<String> problems = new ArrayList<>();
    proof.failures().forEach((op, why) -> {
      if (!defects.containsKey(op)) {
        problems.add(op + ": " + why);
      }
    });
    defects.forEach((op, why) -> {
      if (!proof.failures().containsKey(op)) {
        problems.add(op + ": passes now, remove it from the spec defects (" + why + ")");
      }
    });
    assertThat(problems).as("operations that do not match the spec").isEmpty();
    assertThat(proof.operations()).as("operations called").isEqualTo(operations);
    assertThat(proof.requestsValidated()).as("requests validated").isEqualTo(operations);
    assertThat(proof.responsesValidated()).as("responses validated").isEqualTo(operations);
  }
}
