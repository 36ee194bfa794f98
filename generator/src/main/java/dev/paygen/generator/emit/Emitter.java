package dev.paygen.generator.emit;

import dev.paygen.generator.GeneratedFile;
import dev.paygen.generator.JsonLibrary;
import dev.paygen.generator.model.ApiModel;
import java.util.Comparator;
import java.util.List;

/** Renders a model to Java sources, sorted by path: pure functions, no I/O. */
public final class Emitter {
  private Emitter() {}

  /**
   * Renders the model for Jackson 2.
   *
   * @param model the API to render
   * @return the sources, sorted by path
   */
  public static List<GeneratedFile> emit(ApiModel model) {
    return emit(model, JsonLibrary.JACKSON2);
  }

  /**
   * Renders the model for the given JSON library (Jackson 2 or 3 names).
   *
   * @param model the API to render
   * @param json the JSON library the generated code is written for
   * @return the sources, sorted by path
   */
  public static List<GeneratedFile> emit(ApiModel model, JsonLibrary json) {
    JavaTypes types = new JavaTypes(model.modelPackage(), json);
    List<GeneratedFile> files;
    try (Renderer renderer = new Renderer(model.specFile())) {
      ModelEmitter.emit(model, types, renderer);
      ClientEmitter.emit(model, types, renderer);
      files = renderer.files();
    }
    if (!model.types().isEmpty()) {
      files.add(Sources.packageInfo(
          model.modelPackage(), "The API's records, enums and unions", model.specFile()));
    }
    // Service methods return ApiClient.executeTyped's never-null result (an empty body where the
    // spec documents one throws), so the service and client packages are null-marked too.
    if (!model.services().isEmpty()) {
      files.add(Sources.packageInfo(
          model.servicePackage(),
          "The API's services, their implementations and params records",
          model.specFile()));
    }
    files.add(Sources.packageInfo(
        model.basePackage(),
        "The API's client and its builder"
            + (model.webhooks().isEmpty() ? "" : ", and its webhooks"),
        model.specFile()));
    files.sort(Comparator.comparing(GeneratedFile::relativePath));
    return List.copyOf(files);
  }
}
