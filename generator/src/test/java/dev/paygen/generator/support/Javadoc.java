package dev.paygen.generator.support;

import static org.assertj.core.api.Assertions.fail;

import dev.paygen.generator.GeneratedFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.DocumentationTool;
import javax.tools.ToolProvider;

/**
 * Runs the JDK's javadoc tool with {@code -Xdoclint} over generated sources, the way a user
 * publishing the client's Javadoc would: any doclint error (bad HTML, a stray tag, a comment the
 * spec's text broke) fails the test with javadoc's own messages.
 */
public final class Javadoc {
  private Javadoc() {}

  /** Documents {@code files} into a folder under {@code work}; fails on any javadoc error. */
  public static void check(String what, List<GeneratedFile> files, Path work) {
    DocumentationTool tool = ToolProvider.getSystemDocumentationTool();
    if (tool == null) {
      fail("no javadoc tool: run the tests on a JDK, not a JRE");
    }
    try {
      Path sources = Files.createDirectories(work.resolve("src"));
      List<String> args = new ArrayList<>(List.of(
          "-quiet",
          "--release",
          "17",
          "-Xdoclint:all,-missing",
          "-encoding",
          "UTF-8",
          "-classpath",
          System.getProperty("java.class.path"),
          "-d",
          work.resolve("doc").toString()));
      for (GeneratedFile file : files) {
        Path path = sources.resolve(file.relativePath());
        Files.createDirectories(path.getParent());
        Files.writeString(path, file.content());
        args.add(path.toString());
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int status = tool.run(null, out, out, args.toArray(String[]::new));
      String report = out.toString(java.nio.charset.StandardCharsets.UTF_8);
      if (status != 0 || report.contains(": error:")) {
        fail(what + ": javadoc -Xdoclint reports errors:\n" + report);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
