package dev.paygen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paygen.generator.support.CompiledSpecs;
import dev.paygen.generator.support.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Less code for the same API (issue 12, item 3), on the full Dodo 1.86.0 document: a paged
 * operation has six methods, not eight; builder setters document themselves in one line (the
 * whole description is the record's {@code @param}); the async method points at the sync one; a
 * null {@code RequestOptions} is refused by the runtime, not by every generated method.
 */
class GeneratedSurfaceSizeTest {
  private static final Pattern METHOD = Pattern.compile(
      "(?m)^ {4}(?:default )?\\S[\\w<>., ]* (list(?:Async)?)\\(([^)]*)\\)", Pattern.DOTALL);

  private static List<GeneratedFile> files;

  @BeforeAll
  static void generate() {
    files = CompiledSpecs.generate(
        Workspace.specsFile("upstream/dodopayments-openapi-v1.86.0.documented.yml"),
        "com.acme.surface.dodo");
  }

  private static String source(String suffix) {
    return CompiledSpecs.source(files, suffix);
  }

  @Test
  void pagedOperationHasSixMethods() {
    String service = source("/service/PaymentsService.java");
    List<String> signatures = new ArrayList<>();
    Matcher m = METHOD.matcher(service);
    while (m.find()) {
      signatures.add(m.group(1) + "(" + m.group(2).replaceAll("\\s+", " ").strip() + ")");
    }
    assertThat(signatures)
        .containsExactly(
            "list()",
            "list(PaymentsListParams params)",
            "list(PaymentsListParams params, RequestOptions options)",
            "listAsync()",
            "listAsync(PaymentsListParams params)",
            "listAsync(PaymentsListParams params, RequestOptions options)");
  }

  @Test
  void asyncMethodJavadocPointsAtTheSyncMethod() {
    assertThat(source("/service/PaymentsService.java"))
        .contains("    /** {@link #list(PaymentsListParams, RequestOptions)}, asynchronously: the"
            + " future completes with its result or fails with its exception. */\n"
            + "    CompletableFuture<Page<GetPaymentsListResponseItem>> listAsync(");
  }

  @Test
  void undocumentedOperationAndSchemaJavadocStartWithTheirRouteAndPointer() {
    // GET /payments and the Conjunction schema have no summary or description in Dodo 1.86.0: the
    // first sentence (what the IDE shows) is the route or the pointer, not an empty <p> paragraph.
    assertThat(source("/service/PaymentsService.java"))
        .contains("    /**\n     * {@code GET /payments}\n     *\n     * @param params")
        .doesNotContain("* <p>{@code GET /payments}");
    assertThat(source("/model/Conjunction.java"))
        .contains("/** Schema: {@code #/components/schemas/Conjunction} */");
  }

  @Test
  void setterJavadocIsOneLine() {
    int setters = 0;
    // Record and params builders; the client's builder is one class, documented in full.
    for (GeneratedFile file : files) {
      if (!file.relativePath().contains("/model/") && !file.relativePath().contains("/service/")) {
        continue;
      }
      List<String> lines = file.content().lines().toList();
      for (int i = 1; i < lines.size(); i++) {
        if (!lines.get(i).matches(" +public Builder \\w+\\(.*")) {
          continue;
        }
        String before = lines.get(i - 1);
        if (before.strip().equals("@Deprecated")) {
          continue; // its @deprecated tag needs a second line
        }
        setters++;
        assertThat(before)
            .as("%s line %d", file.relativePath(), i + 1)
            .matches(" +/\\*\\* .+ \\*/");
      }
      assertThat(file.content()).doesNotContain("@return this builder");
    }
    assertThat(setters).isGreaterThan(1000);
    // The first sentence of a multi-sentence description, which the record's @param has whole.
    assertThat(source("/model/CreateWebhookRequest.java"))
        .contains("/** Sets {@code disabled}: Create the webhook in a disabled state. {@code null}"
            + " clears it. */")
        .contains("Default is false (optional)");
  }

  @Test
  void optionsAreCheckedOnceByTheRuntime() {
    assertThat(files)
        .filteredOn(f -> f.relativePath().endsWith("ServiceImpl.java"))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.content()).doesNotContain("requireNonNull(options"));
  }
}
