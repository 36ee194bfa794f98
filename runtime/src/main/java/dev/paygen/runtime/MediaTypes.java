package dev.paygen.runtime;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** What a response's {@code Content-Type} says about reading its body. */
final class MediaTypes {
  private MediaTypes() {}

  /**
   * Whether the media type is JSON: {@code application/json}, any {@code +json} suffix ({@code
   * application/hal+json}, {@code application/problem+json}, {@code application/vnd.x+json}), with
   * or without parameters such as {@code charset}.
   */
  static boolean isJson(@Nullable String contentType) {
    String type = essence(contentType);
    return type.equals("application/json") || type.endsWith("+json") || type.equals("text/json");
  }

  /** The type and subtype in lower case, without parameters; empty without a content type. */
  static String essence(@Nullable String contentType) {
    if (contentType == null) {
      return "";
    }
    int semicolon = contentType.indexOf(';');
    String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
    return type.strip().toLowerCase(Locale.ROOT);
  }

  /** The {@code charset} parameter, or UTF-8 without one (or with one this JVM does not know). */
  static Charset charset(@Nullable String contentType) {
    if (contentType != null) {
      for (String parameter : contentType.split(";")) {
        int eq = parameter.indexOf('=');
        if (eq > 0 && parameter.substring(0, eq).strip().equalsIgnoreCase("charset")) {
          String name = parameter.substring(eq + 1).strip().replace("\"", "");
          try {
            return Charset.forName(name);
          } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
          }
        }
      }
    }
    return StandardCharsets.UTF_8;
  }
}
