package dev.paygen.generator.diff;

/**
 * A record component's or params field's signature in an {@link ApiSurface}, written {@code
 * required <type>} or {@code optional <type>}.
 *
 * @param required whether constructors and builders need a value
 * @param type the Java type as the emitters write it
 */
record ComponentSignature(boolean required, String type) {
  private static final String REQUIRED = "required ";
  private static final String OPTIONAL = "optional ";

  /**
   * Reads what {@link #toString()} wrote.
   *
   * @throws IllegalArgumentException if {@code signature} is neither {@code required <type>} nor
   *     {@code optional <type>}
   */
  static ComponentSignature parse(String signature) {
    if (signature.startsWith(REQUIRED)) {
      return new ComponentSignature(true, signature.substring(REQUIRED.length()));
    }
    if (signature.startsWith(OPTIONAL)) {
      return new ComponentSignature(false, signature.substring(OPTIONAL.length()));
    }
    throw new IllegalArgumentException(
        "not a component signature (required|optional <type>): " + signature);
  }

  /** As a change line shows it: the type, noting when it is optional. */
  String shown() {
    return required ? type : type + ", optional";
  }

  /** {@code required long}, {@code optional String}. */
  @Override
  public String toString() {
    return (required ? REQUIRED : OPTIONAL) + type;
  }
}
