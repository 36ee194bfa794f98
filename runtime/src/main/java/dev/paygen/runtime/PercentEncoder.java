package dev.paygen.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.lang.reflect.Array;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/** Formats parameter values as wire text and percent-encodes them for paths, queries and forms. */
final class PercentEncoder {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** The encoder over the mapper every client uses, for what is formatted before a client is known. */
  static final PercentEncoder DEFAULT = new PercentEncoder(ObjectMappers.create());

  private final ObjectMapper mapper;

  PercentEncoder(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * The style and explode of one parameter.
   *
   * @param style the style
   * @param explode whether arrays and objects are exploded
   * @param allowReserved whether a query value keeps RFC 3986 reserved characters as they are
   */
  record Styling(ParamStyle style, boolean explode, boolean allowReserved) {
    Styling(ParamStyle style, boolean explode) {
      this(style, explode, false);
    }

    /** The default of query parameters: form, exploded. */
    static final Styling QUERY = new Styling(ParamStyle.FORM, true);

    /** The default of path and header parameters: simple, not exploded. */
    static final Styling SIMPLE = new Styling(ParamStyle.SIMPLE, false);
  }

  /**
   * The wire text of a parameter value: ISO dates, enums by their Jackson value, anything else whose
   * JSON is not a scalar as its JSON text (never {@code toString()}).
   */
  String format(Object value) {
    return text(tree(value));
  }

  /** The value as JSON: scalars as text nodes of their wire text, records and maps as objects. */
  private JsonNode tree(Object value) {
    String scalar = scalar(value);
    if (scalar != null) {
      return TextNode.valueOf(scalar);
    }
    JsonNode tree = ObjectMappers.tree(mapper, value);
    return tree != null ? tree : TextNode.valueOf(value.toString());
  }

  private static String text(JsonNode node) {
    return node.isValueNode() ? node.asText() : node.toString();
  }

  private static @Nullable String scalar(Object value) {
    if (value instanceof String text) {
      return text;
    }
    if (value instanceof Number || value instanceof Boolean || value instanceof Character) {
      return value.toString();
    }
    if (value instanceof OffsetDateTime dateTime) {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime);
    }
    if (value instanceof ZonedDateTime dateTime) {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime);
    }
    if (value instanceof LocalDate date) {
      return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }
    if (value instanceof Instant || value instanceof java.util.UUID) {
      return value.toString();
    }
    return null;
  }

  /**
   * The query string (without {@code ?}) for the parameters, or an empty string; a parameter without
   * a styling is form, exploded.
   */
  String query(Map<String, List<Object>> params, Map<String, Styling> styles) {
    StringJoiner out = new StringJoiner("&");
    params.forEach(
        (name, values) -> query(name, values, styles.getOrDefault(name, Styling.QUERY), out));
    return out.toString();
  }

  private void query(String name, List<Object> values, Styling styling, StringJoiner out) {
    List<JsonNode> nodes = nodes(values);
    JsonNode object = object(nodes);
    String key = component(name);
    ParamStyle style = styling.style();
    UnaryOperator<String> value =
        styling.allowReserved() ? PercentEncoder::reserved : PercentEncoder::component;
    if (style == ParamStyle.DEEP_OBJECT) {
      if (object != null) {
        deepObject(key, object, out);
      } else {
        nodes.forEach(n -> out.add(key + "%5B%5D=" + value.apply(text(n))));
      }
    } else if (styling.explode()) {
      if (object != null) {
        object
            .properties()
            .forEach(e -> out.add(component(e.getKey()) + "=" + value.apply(text(e.getValue()))));
      } else {
        nodes.forEach(n -> out.add(key + "=" + value.apply(text(n))));
      }
    } else {
      String separator = switch (style) {
        case SPACE_DELIMITED -> "%20";
        case PIPE_DELIMITED -> "%7C";
        default -> ",";
      };
      out.add(key + "=" + String.join(separator, items(nodes, object, ",", value)));
    }
  }

  /** {@code a[k]=v}, nested objects {@code a[k][j]=v}, arrays {@code a[k][]=v}; brackets encoded. */
  private static void deepObject(String prefix, JsonNode object, StringJoiner out) {
    object.properties().forEach(e -> {
      String key = prefix + "%5B" + component(e.getKey()) + "%5D";
      JsonNode value = e.getValue();
      if (value.isObject()) {
        deepObject(key, value, out);
      } else if (value.isArray()) {
        value.forEach(v -> out.add(key + "%5B%5D=" + component(text(v))));
      } else {
        out.add(key + "=" + component(text(value)));
      }
    });
  }

  /**
   * The encoded items of an array ({@code 1}, {@code 2}) or object ({@code k1}, {@code v1} or, with
   * a pair separator, {@code k1=v1}).
   */
  private static List<String> items(
      List<JsonNode> nodes,
      @Nullable JsonNode object,
      @Nullable String pairSeparator,
      UnaryOperator<String> encode) {
    List<String> items = new ArrayList<>();
    if (object == null) {
      nodes.forEach(n -> items.add(encode.apply(text(n))));
      return items;
    }
    object.properties().forEach(e -> {
      String k = encode.apply(e.getKey());
      String v = encode.apply(text(e.getValue()));
      if (pairSeparator == null) {
        items.add(k);
        items.add(v);
      } else {
        items.add(k + pairSeparator + v);
      }
    });
    return items;
  }

  private List<JsonNode> nodes(@Nullable Object value) {
    List<Object> values = new ArrayList<>();
    flatten(value, values);
    List<JsonNode> nodes = new ArrayList<>();
    values.forEach(v -> nodes.add(tree(v)));
    return nodes;
  }

  private static @Nullable JsonNode object(List<JsonNode> nodes) {
    return nodes.size() == 1 && nodes.get(0).isObject() ? nodes.get(0) : null;
  }

  /**
   * A path parameter's text in its style, percent-encoded: simple {@code 1,2}, label {@code .1,2},
   * matrix {@code ;a=1,2}; exploded objects {@code k=v}, exploded label {@code .1.2} and matrix
   * {@code ;a=1;a=2}.
   */
  String path(String name, Object value, Styling styling) {
    List<JsonNode> nodes = nodes(value);
    JsonNode object = object(nodes);
    boolean explode = styling.explode();
    List<String> items = items(nodes, object, explode ? "=" : null, PercentEncoder::pathSegment);
    String key = component(name);
    return switch (styling.style()) {
      case LABEL -> "." + String.join(explode ? "." : ",", items);
      case MATRIX -> {
        if (!explode) {
          yield ";" + key + "=" + String.join(",", items);
        }
        StringBuilder out = new StringBuilder();
        items.forEach(i -> out.append(';').append(object == null ? key + "=" + i : i));
        yield out.toString();
      }
      default -> String.join(",", items);
    };
  }

  /** A header's text, simple style: {@code t1,t2}; objects {@code k1,v1} or, exploded, {@code k1=v1}. */
  String header(Object value, boolean explode) {
    List<JsonNode> nodes = nodes(value);
    return String.join(",", items(nodes, object(nodes), explode ? "=" : null, s -> s));
  }

  /**
   * A cookie parameter's {@code name=value} pairs, form style: a scalar {@code name=v}; an array
   * {@code name=1,2}, or exploded one pair per item ({@code name=1; name=2}); an object {@code
   * name=k1,v1,k2,v2}, or exploded one pair per property ({@code k1=v1; k2=v2}). Names and items are
   * percent-encoded, so no value can end the pair or the header.
   */
  String cookie(String name, Object value, boolean explode) {
    List<JsonNode> nodes = nodes(value);
    JsonNode object = object(nodes);
    String key = component(name);
    List<String> pairs = new ArrayList<>();
    if (!explode || (object == null && nodes.size() == 1)) {
      pairs.add(
          key + "=" + String.join(",", items(nodes, object, null, PercentEncoder::component)));
    } else if (object != null) {
      pairs.addAll(items(nodes, object, "=", PercentEncoder::component));
    } else {
      nodes.forEach(n -> pairs.add(key + "=" + component(text(n))));
    }
    return String.join("; ", pairs);
  }

  /** An {@code application/x-www-form-urlencoded} body for the fields. */
  String form(Map<String, ?> fields) {
    StringJoiner out = new StringJoiner("&");
    fields.forEach((name, value) -> {
      List<Object> values = new ArrayList<>();
      flatten(value, values);
      for (Object v : values) {
        out.add(component(name) + "=" + component(format(v)));
      }
    });
    return out.toString();
  }

  /** Adds the value to {@code out}, unwrapping Optional, collections and arrays; null adds nothing. */
  static void flatten(@Nullable Object value, List<Object> out) {
    if (value == null) {
      return;
    }
    if (value instanceof Optional) {
      ((Optional<?>) value).ifPresent(v -> flatten(v, out));
    } else if (value instanceof Collection) {
      for (Object v : (Collection<?>) value) {
        flatten(v, out);
      }
    } else if (value instanceof Object[] array) {
      for (Object v : array) {
        flatten(v, out);
      }
    } else if (value.getClass().isArray()) {
      int n = Array.getLength(value);
      for (int i = 0; i < n; i++) {
        out.add(Array.get(value, i));
      }
    } else {
      out.add(value);
    }
  }

  /**
   * One path segment: every character but the RFC 3986 unreserved ones is encoded, so {@code /},
   * {@code ?} and {@code #} cannot change the route; a segment of only dots is encoded whole so
   * {@code ..} cannot climb.
   */
  static String pathSegment(String value) {
    if (value.chars().allMatch(c -> c == '.')) {
      return "%2E".repeat(value.length());
    }
    return component(value);
  }

  /**
   * A query value with {@code allowReserved}: RFC 3986 reserved characters and percent-encoded
   * triples pass unchanged (RFC 6570 reserved expansion); {@code #}, {@code [} and {@code ]} are
   * still encoded, as a query may not hold them (a raw {@code #} would start the fragment and cut the
   * query short), and so is everything else {@link #component} encodes.
   */
  static String reserved(String value) {
    return encode(value, true);
  }

  /** Percent-encodes all but the RFC 3986 unreserved characters, as UTF-8. */
  static String component(String value) {
    return encode(value, false);
  }

  private static String encode(String value, boolean allowReserved) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(bytes.length + 8);
    for (int i = 0; i < bytes.length; i++) {
      int c = bytes[i] & 0xFF;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~'
          || (allowReserved && ":/?@!$&'()*+,;=".indexOf(c) >= 0)
          || (allowReserved && c == '%' && isHex(bytes, i + 1) && isHex(bytes, i + 2))) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    return out.toString();
  }

  private static boolean isHex(byte[] bytes, int i) {
    return i < bytes.length && Character.digit(bytes[i], 16) >= 0;
  }
}
