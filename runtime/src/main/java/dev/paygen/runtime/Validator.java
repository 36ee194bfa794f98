package dev.paygen.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Walks generated values and collects {@link Violation}s with JSON paths: generated {@link
 * Validatable#validate(Validator)} methods call {@link #required}, {@link #readOnly}, {@link
 * #writeOnly} and {@link #nested} once per component, and this class does the walking into
 * records, unions, lists and maps.
 */
public final class Validator {
  /**
   * A name written as {@code .name} in a path. Compiled once: {@link UnionDeserializer} validates
   * every candidate variant it reads, so paths are built on the read path.
   */
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

  /** Which side of the wire a value is on: decides whether readOnly and writeOnly are demanded. */
  private enum Direction {
    REQUEST,
    RESPONSE
  }

  private final Direction direction;
  private final List<Violation> violations = new ArrayList<>();
  private String path = "$";

  private Validator(Direction direction) {
    this.direction = direction;
  }

  /**
   * Validates a response value (or a list or map of them): required {@code writeOnly} properties
   * are not demanded.
   *
   * @param value a generated value, a list or map of them, or anything else (no violations)
   * @return the violations, in document order
   */
  public static List<Violation> response(@Nullable Object value) {
    return new Validator(Direction.RESPONSE).walk(value);
  }

  /**
   * Validates a request value: required {@code readOnly} properties are not demanded.
   *
   * @param value a generated value, a list or map of them, or anything else (no violations)
   * @return the violations, in document order
   */
  public static List<Violation> request(@Nullable Object value) {
    return new Validator(Direction.REQUEST).walk(value);
  }

  private List<Violation> walk(@Nullable Object value) {
    visit(value);
    return List.copyOf(violations);
  }

  /**
   * A required component: reported when null, else walked.
   *
   * @param wireName the JSON name
   * @param value the component's value
   */
  public void required(String wireName, @Nullable Object value) {
    if (value == null) {
      violations.add(new Violation(child(path, wireName), "is required, but is missing"));
    } else {
      nested(wireName, value);
    }
  }

  /**
   * A required {@code readOnly} component: demanded in responses only.
   *
   * @param wireName the JSON name
   * @param value the component's value
   */
  public void readOnly(String wireName, @Nullable Object value) {
    if (direction == Direction.RESPONSE) {
      required(wireName, value);
    } else {
      nested(wireName, value);
    }
  }

  /**
   * A required {@code writeOnly} component: demanded in requests only.
   *
   * @param wireName the JSON name
   * @param value the component's value
   */
  public void writeOnly(String wireName, @Nullable Object value) {
    if (direction == Direction.REQUEST) {
      required(wireName, value);
    } else {
      nested(wireName, value);
    }
  }

  /**
   * An optional component that may hold generated values: walked when present.
   *
   * @param wireName the JSON name
   * @param value the component's value
   */
  public void nested(String wireName, @Nullable Object value) {
    if (value == null) {
      return;
    }
    String parent = path;
    path = child(parent, wireName);
    try {
      visit(value);
    } finally {
      path = parent;
    }
  }

  /**
   * A wrapper (a union's variant around a list, map or scalar): its value is walked at this path.
   *
   * @param value the wrapped value
   */
  public void wrapped(@Nullable Object value) {
    visit(value);
  }

  private void visit(@Nullable Object value) {
    if (value instanceof Validatable validatable) {
      validatable.validate(this);
    } else if (value instanceof List<?> list) {
      String parent = path;
      for (int i = 0; i < list.size(); i++) {
        path = parent + "[" + i + "]";
        visit(list.get(i));
      }
      path = parent;
    } else if (value instanceof Map<?, ?> map) {
      String parent = path;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        path = child(parent, String.valueOf(entry.getKey()));
        visit(entry.getValue());
      }
      path = parent;
    }
  }

  /** {@code $.name}, or {@code $['odd name']} for names that are not identifiers. */
  static String child(String parent, String name) {
    if (IDENTIFIER.matcher(name).matches()) {
      return parent + "." + name;
    }
    return parent + "['" + name.replace("'", "\\'") + "']";
  }

  /**
   * Throws when {@code built} misses a required value (request rules): what a generated builder's
   * {@code build()} returns through.
   *
   * @param built the record just built
   * @param <T> its type
   * @return {@code built}
   * @throws IllegalStateException naming the record and the path of each missing value
   */
  public static <T extends Validatable> T built(T built) {
    List<Violation> found = request(built);
    if (!found.isEmpty()) {
      throw new IllegalStateException(
          built.getClass().getSimpleName() + " cannot be built: " + describe(found));
    }
    return built;
  }

  /** The violations on one line: {@code $.a is required, but is missing; $.b ...}. */
  static String describe(List<Violation> violations) {
    StringBuilder text = new StringBuilder();
    for (Violation v : violations) {
      text.append(text.length() == 0 ? "" : "; ").append(v);
    }
    return text.toString();
  }
}
