package dev.paygen.generator.emit;

import dev.paygen.generator.GeneratedFile;
import dev.paygen.generator.model.ApiModel;
import java.util.List;

/** Emits the model package: records, enums and unions. */
final class ModelEmitter {
  private ModelEmitter() {}

  static List<GeneratedFile> emit(ApiModel model, JavaTypes types) {
    return List.of();
  }
}
