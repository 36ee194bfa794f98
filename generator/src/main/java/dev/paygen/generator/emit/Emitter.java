package dev.paygen.generator.emit;

import dev.paygen.generator.GeneratedFile;
import dev.paygen.generator.model.ApiModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Renders a model to Java sources, sorted by path: pure functions, no I/O. */
public final class Emitter {
  private Emitter() {}

  public static List<GeneratedFile> emit(ApiModel model) {
    JavaTypes types = new JavaTypes(model.modelPackage());
    List<GeneratedFile> files = new ArrayList<>(ModelEmitter.emit(model, types));
    files.addAll(ClientEmitter.emit(model, types));
    if (!model.types().isEmpty()) {
      files.add(Sources.packageInfo(
          model.modelPackage(), "The API's records, enums and unions", model.specFile()));
    }
    // Not the service package yet: its methods return what ApiClient.execute returns, which is
    // @Nullable (an empty body reads as null), and callers should not have to check every call.
    files.sort(Comparator.comparing(GeneratedFile::relativePath));
    return List.copyOf(files);
  }
}
