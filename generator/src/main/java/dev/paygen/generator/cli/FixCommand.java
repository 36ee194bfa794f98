package dev.paygen.generator.cli;

import java.util.ArrayList;
import java.util.List;

/** The {@code paygen generate} command line that regenerates what a {@code --check} found drifted. */
final class FixCommand {
  private FixCommand() {}

  static String of(GenerateCommand command) {
    List<String> words = new ArrayList<>(List.of(
        "bin/paygen",
        "generate",
        "--spec",
        command.specFile.toString(),
        "--package",
        command.packageName,
        "--output",
        command.output.toString()));
    command.options.addTo(words);
    if (command.json != null) {
      words.add("--json");
      words.add(command.json);
    }
    return String.join(" ", words.stream().map(FixCommand::quote).toList());
  }

  /** Quotes a word for a POSIX shell when it holds anything but safe characters. */
  static String quote(String word) {
    if (!word.isEmpty() && word.matches("[A-Za-z0-9_./=:@%+,-]+")) {
      return word;
    }
    return "'" + word.replace("'", "'\\''") + "'";
  }
}
