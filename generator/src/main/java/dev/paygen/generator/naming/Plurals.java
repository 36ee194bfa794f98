package dev.paygen.generator.naming;

/** English plurals in generated names: a list's adder, a sub-collection's {@code create} method. */
public final class Plurals {
  private Plurals() {}

  /**
   * Whether {@code name} ends in a plain plural {@code s} ({@code Vendors}, {@code Entries}), not in
   * {@code ss}, {@code us} or {@code is} ({@code Access}, {@code Status}, {@code Analysis}).
   *
   * @param name an UpperCamelCase or lowerCamelCase name
   * @return true when {@link #singular} takes something off
   */
  public static boolean isPlural(String name) {
    return !singular(name).equals(name);
  }

  /**
   * The name of one item of a list named {@code plural}: {@code DiscountCodes} → {@code
   * DiscountCode}, {@code Entries} → {@code Entry}, {@code Addresses} → {@code Address}; a name that
   * does not end in a plain plural {@code s} ({@code ProductCart}, {@code Status}, {@code Address})
   * stays as it is.
   *
   * @param plural the name
   * @return its singular
   */
  public static String singular(String plural) {
    if (plural.endsWith("ies") && plural.length() > 4) {
      return plural.substring(0, plural.length() - 3) + "y";
    }
    if (plural.endsWith("sses")
        || plural.endsWith("xes")
        || plural.endsWith("ches")
        || plural.endsWith("shes")) {
      return plural.substring(0, plural.length() - 2);
    }
    if (plural.endsWith("s")
        && plural.length() > 2
        && !plural.endsWith("ss")
        && !plural.endsWith("us")
        && !plural.endsWith("is")) {
      return plural.substring(0, plural.length() - 1);
    }
    return plural;
  }
}
