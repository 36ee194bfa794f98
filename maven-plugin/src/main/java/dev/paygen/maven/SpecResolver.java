package dev.paygen.maven;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;

/**
 * Turns the {@code spec} parameter into a file the generator can read.
 *
 * <p>A {@code classpath:} spec is looked up on the project's compile classpath and copied, alone, to
 * {@code target/paygen/<execution-id>/}; the copy is rewritten only when its bytes change, so the
 * generator's fingerprint sees the same path and content on every build.
 */
final class SpecResolver {
  static final String CLASSPATH_PREFIX = "classpath:";

  private final MavenProject project;
  private final String executionId;

  SpecResolver(MavenProject project, String executionId) {
    this.project = project;
    this.executionId = executionId;
  }

  Path resolve(String spec) throws MojoFailureException, MojoExecutionException {
    if (spec == null || spec.isBlank()) {
      throw new MojoFailureException(
          "paygen: <spec> is required: a file such as src/main/openapi/api.yaml, "
              + "or classpath:paygen/specs/dodo-payments.yaml for a spec inside a dependency");
    }
    String value = spec.trim();
    if (value.startsWith(CLASSPATH_PREFIX)) {
      return copyFromClasspath(value.substring(CLASSPATH_PREFIX.length()));
    }
    Path file = project.getBasedir().toPath().resolve(value).normalize();
    if (!Files.isRegularFile(file)) {
      throw new MojoFailureException("paygen: spec file " + file
          + " does not exist. Fix: point <spec> at an " + "OpenAPI file (relative to "
          + project.getBasedir() + "), or use classpath:... for one in a dependency");
    }
    return file;
  }

  private Path copyFromClasspath(String resource)
      throws MojoFailureException, MojoExecutionException {
    String name = resource.startsWith("/") ? resource.substring(1) : resource;
    List<String> elements = compileClasspath();
    try (URLClassLoader loader = new URLClassLoader(toUrls(elements), null)) {
      URL url = loader.getResource(name);
      if (url == null) {
        throw new MojoFailureException(
            "paygen: spec classpath:" + name + " is not on the compile classpath of "
                + project.getArtifactId() + " (searched " + elements.size()
                + " entries). Fix: add the dependency "
                + "that contains it, e.g. dev.paygen:paygen-spec");
      }
      String fileName = name.substring(name.lastIndexOf('/') + 1);
      Path target = Path.of(project.getBuild().getDirectory(), "paygen", executionId, fileName);
      byte[] bytes;
      URLConnection connection = url.openConnection();
      connection.setUseCaches(false); // a cached JarFile would stay open after the loader closes
      try (InputStream in = connection.getInputStream()) {
        bytes = in.readAllBytes();
      }
      if (!Files.isRegularFile(target) || !Arrays.equals(Files.readAllBytes(target), bytes)) {
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), fileName, ".tmp");
        Files.write(temp, bytes);
        Files.move(
            temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
      return target;
    } catch (IOException e) {
      throw new MojoExecutionException(
          "paygen: cannot copy classpath:" + name + " to " + project.getBuild().getDirectory()
              + ": " + e.getMessage(),
          e);
    }
  }

  private List<String> compileClasspath() throws MojoExecutionException {
    try {
      return new ArrayList<>(project.getCompileClasspathElements());
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException(
          "paygen: the compile classpath of " + project.getArtifactId() + " is not resolved", e);
    }
  }

  private static URL[] toUrls(List<String> elements) throws MojoExecutionException {
    List<URL> urls = new ArrayList<>();
    for (String element : elements) {
      try {
        urls.add(new File(element).toURI().toURL());
      } catch (MalformedURLException e) {
        throw new MojoExecutionException("paygen: bad classpath entry " + element, e);
      }
    }
    return urls.toArray(URL[]::new);
  }
}
