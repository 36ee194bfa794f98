package dev.paygen.generator.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiElementTest {

  @Test
  void elementsSortAsTheirIdsSoReportLinesKeepTheirOrder() {
    List<ApiElement> elements = new ArrayList<>();
    for (ApiElement.Kind kind : ApiElement.Kind.values()) {
      for (String name : List.of("model.A", "model.A.b", "model.AB", "service.S.x", "Client.b")) {
        elements.add(new ApiElement(kind, name));
      }
    }
    List<String> byId = elements.stream()
        .map(ApiElement::toString)
        .sorted(Comparator.naturalOrder())
        .toList();
    assertThat(elements.stream().sorted().map(ApiElement::toString).toList()).isEqualTo(byId);
  }

  @Test
  void idsRoundTripAndNameTheOwnerWithoutItsPackage() {
    ApiElement constant = ApiElement.parse("constant model.PaymentStatus.SUCCEEDED");
    assertThat(constant)
        .isEqualTo(new ApiElement(ApiElement.Kind.CONSTANT, "model.PaymentStatus.SUCCEEDED"));
    assertThat(constant.toString()).isEqualTo("constant model.PaymentStatus.SUCCEEDED");
    assertThat(constant.simpleName()).isEqualTo("PaymentStatus.SUCCEEDED");
    assertThat(constant.owner()).isEqualTo("PaymentStatus");
    ApiElement setter = ApiElement.parse("setter ShopClient.Builder.bearerToken");
    assertThat(setter.simpleName()).isEqualTo("ShopClient.Builder.bearerToken");
    assertThat(setter.owner()).isEqualTo("ShopClient.Builder");
  }

  @Test
  void aDamagedSurfaceFileIsRejectedWhenRead() {
    String file = """
        {"paygenApiSurface": 1, "elements": {%s}}""";
    assertThatThrownBy(() -> ApiSurface.fromJson(file.formatted("\"widget model.A\": \"record\"")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no element kind widget");
    assertThatThrownBy(
            () -> ApiSurface.fromJson(file.formatted("\"component model.A.b\": \"String\"")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a component signature");
    assertThat(ApiSurface.fromJson(file.formatted("\"component model.A.b\": \"optional String\""))
            .elements())
        .containsEntry(new ApiElement(ApiElement.Kind.COMPONENT, "model.A.b"), "optional String");
  }
}
