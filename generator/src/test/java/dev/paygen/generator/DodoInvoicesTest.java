package dev.paygen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paygen.generator.support.CompiledSpecs;
import dev.paygen.generator.support.Workspace;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dodo Payments 1.86.0's three invoice operations answer {@code application/pdf} with the schema a
 * Rust {@code Vec<u8>} gets ({@code type: array, items: integer int32}): the methods return the
 * PDF's bytes and ask for {@code application/pdf}, not {@code application/json} (issue 10, item 2).
 */
class DodoInvoicesTest {
  private static String service;
  private static String impl;

  @BeforeAll
  static void generate() {
    List<GeneratedFile> files = CompiledSpecs.generate(
        Workspace.specsFile("upstream/dodopayments-openapi-v1.86.0.documented.yml"),
        "com.acme.upstream.dodo");
    service = CompiledSpecs.source(files, "/service/InvoicesService.java");
    impl = CompiledSpecs.source(files, "/service/InvoicesServiceImpl.java");
  }

  @Test
  void pdfInvoiceIsReadAsBytes() {
    assertThat(service)
        .contains("byte[] retrieve(String paymentId)")
        .contains("byte[] retrievePayouts(String payoutId)")
        .contains("byte[] retrieveRefund(String refundId)")
        .doesNotContain("List<Integer>");
  }

  @Test
  void pdfInvoiceAcceptsPdf() {
    assertThat(impl.split("\\.accept\\(\"application/pdf\"\\)", -1)).hasSize(4);
    assertThat(impl).doesNotContain("accept(\"application/json");
  }
}
