package dev.paygen.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.paygen.generator.support.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A clone of the repository is all the build, the tests, the scripts and the docs need: no file may
 * point at the team's working folder beside the checkout, nor at the design note that lived there
 * (docs/ARCHITECTURE.md replaced it). A user, a fork or a release build has neither.
 */
class RepositoryStandsAloneTest {
  // Built from pieces so that this file does not match its own patterns.
  private static final String FOLDER = "sha" + "red";
  private static final String NOTE = "DES" + "IGN";

  /**
   * The folder reached as a sibling ({@code ..}), any of its known entries ({@code <folder>/specs},
   * {@code <folder>/reference-specs}, ...), the environment variable that overrode it, and the old design note.
   */
  private static final Pattern OUTSIDE = Pattern.compile("\\.\\./" + FOLDER + "\\b"
      + "|(?<![\\w.-])" + FOLDER + "/(?:specs|reference-specs|research|seeds|hooks|" + NOTE
      + "|STYLE)\\b"
      + "|PAYGEN_" + FOLDER.toUpperCase(java.util.Locale.ROOT) + "\\b"
      + "|" + NOTE + "\\.md");

  @Test
  void noFileReferencesTheFolderBesideTheRepositoryOrTheOldDesignNote() throws IOException {
    Path root = Workspace.repositoryRoot();
    List<String> files = repositoryFiles(root);
    List<String> hits = new ArrayList<>();
    for (String file : files) {
      Path path = root.resolve(file);
      if (!Files.isRegularFile(path)) {
        continue; // deleted in the work tree but still in the index
      }
      String[] lines = new String(Files.readAllBytes(path), StandardCharsets.UTF_8).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        Matcher matcher = OUTSIDE.matcher(lines[i]);
        if (matcher.find()) {
          hits.add(file + ":" + (i + 1) + ": " + matcher.group() + "   | " + lines[i].strip());
        }
      }
    }

    assertThat(hits)
        .as("references to material outside the repository (copy it in, e.g. under specs/, or point"
            + " at docs/ARCHITECTURE.md)")
        .isEmpty();
    // The scan saw the repository, not an empty or wrong folder.
    assertThat(files)
        .as("files scanned under " + root)
        .contains("pom.xml", "README.md", "specs/README.md");
  }

  /** Tracked and new (not ignored) files from Git; without Git, every file outside .git and target folders. */
  private static List<String> repositoryFiles(Path root) throws IOException {
    List<String> fromGit = gitFiles(root);
    if (fromGit != null) {
      return fromGit;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(path -> root.relativize(path).toString().replace('\\', '/'))
          .filter(name -> !name.startsWith(".git/") && !name.matches("(.*/)?target/.*"))
          .sorted()
          .toList();
    }
  }

  /** The file list of {@code git ls-files}, or null when Git is missing or this is not a Git checkout. */
  private static List<String> gitFiles(Path root) {
    ProcessBuilder builder = new ProcessBuilder(
            "git", "ls-files", "-z", "--cached", "--others", "--exclude-standard")
        .directory(root.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    try {
      Process git = builder.start();
      byte[] out;
      try (InputStream stdout = git.getInputStream()) {
        out = stdout.readAllBytes();
      }
      if (!git.waitFor(60, TimeUnit.SECONDS)) {
        git.destroyForcibly();
        return fail("git ls-files did not finish in 60 s in " + root);
      }
      if (git.exitValue() != 0) {
        return null;
      }
      return Stream.of(new String(out, StandardCharsets.UTF_8).split("\0"))
          .filter(name -> !name.isEmpty())
          .toList();
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fail("interrupted while listing files", e);
    }
  }
}
