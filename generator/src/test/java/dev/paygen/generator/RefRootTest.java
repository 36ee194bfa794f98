package dev.paygen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which folder bounds {@code $ref}s when nobody sets one, and when a front-end's default yields. */
class RefRootTest {
  @TempDir
  Path dir;

  @Test
  void theCliDefaultIsTheNearestGitWorkTreeAGitFileMarksOneToo() throws IOException {
    Path spec = Files.createDirectories(dir.resolve("repo/api/spec")).resolve("openapi.yaml");
    assertThat(RefRoot.forSpec(spec))
        .isEqualTo(RefRoot.byDefault(spec.getParent(), "the spec's folder (no .git above it)"));

    Files.createDirectories(dir.resolve("repo/.git"));
    assertThat(RefRoot.forSpec(spec).directory()).isEqualTo(dir.resolve("repo"));

    // A git worktree or submodule has a .git file, not a folder; the nearest one wins.
    Files.writeString(dir.resolve("repo/api/.git"), "gitdir: ../.git/worktrees/api\n");
    assertThat(RefRoot.forSpec(spec))
        .isEqualTo(
            RefRoot.byDefault(dir.resolve("repo/api"), "the git work tree holding the spec"));
  }

  @Test
  void aFrontEndDefaultThatDoesNotHoldTheSpecYieldsToTheCliRule() {
    // A Maven module generating from a sibling module's spec: ../api/openapi.yaml.
    Path spec = dir.resolve("api/openapi.yaml");
    GenerationRequest request = GenerationRequest.builder(spec, "com.acme")
        .refRoot(RefRoot.byDefault(dir.resolve("client"), "the Maven project's base directory"))
        .build();

    assertThat(request.effectiveRefRoot()).isEqualTo(RefRoot.forSpec(spec));
    assertThat(request.validate()).noneMatch(d -> d.code().startsWith("PAYGEN-E057"));
  }
}
