package dev.paygen.generator.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paygen.generator.diff.ApiElement.Kind;
import dev.paygen.generator.model.ApiModel;
import dev.paygen.generator.model.EnumModel;
import dev.paygen.generator.model.OperationModel;
import dev.paygen.generator.model.OperationModel.ParameterModel;
import dev.paygen.generator.model.PropertyModel;
import dev.paygen.generator.model.RecordModel;
import dev.paygen.generator.model.SecuritySchemeModel;
import dev.paygen.generator.model.ServiceModel;
import dev.paygen.generator.model.TypeModel;
import dev.paygen.generator.model.UnionModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The public Java API a model generates, as a sorted map from element to signature.
 *
 * <p>An element ({@link ApiElement}) is written {@code <kind> <name>}, the name relative to the base
 * package: {@code type
 * model.Payment}, {@code component model.Payment.customerId}, {@code constant
 * model.PaymentStatus.SUCCEEDED}, {@code variant model.Event.PaymentSucceeded}, {@code method
 * service.PaymentsService.create}, {@code accessor DodoPaymentsClient.payments}, {@code setter
 * DodoPaymentsClient.Builder.bearerToken}. Signatures: a type's kind ({@code record}, {@code enum},
 * {@code union}, {@code service}, {@code params}, {@code client}); a component's {@code required
 * <type>} or {@code optional <type>} ({@link ComponentSignature}, types as the emitters write them);
 * a constant's wire value; a
 * variant's type (and the value a wrapper holds); a method's {@code (argument types) -> return type}
 * (the async twin and the overloads follow from it); an accessor's return type; a setter's
 * argument types.
 *
 * @param elements every element and its signature, sorted by element
 */
public record ApiSurface(SortedMap<ApiElement, String> elements) {
  /** The file {@code generate} writes beside its manifest, so a later run can diff against it. */
  public static final String FILE_NAME = ".paygen-api.json";

  private static final int FORMAT = 1;
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * Copies the elements into an unmodifiable map sorted by element.
   *
   * @param elements every element and its signature, sorted by element
   */
  public ApiSurface {
    elements = Collections.unmodifiableSortedMap(new TreeMap<>(elements));
  }

  /**
   * Lists what a model generates.
   *
   * @param model the API to generate
   * @return the surface {@code model} generates
   */
  public static ApiSurface of(ApiModel model) {
    Builder b = new Builder();
    List<TypeModel> pending = new ArrayList<>(model.types());
    while (!pending.isEmpty()) {
      TypeModel type = pending.remove(pending.size() - 1);
      b.type(type);
      pending.addAll(type.nested());
    }
    for (ServiceModel service : model.services()) {
      String iface = "service." + service.name() + "Service";
      b.put(Kind.TYPE, iface, "service");
      for (OperationModel op : service.operations()) {
        b.put(Kind.METHOD, iface + "." + op.methodName(), signature(op));
        if (op.paramsType() != null) {
          b.params(op);
        }
      }
    }
    String client = model.clientName() + "Client";
    b.put(Kind.TYPE, client, "client");
    for (ServiceModel service : model.services()) {
      b.put(Kind.ACCESSOR, client + "." + service.accessor(), service.name() + "Service");
    }
    if (!model.webhooks().isEmpty()) {
      b.put(
          Kind.ACCESSOR, client + "." + model.webhooksAccessor(), model.clientName() + "Webhooks");
    }
    for (SecuritySchemeModel scheme : model.securitySchemes()) {
      b.put(
          Kind.SETTER,
          client + ".Builder." + scheme.setterName(),
          scheme.kind() == SecuritySchemeModel.Kind.BASIC ? "(String, String)" : "(String)");
    }
    return new ApiSurface(b.elements);
  }

  /** {@code (String, CreatePaymentRequest) -> Payment}, noting when the params may be left out. */
  private static String signature(OperationModel op) {
    List<String> args = new ArrayList<>();
    op.pathParams().forEach(p -> args.add(p.type().javaSource(true)));
    if (op.body() != null) {
      args.add(op.body().type().javaSource(false));
    }
    if (op.paramsType() != null) {
      args.add(op.paramsType());
    }
    String returns;
    if (op.pagination() != null) {
      returns = "Page<" + op.pagination().itemType().javaSource(false) + ">";
    } else {
      returns = op.response() == null ? "void" : op.response().type().javaSource(false);
    }
    String omit = op.paramsType() != null && op.paramsOptional() ? ", params optional" : "";
    return "(" + String.join(", ", args) + ") -> " + returns + omit;
  }

  /** Collects elements; every id is unique by construction of the model's names. */
  private static final class Builder {
    final SortedMap<ApiElement, String> elements = new TreeMap<>();

    void put(Kind kind, String name, String signature) {
      elements.put(new ApiElement(kind, name), signature);
    }

    void type(TypeModel type) {
      String name = "model." + type.name();
      if (type instanceof RecordModel record) {
        put(Kind.TYPE, name, "record");
        for (PropertyModel p : record.properties()) {
          put(
              Kind.COMPONENT,
              name + "." + p.javaName(),
              component(p.required(), p.type().javaSource(false)));
        }
      } else if (type instanceof EnumModel enumModel) {
        put(Kind.TYPE, name, "enum");
        for (EnumModel.EnumConstant c : enumModel.constants()) {
          put(Kind.CONSTANT, name + "." + c.javaName(), c.wireValue());
        }
      } else if (type instanceof UnionModel union) {
        put(Kind.TYPE, name, "union");
        for (UnionModel.UnionVariant v : union.variants()) {
          String signature = v.wrapped() == null
              ? v.type().toString()
              : v.type() + " wrapping " + v.wrapped().javaSource(false);
          put(Kind.VARIANT, name + "." + v.type().simpleName(), signature);
        }
      }
    }

    void params(OperationModel op) {
      String name = "service." + op.paramsType();
      put(Kind.TYPE, name, "params");
      List<ParameterModel> params = new ArrayList<>(op.queryParams());
      params.addAll(op.headerParams());
      params.addAll(op.cookieParams());
      for (ParameterModel p : params) {
        // Boxed even when required, as ParamsEmitter writes them.
        put(
            Kind.COMPONENT,
            name + "." + p.javaName(),
            component(p.required(), p.type().javaSource(false)));
      }
    }

    private static String component(boolean required, String type) {
      return new ComponentSignature(required, type).toString();
    }
  }

  /**
   * {@return the surface as deterministic JSON: {@code {"paygenApiSurface": 1, "elements": {id:
   * signature, ...}}}, sorted}
   */
  public String toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("paygenApiSurface", FORMAT);
    ObjectNode items = root.putObject("elements");
    elements.forEach((element, signature) -> items.put(element.toString(), signature));
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings always serializes", e);
    }
  }

  /**
   * Reads what {@link #toJson()} wrote.
   *
   * @param json the JSON text
   * @return the surface it describes
   * @throws IllegalArgumentException if {@code json} is not a paygen API surface
   */
  public static ApiSurface fromJson(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null
        || root.path("paygenApiSurface").asInt() != FORMAT
        || !root.path("elements").isObject()) {
      throw new IllegalArgumentException("not a paygen API surface (format " + FORMAT
          + "): no \"paygenApiSurface\": " + FORMAT + " and \"elements\" object");
    }
    SortedMap<ApiElement, String> elements = new TreeMap<>();
    for (Map.Entry<String, JsonNode> field : root.path("elements").properties()) {
      ApiElement element = ApiElement.parse(field.getKey());
      String signature = field.getValue().asText();
      if (element.kind() == Kind.COMPONENT) {
        ComponentSignature.parse(signature); // ApiDiff reads it; reject a damaged one here
      }
      elements.put(element, signature);
    }
    return new ApiSurface(elements);
  }

  /**
   * Writes {@link #toJson()} to a file as UTF-8.
   *
   * @param file the file to write, replaced if it exists
   * @throws IOException if the file cannot be written
   */
  public void write(Path file) throws IOException {
    Files.writeString(file, toJson(), StandardCharsets.UTF_8);
  }

  /**
   * Reads a surface file.
   *
   * @param file the file {@link #write(Path)} wrote
   * @return the surface it describes
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if the file is not a paygen API surface
   */
  public static ApiSurface read(Path file) throws IOException {
    return fromJson(Files.readString(file, StandardCharsets.UTF_8));
  }
}
