package dev.paygen.generator.load;

import dev.paygen.generator.DiagnosticCode;
import dev.paygen.generator.model.OperationModel.ParameterModel;
import dev.paygen.generator.model.OperationModel.ResponseModel;
import dev.paygen.generator.model.PaginationModel;
import dev.paygen.generator.model.PaginationModel.CursorPagination;
import dev.paygen.generator.model.PaginationModel.PageNumberPagination;
import dev.paygen.generator.model.PropertyModel;
import dev.paygen.generator.model.RecordModel;
import dev.paygen.generator.model.TypeModel;
import dev.paygen.generator.model.TypeName;
import dev.paygen.generator.model.TypeRef;
import io.swagger.v3.oas.models.Operation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises list operations that page: page-number pages ({@code page_number}/{@code page} with
 * an object response holding one array) and cursor pages ({@code starting_after}/{@code after}/
 * {@code cursor} with a {@code has_more} flag), or as {@code x-paygen-pagination} states.
 */
final class PaginationDetector {
  private static final List<String> PAGE_PARAMS = List.of("page_number", "page");
  private static final List<String> SIZE_PARAMS = List.of("page_size", "per_page", "limit");
  private static final List<String> CURSOR_PARAMS = List.of("starting_after", "after", "cursor");
  /** The query parameters that make an operation a page: a page number or a cursor. */
  static final Set<String> PAGE_OR_CURSOR =
      Set.of("page_number", "page", "starting_after", "after", "cursor");

  private static final List<String> ITEM_PROPERTIES = List.of("items", "data");

  private final TypeResolver resolver;
  private final Report report;
  private final Map<TypeName, TypeModel> typesByName = new HashMap<>();
  /** How many of {@link TypeResolver#builtTypes()} {@link #typesByName} holds, nested ones aside. */
  private int indexed;

  PaginationDetector(TypeResolver resolver, Report report) {
    this.resolver = resolver;
    this.report = report;
  }

  PaginationModel detect(
      Operation op, List<ParameterModel> query, ResponseModel response, String pointer) {
    Object configured =
        op.getExtensions() == null ? null : op.getExtensions().get("x-paygen-pagination");
    if (response == null || !(response.type() instanceof TypeRef.Named named)) {
      if (configured != null) {
        report.warning(
            DiagnosticCode.W070_PAGINATION_NO_RESPONSE,
            pointer,
            "x-paygen-pagination needs a response object holding the items;"
                + " the operation is not paged",
            "point the success response at an object schema");
      }
      return null;
    }
    Optional<RecordModel> record = findRecord(named.name());
    if (record.isEmpty()) {
      return null;
    }
    if (configured instanceof Map<?, ?> config) {
      return fromExtension(config, record.get(), pointer);
    }
    String cursor = first(query, CURSOR_PARAMS);
    String page = first(query, PAGE_PARAMS);
    Optional<PropertyModel> items = items(record.get(), null);
    if (items.isEmpty()) {
      return null;
    }
    TypeRef itemType = ((TypeRef.ListOf) items.get().type()).items();
    if (cursor != null) {
      Optional<PropertyModel> hasMore = property(record.get(), "has_more");
      String id = idOf(itemType, "id");
      if (hasMore.isPresent() && id != null) {
        return new CursorPagination(
            cursor, items.get().javaName(), itemType, hasMore.get().javaName(), id);
      }
    }
    if (page != null) {
      return new PageNumberPagination(
          page,
          page.equals("page") ? 1 : 0,
          first(query, SIZE_PARAMS),
          items.get().javaName(),
          itemType);
    }
    return null;
  }

  private PaginationModel fromExtension(Map<?, ?> config, RecordModel record, String pointer) {
    String kind = String.valueOf(config.get("kind"));
    Optional<PropertyModel> items = items(record, (String) config.get("items"));
    if (items.isEmpty()) {
      report.warning(
          DiagnosticCode.W071_PAGINATION_NO_ITEMS,
          pointer + "/x-paygen-pagination",
          "the response " + record.name() + " has no array property to page over",
          "name it with 'items: <property>'");
      return null;
    }
    TypeRef itemType = ((TypeRef.ListOf) items.get().type()).items();
    if (kind.equals("cursor")) {
      String hasMoreName = Objects.toString(config.get("has-more"), "has_more");
      Optional<PropertyModel> hasMore = property(record, hasMoreName);
      String id = Objects.toString(config.get("id"), "id");
      String idJava = idOf(itemType, id);
      if (hasMore.isEmpty() || idJava == null) {
        report.warning(
            DiagnosticCode.W072_PAGINATION_NO_CURSOR,
            pointer + "/x-paygen-pagination",
            "cursor paging needs '" + hasMoreName + "' on the response and '" + id
                + "' on each item",
            "fix the extension's has-more and id");
        return null;
      }
      return new CursorPagination(
          Objects.toString(config.get("cursor-param"), "starting_after"),
          items.get().javaName(),
          itemType,
          hasMore.get().javaName(),
          idJava);
    }
    Object first = config.get("first-page");
    return new PageNumberPagination(
        Objects.toString(config.get("page-param"), "page"),
        first instanceof Number n ? n.intValue() : 0,
        (String) config.get("size-param"),
        items.get().javaName(),
        itemType);
  }

  private static String first(List<ParameterModel> query, List<String> names) {
    for (String name : names) {
      for (ParameterModel p : query) {
        if (p.wireName().equals(name)) {
          return name;
        }
      }
    }
    return null;
  }

  private static Optional<PropertyModel> items(RecordModel record, String configured) {
    List<PropertyModel> arrays = record.properties().stream()
        .filter(p -> p.type() instanceof TypeRef.ListOf)
        .toList();
    if (configured != null) {
      return arrays.stream().filter(p -> p.wireName().equals(configured)).findFirst();
    }
    for (String name : ITEM_PROPERTIES) {
      for (PropertyModel p : arrays) {
        if (p.wireName().equals(name)) {
          return Optional.of(p);
        }
      }
    }
    return arrays.size() == 1 ? Optional.of(arrays.get(0)) : Optional.empty();
  }

  private static Optional<PropertyModel> property(RecordModel record, String wireName) {
    return record.properties().stream()
        .filter(p -> p.wireName().equals(wireName))
        .findFirst();
  }

  /** The Java accessor of an item's cursor property {@code wireName}, or null when items have none. */
  private String idOf(TypeRef itemType, String wireName) {
    return findRecord(itemType instanceof TypeRef.Named n ? n.name() : null)
        .flatMap(r -> property(r, wireName))
        .map(PropertyModel::javaName)
        .orElse(null);
  }

  /** The record a name refers to, among component types built so far and top-level inline types. */
  private Optional<RecordModel> findRecord(TypeName name) {
    if (name == null) {
      return Optional.empty();
    }
    TypeModel type = typesByName.get(name);
    if (type == null) {
      // Not indexed: index again if types were built since (the lists behind builtTypes only
      // grow, and a built type keeps its name, unique in the model package, so entries stay right).
      List<TypeModel> built = resolver.builtTypes();
      if (built.size() != indexed) {
        typesByName.clear();
        built.forEach(this::index);
        indexed = built.size();
        type = typesByName.get(name);
      }
    }
    return type instanceof RecordModel r ? Optional.of(r) : Optional.empty();
  }

  /**
   * Indexes a type and its nested types by name. A look-up per operation walked every type built so
   * far: operations times types, a large spec's slowest step of reading operations.
   */
  private void index(TypeModel type) {
    typesByName.putIfAbsent(type.name(), type);
    type.nested().forEach(this::index);
  }
}
