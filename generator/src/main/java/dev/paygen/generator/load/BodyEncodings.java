package dev.paygen.generator.load;

import dev.paygen.generator.model.BodyEncoding;
import dev.paygen.generator.model.TypeRef;
import java.util.Locale;

/** Decides a request body's {@link BodyEncoding} from its media type and the Java type read for it. */
final class BodyEncodings {
  private BodyEncodings() {}

  static BodyEncoding of(String mediaType, TypeRef type) {
    String media = mediaType == null ? "application/json" : mediaType.toLowerCase(Locale.ROOT);
    if (media.startsWith("application/x-www-form-urlencoded")) {
      return BodyEncoding.FORM_URLENCODED;
    }
    // Parts need named values: a multipart body typed as bytes or a string falls through to a raw
    // body.
    if (media.startsWith("multipart/")
        && (type instanceof TypeRef.Named || type instanceof TypeRef.MapOf)) {
      return BodyEncoding.MULTIPART;
    }
    if (type instanceof TypeRef.Scalar s
        && (s.kind() == TypeRef.ScalarKind.BYTES || s.kind() == TypeRef.ScalarKind.BINARY)) {
      return BodyEncoding.BINARY;
    }
    if (type instanceof TypeRef.Scalar s
        && s.kind() == TypeRef.ScalarKind.STRING
        && !media.contains("json")) {
      return BodyEncoding.TEXT;
    }
    return BodyEncoding.JSON;
  }
}
