package dev.paygen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paygen.generator.support.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** README.md's "Diagnostic codes" table is the users' list of codes: it must say what {@link DiagnosticCode} says. */
class DiagnosticCodesReadmeTest {

  @Test
  void readmeListsEveryCodeOnceWithItsSeverityAndMeaning() throws IOException {
    List<String> rows = readmeRows();
    Map<String, String> expected = Arrays.stream(DiagnosticCode.values())
        .collect(Collectors.toMap(
            DiagnosticCode::shortCode,
            c -> c.severity().name().toLowerCase(Locale.ROOT) + " | " + c.meaning()));

    Map<String, String> listed = rows.stream()
        .map(row -> row.split("\\|", -1))
        .collect(Collectors.toMap(
            cells -> cells[1].strip(), cells -> cells[2].strip() + " | " + cells[3].strip()));

    assertThat(rows).as("one row per code, no ranges, no repeats").hasSameSizeAs(listed.keySet());
    assertThat(listed).containsExactlyInAnyOrderEntriesOf(expected);
  }

  @Test
  void everyCodeHasItsOwnTextAndMatchingSeverityLetter() {
    Map<String, DiagnosticCode> byText = Arrays.stream(DiagnosticCode.values())
        .collect(Collectors.toMap(DiagnosticCode::code, Function.identity()));

    assertThat(byText).hasSize(DiagnosticCode.values().length);
    for (DiagnosticCode code : DiagnosticCode.values()) {
      assertThat(code.code()).matches("PAYGEN-[EW]\\d{3}");
      assertThat(code.code().charAt("PAYGEN-".length()))
          .as(code.name())
          .isEqualTo(code.severity() == Diagnostic.Severity.ERROR ? 'E' : 'W');
      assertThat(DiagnosticCode.fromCode(code.code())).contains(code);
    }
  }

  /** The body rows of the table under "### Diagnostic codes", without the header and separator. */
  private static List<String> readmeRows() throws IOException {
    List<String> lines = Files.readAllLines(Workspace.repositoryRoot().resolve("README.md"));
    int heading = lines.indexOf("### Diagnostic codes");
    assertThat(heading).as("README.md has a '### Diagnostic codes' section").isNotNegative();
    List<String> table = lines.subList(heading + 1, lines.size()).stream()
        .dropWhile(String::isBlank)
        .takeWhile(line -> line.startsWith("|"))
        .toList();
    assertThat(table).as("the table under '### Diagnostic codes'").hasSizeGreaterThan(2);
    assertThat(table.get(0)).isEqualTo("| code | severity | meaning |");
    return table.subList(2, table.size());
  }
}
