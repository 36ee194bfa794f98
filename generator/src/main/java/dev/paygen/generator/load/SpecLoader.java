package dev.paygen.generator.load;

import java.nio.file.Path;
import java.util.List;

/** Reads a spec with Swagger Parser and turns its messages into located diagnostics. */
public final class SpecLoader {
  private SpecLoader() {}

  public static LoadedSpec load(Path spec, boolean allowRemoteRefs) {
    throw new UnsupportedOperationException("not yet");
  }

  static List<Path> unused() {
    return List.of();
  }
}
