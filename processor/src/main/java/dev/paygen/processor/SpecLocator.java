package dev.paygen.processor;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Finds the spec a {@link GenerateClient} names: a file under {@code paygen.baseDir} (or the working
 * directory), or a {@code classpath:} resource on the processor path, copied to a temporary file when
 * it lives inside a jar.
 */
final class SpecLocator {
  private static final String CLASSPATH_PREFIX = "classpath:";

  private final String baseDirOption;
  private final Filer filer;

  SpecLocator(String baseDirOption, Filer filer) {
    this.baseDirOption = baseDirOption;
    this.filer = filer;
  }

  /** A spec file ready to read, or the reason there is none; closing it removes a temporary copy. */
  record Located(Path path, String problem, Path temporary) implements AutoCloseable {
    static Located file(Path path) {
      return new Located(path, null, null);
    }

    static Located problem(String problem) {
      return new Located(null, problem, null);
    }

    @Override
    public void close() throws IOException {
      if (temporary != null) {
        Files.deleteIfExists(temporary.resolve(path.getFileName()));
        Files.deleteIfExists(temporary);
      }
    }
  }

  Located locate(String spec) throws IOException {
    if (spec == null || spec.isBlank()) {
      return Located.problem(
          "paygen: @GenerateClient(spec) is empty. Fix: name an OpenAPI file, e.g. "
              + "spec = \"src/main/openapi/api.yaml\", or classpath:paygen/specs/dodo-payments.yaml");
    }
    String value = spec.trim();
    return value.startsWith(CLASSPATH_PREFIX)
        ? fromClasspath(value.substring(CLASSPATH_PREFIX.length()))
        : fromFile(value);
  }

  private Located fromFile(String value) {
    boolean hasOption = baseDirOption != null && !baseDirOption.isBlank();
    Path base = hasOption ? Path.of(baseDirOption.trim()) : Path.of("");
    Path file = base.resolve(value).toAbsolutePath().normalize();
    if (!Files.isRegularFile(file)) {
      String against = hasOption
          ? "the processor option paygen.baseDir=" + baseDirOption
          : "the working directory " + Path.of("").toAbsolutePath()
              + " (no -Apaygen.baseDir given)";
      return Located.problem("paygen: spec file " + value + " not found: looked for " + file
          + ", resolved against " + against
          + ". Fix: pass -Apaygen.baseDir=<project dir> to javac, or give a path that exists");
    }
    return Located.file(file);
  }

  private Located fromClasspath(String resource) throws IOException {
    String name = resource.startsWith("/") ? resource.substring(1) : resource;
    URL url = SpecLocator.class.getClassLoader() == null
        ? null
        : SpecLocator.class.getClassLoader().getResource(name);
    if (url == null) {
      url = onClassPath(name);
    }
    if (url == null) {
      return Located.problem(
          "paygen: spec classpath:" + name + " is not on the annotation processor path. "
              + "Fix: add the jar that contains it (e.g. dev.paygen:paygen-spec) next to paygen-processor in "
              + "annotationProcessorPaths (Maven) or the annotationProcessor configuration (Gradle)");
    }
    if ("file".equals(url.getProtocol())) {
      try {
        return Located.file(Path.of(url.toURI())); // a directory entry: $refs beside it resolve too
      } catch (URISyntaxException | IllegalArgumentException e) {
        // fall through and copy it
      }
    }
    Path directory = Files.createTempDirectory("paygen-spec");
    Path copy = directory.resolve(name.substring(name.lastIndexOf('/') + 1));
    URLConnection connection = url.openConnection();
    connection.setUseCaches(false); // a cached JarFile would stay open after compilation
    try (InputStream in = connection.getInputStream()) {
      Files.copy(in, copy);
    }
    return new Located(copy, null, directory);
  }

  /** Falls back to the compile class path, through the Filer, for tools that put the spec there. */
  private URL onClassPath(String name) {
    int slash = name.lastIndexOf('/');
    String pkg = slash < 0 ? "" : name.substring(0, slash).replace('/', '.');
    try {
      FileObject file =
          filer.getResource(StandardLocation.CLASS_PATH, pkg, name.substring(slash + 1));
      URI uri = file.toUri();
      try (InputStream probe = file.openInputStream()) {
        return probe == null ? null : uri.toURL();
      }
    } catch (IOException | IllegalArgumentException | UnsupportedOperationException e) {
      return null;
    }
  }
}
