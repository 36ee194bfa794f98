package dev.paygen.generator.load;

import dev.paygen.generator.model.ApiModel;
import dev.paygen.generator.model.EnumModel;
import dev.paygen.generator.model.OperationModel;
import dev.paygen.generator.model.RecordModel;
import dev.paygen.generator.model.ServiceModel;
import dev.paygen.generator.model.TypeModel;
import dev.paygen.generator.model.UnionModel;
import dev.paygen.generator.model.WebhookModel;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every Java name of a model, keyed by where it comes from in the spec: a type by its schema's JSON
 * pointer, a union's wrapper record by the union's pointer and the wrapped type, a record component
 * by its owner's pointer and wire name, an enum constant by its enum's pointer and wire value, a
 * service method (with its service) and its params record by the operation's pointer, a webhook
 * record by its event. A component's or a constant's own name is compared, not its owner's (that
 * one is compared as a type). Two versions of a spec compare origin by origin.
 */
final class JavaNamesByOrigin {
  private JavaNamesByOrigin() {}

  /** Origin → Java name, sorted by origin. */
  static Map<String, String> of(ApiModel model) {
    Map<String, String> names = new TreeMap<>();
    model.types().forEach(type -> addType(type, names));
    for (ServiceModel service : model.services()) {
      for (OperationModel op : service.operations()) {
        names.put("method " + op.pointer(), service.name() + "Service." + op.methodName());
        if (op.paramsType() != null) {
          names.put("params " + op.pointer(), op.paramsType());
        }
      }
    }
    for (WebhookModel webhook : model.webhooks()) {
      names.put("webhook " + webhook.eventName(), webhook.recordName());
    }
    return names;
  }

  private static void addType(TypeModel type, Map<String, String> names) {
    put(names, "type " + type.pointer(), type.name().toString());
    if (type instanceof RecordModel r) {
      r.properties()
          .forEach(p -> names.put("component " + r.pointer() + " " + p.wireName(), p.javaName()));
    } else if (type instanceof UnionModel u) {
      u.variants().stream()
          .filter(v -> v.wrapped() != null)
          .forEach(v ->
              put(names, "wrapper " + u.pointer() + " " + v.wrapped(), v.type().simpleName()));
    } else if (type instanceof EnumModel e) {
      e.constants()
          .forEach(c -> names.put("constant " + e.pointer() + " " + c.wireValue(), c.javaName()));
    }
    // a union's variants are types of their own: nested ones are listed here, components above
    type.nested().forEach(nested -> addType(nested, names));
  }

  /**
   * Adds a name whose origin another name may share (the inline schemas of an operation's
   * parameters share one pointer; a union's inline variant and its wrapper share the variant's):
   * the later ones are told apart by their rank, {@code #2}, {@code #3}, in spec order.
   */
  private static void put(Map<String, String> names, String origin, String name) {
    String key = origin;
    for (int i = 2; names.containsKey(key); i++) {
      key = origin + " #" + i;
    }
    names.put(key, name);
  }
}
