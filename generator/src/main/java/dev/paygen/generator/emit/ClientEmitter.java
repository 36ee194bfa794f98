package dev.paygen.generator.emit;

import com.palantir.javapoet.ClassName;
import dev.paygen.generator.GeneratedFile;
import dev.paygen.generator.model.ApiModel;
import dev.paygen.generator.model.OperationModel;
import dev.paygen.generator.model.RecordModel;
import dev.paygen.generator.model.ServiceModel;
import dev.paygen.generator.model.TypeModel;
import dev.paygen.generator.model.TypeName;
import dev.paygen.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Emits the service interfaces, their implementations, params records and the client entry point. */
final class ClientEmitter {
  private ClientEmitter() {}

  /** The files {@link #emit(ApiModel, JavaTypes, Renderer)} adds, rendered on this thread. */
  static List<GeneratedFile> emit(ApiModel model, JavaTypes types) {
    try (Renderer renderer = new Renderer(model.specFile(), 0)) {
      emit(model, types, renderer);
      return renderer.files();
    }
  }

  /** Adds the services, their implementations, params records and the client to {@code renderer}. */
  static void emit(ApiModel model, JavaTypes types, Renderer renderer) {
    Set<TypeName> deprecatedTypes = deprecatedTypes(model.types(), new HashSet<>());
    // One record per params type, however many operations share it; written where first used.
    Map<String, List<OperationModel>> paramsUsers = new LinkedHashMap<>();
    model
        .services()
        .forEach(s -> s.operations().stream()
            .filter(op -> op.paramsType() != null)
            .forEach(op -> paramsUsers
                .computeIfAbsent(op.paramsType(), k -> new ArrayList<>())
                .add(op)));
    for (ServiceModel service : model.services()) {
      List<OperationSignature> ops = new ArrayList<>();
      boolean suppress = false;
      for (OperationModel op : service.operations()) {
        ops.add(new OperationSignature(op, types, model.servicePackage()));
        suppress |= usesDeprecated(op, deprecatedTypes);
        List<OperationModel> users =
            op.paramsType() == null ? null : paramsUsers.get(op.paramsType());
        if (users != null && users.get(0).pointer().equals(op.pointer())) {
          ClassName params = ClassName.get(model.servicePackage(), op.paramsType());
          renderer.add(model.servicePackage(), ParamsEmitter.emit(users, params, types));
        }
      }
      ClassName iface = ServiceEmitter.interfaceName(model.servicePackage(), service);
      renderer.add(model.servicePackage(), ServiceEmitter.emit(service, ops, suppress));
      renderer.add(
          model.servicePackage(),
          ServiceImplEmitter.emit(service, iface, ops, suppress, types.jackson()));
    }
    ClassName webhooks = null;
    if (!model.webhooks().isEmpty()) {
      webhooks = WebhooksEmitter.name(model);
      renderer.add(model.basePackage(), WebhooksEmitter.emit(model, types));
    }
    renderer.add(model.basePackage(), ClientClassEmitter.emit(model, webhooks, types.jackson()));
  }

  private static Set<TypeName> deprecatedTypes(List<TypeModel> types, Set<TypeName> into) {
    for (TypeModel type : types) {
      if (type instanceof RecordModel record && record.deprecated()) {
        into.add(record.name());
      }
      deprecatedTypes(type.nested(), into);
    }
    return into;
  }

  private static boolean usesDeprecated(OperationModel op, Set<TypeName> deprecated) {
    List<TypeRef> refs = new ArrayList<>();
    if (op.body() != null) {
      refs.add(op.body().type());
    }
    if (op.response() != null) {
      refs.add(op.response().type());
    }
    if (op.pagination() != null) {
      refs.add(op.pagination().itemType());
    }
    op.pathParams().forEach(p -> refs.add(p.type()));
    return refs.stream().anyMatch(r -> mentions(r, deprecated));
  }

  private static boolean mentions(TypeRef ref, Set<TypeName> deprecated) {
    if (ref instanceof TypeRef.Named named) {
      List<String> names = named.name().simpleNames();
      return deprecated.stream()
          .anyMatch(d -> d.simpleNames().size() <= names.size()
              && names.subList(0, d.simpleNames().size()).equals(d.simpleNames()));
    }
    if (ref instanceof TypeRef.ListOf list) {
      return mentions(list.items(), deprecated);
    }
    if (ref instanceof TypeRef.MapOf map) {
      return mentions(map.values(), deprecated);
    }
    return false;
  }
}
