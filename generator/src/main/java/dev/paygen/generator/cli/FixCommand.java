package dev.paygen.generator.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
    if (command.clientName != null) {
      words.add("--client-name");
      words.add(command.clientName);
    }
    if (command.allowRemoteRefs) {
      words.add("--allow-remote-refs");
    }
    if (command.refRoot != null) {
      words.add("--ref-root");
      words.add(command.refRoot.toString());
    }
    addPairs(words, "--operation-name", command.operationNames);
    addPairs(words, "--type-name", command.typeNames);
    if (command.namesFile != null) {
      words.add("--names");
      words.add(command.namesFile.toString());
    }
    if (command.json != null) {
      words.add("--json");
      words.add(command.json);
    }
    return String.join(" ", words.stream().map(FixCommand::quote).toList());
  }

  private static void addPairs(List<String> words, String option, Map<String, String> pairs) {
    new TreeMap<>(pairs).forEach((key, value) -> {
      words.add(option);
      words.add(key + "=" + value);
    });
  }

  /** Quotes a word for a POSIX shell when it holds anything but safe characters. */
  static String quote(String word) {
    if (!word.isEmpty() && word.matches("[A-Za-z0-9_./=:@%+,-]+")) {
      return word;
    }
    return "'" + word.replace("'", "'\\''") + "'";
  }
}
