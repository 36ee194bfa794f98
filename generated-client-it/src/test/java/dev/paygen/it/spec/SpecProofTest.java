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
 * <p>{@code KNOWN_GAPS} lists the operations that fail only because of work under way in another
 * slice, with that slice's name; a listed operation that passes fails the test, so the list shrinks
 * as the work lands.
 */
class SpecProofTest {
  static final Path UPSTREAM = Path.of(System.getProperty("paygen.upstream", "../specs/upstream"));
  static final Path REAL = Path.of(System.getProperty("paygen.real", "../specs/real"));

  /** Dodo operations failing only because of another slice's open work: operation -> why. */
  static final Map<String, String> DODO_KNOWN_GAPS = Map.of();

  /** Dots operations failing only because of another slice's open work: operation -> why. */
  static final Map<String, String> DOTS_KNOWN_GAPS = Map.of();

  /** Spotify operations failing only because of another slice's open work: operation -> why. */
  static final Map<String, String> SPOTIFY_KNOWN_GAPS = Map.of();

  @Test
  void everyDodoOperationMatchesTheSpec() throws Exception {
    SpecProof proof = new SpecProof(
            UPSTREAM.resolve("dodopayments-openapi-v1.86.0.documented.yml"), "dev.paygen.it.full.dodo")
        .run();
    check(proof, 114, DODO_KNOWN_GAPS);
  }

  @Test
  void everyDotsOperationMatchesTheSpec() throws Exception {
    SpecProof proof = new SpecProof(
            UPSTREAM.resolve("dots-openapi-v2.current-2026-07-16.yaml"), "dev.paygen.it.full.dots")
        .run();
    check(proof, 82, DOTS_KNOWN_GAPS);
  }

  @Test
  void everySpotifyOperationMatchesTheSpec() throws Exception {
    SpecProof proof =
        new SpecProof(REAL.resolve("spotify-web-api-fixed.yml"), "dev.paygen.it.full.spotify").run();
    check(proof, 97, SPOTIFY_KNOWN_GAPS);
  }

  /** Every operation called and validated; failures exactly the known gaps. */
  private static void check(SpecProof proof, int operations, Map<String, String> knownGaps) {
    System.out.println("[spec proof] " + proof);
    List<String> problems = new ArrayList<>();
    proof.failures().forEach((op, why) -> {
      if (!knownGaps.containsKey(op)) {
        problems.add(op + ": " + why);
      }
    });
    knownGaps.forEach((op, why) -> {
      if (!proof.failures().containsKey(op)) {
        problems.add(op + ": passes now, remove from KNOWN_GAPS (" + why + ")");
      }
    });
    assertThat(problems).as("operations that do not match the spec").isEmpty();
    assertThat(proof.operations()).as("operations called").isEqualTo(operations);
    assertThat(proof.requestsValidated())
        .as("requests validated")
        .isGreaterThanOrEqualTo(operations - knownGaps.size());
  }
}
