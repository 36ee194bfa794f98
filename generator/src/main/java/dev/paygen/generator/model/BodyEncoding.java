package dev.paygen.generator.model;

/**
 * How a request body goes on the wire, decided once when the spec is read (from its media type and
 * Java type) so that emitters switch on it instead of re-reading content-type strings.
 */
public enum BodyEncoding {
  /** Written as JSON by the client's mapper ({@code application/json}, {@code +json}, anything else structured). */
  JSON,
  /** Fields formatted like query parameters ({@code application/x-www-form-urlencoded}). */
  FORM_URLENCODED,
  /** One part per record component or map entry ({@code multipart/*} with an object schema). */
  MULTIPART,
  /** Raw bytes sent with the spec's media type ({@code application/octet-stream}, {@code image/png}). */
  BINARY,
  /** A string sent as UTF-8 bytes with the spec's media type ({@code text/plain}). */
  TEXT
}
