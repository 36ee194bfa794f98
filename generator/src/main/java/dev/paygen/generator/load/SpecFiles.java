package dev.paygen.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a YAML or JSON spec file into a tree: YAML by YAML 1.2's core schema ({@link Yaml12}), so
 * {@code NO} or {@code on} stay strings, for paygen's own checks and, through {@link SpecLoader},
 * for Swagger Parser too.
 */
final class SpecFiles {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SpecFiles() {}

  static JsonNode read(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".json") ? JSON.readTree(file.toFile()) : Yaml12.read(file);
  }
}
