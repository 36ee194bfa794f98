package dev.paygen.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The runtime's version as the build wrote it into {@code version.properties} (a resource filtered
 * with {@code ${project.version}}), so that it cannot drift from the pom.
 */
final class RuntimeVersion {
  private RuntimeVersion() {}

  /** Reads the version: the filtered resource, else the jar manifest, else {@code unknown}. */
  static String read() {
    // Loaded through a class of this package: in a named module its resources are encapsulated,
    // and Class.getResourceAsStream is the caller-sensitive lookup that may read them.
    try (InputStream in = RuntimeVersion.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        String version = properties.getProperty("version", "").trim();
        if (!version.isEmpty() && !version.startsWith("${")) {
          return version;
        }
      }
    } catch (IOException e) {
      // fall back to the manifest
    }
    String manifest = RuntimeVersion.class.getPackage().getImplementationVersion();
    return manifest != null ? manifest : "unknown";
  }
}
