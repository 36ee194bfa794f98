package dev.paygen.generator.load;

import dev.paygen.generator.GenerationRequest;

/** Turns a parsed spec into the immutable {@link dev.paygen.generator.model.ApiModel}. */
public final class ModelBuilder {
  private ModelBuilder() {}

  public static ModelResult build(LoadedSpec spec, GenerationRequest request) {
    throw new UnsupportedOperationException("not yet");
  }
}
