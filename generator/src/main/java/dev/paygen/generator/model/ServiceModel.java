package dev.paygen.generator.model;

import java.util.List;

/**
 * The operations of one tag: a {@code <Name>Service} interface, its implementation and the
 * {@code <accessor>()} method on the client.
 *
 * @param name the service's name without the suffix ({@code CheckoutSessions})
 * @param accessor the client's accessor ({@code checkoutSessions})
 * @param description the tag's description, or empty
 * @param operations the operations in spec order
 */
public record ServiceModel(
    String name, String accessor, String description, List<OperationModel> operations) {
  /**
   * Copies the operations, so the model is immutable.
   *
   * @param name the service's name without the suffix ({@code CheckoutSessions})
   * @param accessor the client's accessor ({@code checkoutSessions})
   * @param description the tag's description, or empty
   * @param operations the operations in spec order
   */
  public ServiceModel {
    operations = List.copyOf(operations);
  }
}
