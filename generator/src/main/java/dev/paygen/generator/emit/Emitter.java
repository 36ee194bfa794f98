package dev.paygen.generator.emit;

import dev.paygen.generator.GeneratedFile;
import dev.paygen.generator.model.ApiModel;
import java.util.List;

/** Renders a model to Java sources, sorted by path. */
public final class Emitter {
  private Emitter() {}

  public static List<GeneratedFile> emit(ApiModel model) {
    throw new UnsupportedOperationException("not yet");
  }
}
