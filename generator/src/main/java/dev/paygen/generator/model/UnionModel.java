package dev.paygen.generator.model;

import java.util.List;

/**
 * A {@code oneOf}/{@code anyOf} schema, emitted as a sealed interface whose variants are records,
 * plus an {@code Unknown} variant that keeps the raw JSON of shapes the spec did not list.
 *
 * @param name the interface's name
 * @param description Javadoc text, or empty
 * @param pointer the schema's JSON pointer
 * @param discriminator the discriminator property's wire name, or null to deduce the variant
 * @param variants the variants in spec order
 * @param nested inline variant types and wrappers declared inside the interface
 * @param accessors for a polymorphic type ({@code allOf} subtypes of a schema with a discriminator),
 *     the parent's properties every variant record has with the same Java type: the interface
 *     declares them, and the {@code Unknown} variant reads them from its raw JSON; empty otherwise
 */
public record UnionModel(
    TypeName name,
    String description,
    String pointer,
    String discriminator,
    List<UnionVariant> variants,
    List<TypeModel> nested,
    List<PropertyModel> accessors)
    implements TypeModel {

  /**
   * Copies the lists, so the model is immutable.
   *
   * @param name the interface's name
   * @param description Javadoc text, or empty
   * @param pointer the schema's JSON pointer
   * @param discriminator the discriminator property's wire name, or null to deduce the variant
   * @param variants the variants in spec order
   * @param nested inline variant types and wrappers declared inside the interface
   * @param accessors for a polymorphic type ({@code allOf} subtypes of a schema with a
   *     discriminator), the parent's properties every variant record has with the same Java type:
   *     the interface declares them, and the {@code Unknown} variant reads them from its raw JSON;
   *     empty otherwise
   */
  public UnionModel {
    variants = List.copyOf(variants);
    nested = List.copyOf(nested);
    accessors = List.copyOf(accessors);
  }

  /**
   * One variant of a union.
   *
   * @param type the record implementing the union: a generated object record, or a wrapper record
   *     (nested in the union) around a scalar, list or map value
   * @param wrapped for a wrapper variant, the wrapped value's type; null for object variants
   * @param discriminatorValues the discriminator values that select this variant
   * @param requiredProperties wire names the variant requires, for deduction
   * @param properties every wire name the variant declares, for deduction
   * @param closed whether the variant forbids properties it does not declare
   *     ({@code additionalProperties: false}), for deduction
   */
  public record UnionVariant(
      TypeName type,
      TypeRef wrapped,
      List<String> discriminatorValues,
      List<String> requiredProperties,
      List<String> properties,
      boolean closed) {
    /**
     * Copies the lists, so the variant is immutable.
     *
     * @param type the record implementing the union: a generated object record, or a wrapper record
     *     (nested in the union) around a scalar, list or map value
     * @param wrapped for a wrapper variant, the wrapped value's type; null for object variants
     * @param discriminatorValues the discriminator values that select this variant
     * @param requiredProperties wire names the variant requires, for deduction
     * @param properties every wire name the variant declares, for deduction
     * @param closed whether the variant forbids properties it does not declare ({@code
     *     additionalProperties: false}), for deduction
     */
    public UnionVariant {
      discriminatorValues = List.copyOf(discriminatorValues);
      requiredProperties = List.copyOf(requiredProperties);
      properties = List.copyOf(properties);
    }
  }
}
