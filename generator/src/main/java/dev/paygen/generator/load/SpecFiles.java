package dev.paygen.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** Reads a YAML or JSON spec file into a tree, for the checks Swagger Parser does not make. */
final class SpecFiles {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();

  private SpecFiles() {}

  static JsonNode read(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return (name.endsWith(".json") ? JSON : YAML).readTree(file.toFile());
  }
}
