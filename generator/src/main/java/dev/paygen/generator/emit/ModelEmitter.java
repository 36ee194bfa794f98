package dev.paygen.generator.emit;

import com.palantir.javapoet.TypeSpec;
import dev.paygen.generator.model.ApiModel;
import dev.paygen.generator.model.EnumModel;
import dev.paygen.generator.model.RecordModel;
import dev.paygen.generator.model.TypeModel;
import dev.paygen.generator.model.TypeName;
import dev.paygen.generator.model.UnionModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/** Emits the model package: one file per top-level record, enum or union, nested types inside. */
final class ModelEmitter {
  private final JavaTypes types;
  private final Map<TypeName, TypeModel> byName = new java.util.HashMap<>();

  private ModelEmitter(JavaTypes types, List<TypeModel> all) {
    this.types = types;
    index(all);
  }

  private void index(List<TypeModel> all) {
    for (TypeModel type : all) {
      byName.put(type.name(), type);
      index(type.nested());
    }
  }

  /** The model type of a name, or null. */
  TypeModel find(TypeName name) {
    return byName.get(name);
  }

  /** Adds every top-level model type to {@code renderer}. */
  static void emit(ApiModel model, JavaTypes types, Renderer renderer) {
    ModelEmitter emitter = new ModelEmitter(types, model.types());
    for (TypeModel type : model.types()) {
      renderer.add(model.modelPackage(), emitter.type(type, false));
    }
  }

  /** Emits a type; nested types are {@code static}, top-level ones carry {@code @Generated}. */
  TypeSpec type(TypeModel type, boolean nested) {
    TypeSpec.Builder builder;
    if (type instanceof RecordModel record) {
      builder = new RecordEmitter(types, this).emit(record);
    } else if (type instanceof EnumModel enumModel) {
      builder = EnumEmitter.emit(enumModel);
    } else {
      builder = new UnionEmitter(types, this).emit((UnionModel) type);
    }
    if (nested) {
      builder.addModifiers(Modifier.STATIC);
    } else {
      builder.addAnnotation(Sources.GENERATED);
    }
    return builder.build();
  }

  /** The nested types of {@code type}, emitted. */
  List<TypeSpec> nested(TypeModel type) {
    List<TypeSpec> specs = new ArrayList<>();
    for (TypeModel nested : type.nested()) {
      specs.add(type(nested, true));
    }
    return specs;
  }

  /** Javadoc text for a type: its description and the JSON pointer it came from. */
  static String typeDoc(String description, String pointer) {
    String text = Sources.paragraph(description);
    // <p> only after a description: opening with it would leave the type's summary empty.
    return (text.isEmpty() ? "" : text + "\n<p>") + "Schema: {@code #" + Sources.javadoc(pointer)
        + "}\n";
  }
}
