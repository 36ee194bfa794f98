package dev.paygen.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What RESULTS.md and the README's quoted summary say about the large specs and the growth curve. */
class ReportTest {
  @Test
  void largeSpecsAndGrowthGetTheirRowsInResultsAndReadme(@TempDir Path results) throws IOException {
    Files.writeString(
        results.resolve("meta.csv"),
        "date,2026-11-30T00:00:00Z\ncommit,abc1234\nlarge_specs,box-openapi \n");
    Files.writeString(results.resolve("generation-samples.csv"), """
        spec,tool,round,wall_ms,rss_kb,exit
        box-openapi,paygen,1,5000,204800,0
        box-openapi,oag,1,30000,409600,0
        box-openapi,parser,1,4000,102400,0
        """);
    Files.writeString(results.resolve("generation-outputs.csv"), """
        spec,tool,files,lines,java_files,java_lines,compiles,javac_errors,javac_ms,main_java_lines
        box-openapi,paygen,700,240000,700,100000,yes,0,90000,100000
        box-openapi,oag,1900,400000,1300,290000,no,12,60000,230000
        """);
    Files.writeString(
        results.resolve("growth-meta.csv"),
        "date,2026-11-30T01:00:00Z\ncommit,abc1234\nrounds,1\n");
    Files.writeString(results.resolve("growth-samples.csv"), """
        spec,tool,round,wall_ms,rss_kb,exit
        dodo-x1,paygen,1,1000,102400,0
        dodo-x1,parser,1,500,102400,0
        dodo-x2,paygen,1,2000,102400,0
        dodo-x2,parser,1,2000,102400,0
        dodo-x4,paygen,1,4000,102400,0
        dodo-x4,parser,1,8000,102400,0
        """);
    Files.writeString(results.resolve("growth-outputs.csv"), """
        spec,n,files,lines,java_files,java_lines
        dodo-x1,1,300,80000,290,77000
        dodo-x2,2,600,160000,580,154000
        dodo-x4,4,1200,320000,1160,308000
        """);
    Path readme = results.resolve("README.md");
    Files.writeString(
        readme, "before\n" + Report.README_START + "\nold\n" + Report.README_END + "\nafter\n");

    Report.main(new String[] {results.toString(), readme.toString()});

    String md = Files.readString(results.resolve("RESULTS.md"));
    assertThat(md)
        .contains(
            "| box-openapi | 5000 (5000–5000) | 30000 (30000–30000) | 0.17 | 200 (200–200) | 400 (400–400)"
                + " | 100,000 | 230,000 | 0.43 | 90000 ms | **12 errors**, 60000 ms |")
        .contains("box-openapi: cold paygen ≤ 1/3 of OpenAPI Generator's: **met** — ratio 0.17")
        .contains(
            "box-openapi: paygen's .java lines ≤ 1/2 of OAG's main sources: **met** — ratio 0.43")
        .contains("generation time grows as N^b, b = 1.00 (parse floor: N^2.00)")
        .contains("| 4 | 4000 | 4000 | 8000 | 8000 | 100 (100–100) | 320,000 | 308,000 | 77,000 |");
    assertThat(Files.readString(readme))
        .contains("| box-openapi | 0.17 |")
        .contains("generation time grows as N^b, b = 1.00 (parse floor: N^2.00)")
        .startsWith("before\n")
        .endsWith(Report.README_END + "\nafter\n");
  }
}
