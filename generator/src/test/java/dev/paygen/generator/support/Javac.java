package dev.paygen.generator.support;

import static org.assertj.core.api.Assertions.fail;

import dev.paygen.generator.GeneratedFile;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources in-process the way users must be able to: {@code --release 17
 * -Xlint:all -Werror}, against this JVM's class path (which has paygen-runtime and Jackson).
 */
public final class Javac {
  private Javac() {}

  /** Compiles {@code files} into {@code classes}; fails the test with every javac diagnostic if any. */
  public static void compile(String what, List<GeneratedFile> files, Path classes) {
    compile(what, files, classes, System.getProperty("java.class.path"));
  }

  /** Like {@link #compile(String, List, Path)}, against the given class path. */
  public static void compile(
      String what, List<GeneratedFile> files, Path classes, String classPath) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      fail("no system Java compiler: run the tests on a JDK, not a JRE");
    }
    List<JavaFileObject> sources = new ArrayList<>();
    for (GeneratedFile file : files) {
      sources.add(new Source(file));
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter output = new StringWriter();
    List<String> options = List.of(
        "--release",
        "17",
        "-Xlint:all",
        "-Werror",
        "-proc:none",
        "-implicit:none",
        "-encoding",
        "UTF-8",
        "-classpath",
        classPath,
        "-d",
        classes.toString());
    try (StandardJavaFileManager fileManager =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      boolean ok = compiler
          .getTask(output, fileManager, diagnostics, options, null, sources)
          .call();
      if (!ok || !diagnostics.getDiagnostics().isEmpty()) {
        StringBuilder report =
            new StringBuilder(what + " does not compile cleanly with -Xlint:all -Werror:\n");
        int shown = 0;
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
          if (shown++ == 30) {
            report
                .append("... and ")
                .append(diagnostics.getDiagnostics().size() - 30)
                .append(" more\n");
            break;
          }
          String source = d.getSource() == null ? "" : d.getSource().getName();
          report
              .append(source)
              .append(':')
              .append(d.getLineNumber())
              .append(": ")
              .append(d.getKind())
              .append(": ")
              .append(d.getMessage(Locale.ROOT))
              .append('\n');
        }
        report.append(output);
        fail(report.toString());
      }
    } catch (IOException e) {
      fail("javac file manager failed", e);
    }
  }

  /** A generated file as an in-memory compilation unit named by its relative path. */
  private static final class Source extends SimpleJavaFileObject {
    private final String content;

    Source(GeneratedFile file) {
      super(URI.create("string:///" + file.relativePath()), Kind.SOURCE);
      this.content = file.content();
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return content;
    }
  }
}
