package dev.paygen.generator.emit;

import dev.paygen.generator.GeneratedFile;
import dev.paygen.generator.model.ApiModel;
import java.util.List;

/** Emits the service interfaces, their implementations, params records and the client entry point. */
final class ClientEmitter {
  private ClientEmitter() {}

  static List<GeneratedFile> emit(ApiModel model, JavaTypes types) {
    return List.of();
  }
}
