package dev.paygen.generator.cli;

import dev.paygen.generator.GenerationRequest;
import dev.paygen.generator.RefRoot;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Option;

/**
 * The options that decide how a spec is read and what its Java API is called: {@code generate}
 * and {@code diff} take the same ones, so that {@code diff} sees the API {@code generate} writes
 * (a names file renames nothing on one side only) and reads the specs {@code generate} reads.
 */
final class SpecOptions {
  @Option(
      names = "--client-name",
      paramLabel = "NAME",
      description =
          "Client name without the Client suffix (default: x-paygen-client-name, else info.title).")
  String clientName;

  @Option(
      names = "--allow-remote-refs",
      description =
          "Allow $refs to http(s) URLs (off: no network access); generate then never skips a"
              + " run as up to date.")
  boolean allowRemoteRefs;

  @Option(
      names = "--ref-root",
      paramLabel = "DIR",
      description = "Folder $refs may reach files under (default: the git work tree holding the"
          + " spec, else the spec's folder).")
  Path refRoot;

  @Option(
      names = "--operation-name",
      paramLabel = "opId=name",
      description = "Java method name for an operation (repeatable).")
  Map<String, String> operationNames = new LinkedHashMap<>();

  @Option(
      names = "--type-name",
      paramLabel = "Schema=Name",
      description = "Java type name for a schema under components/schemas (repeatable).")
  Map<String, String> typeNames = new LinkedHashMap<>();

  @Option(
      names = "--names",
      paramLabel = "FILE",
      description = "YAML names file: operations: {opId: name}, schemas: {Schema: Name};"
          + " --operation-name and --type-name win per entry.")
  Path namesFile;

  /** A request for {@code spec} with these options; the caller adds its own. */
  GenerationRequest.Builder request(Path spec, String packageName) {
    return GenerationRequest.builder(spec, packageName)
        .clientName(clientName)
        .allowRemoteRefs(allowRemoteRefs)
        .operationNames(operationNames)
        .typeNames(typeNames)
        .namesFile(namesFile)
        .refRoot(refRoot == null ? null : RefRoot.of(refRoot, "--ref-root"));
  }

  /** Appends the options given, as command-line words, in the order {@code --help} lists them. */
  void addTo(List<String> words) {
    if (clientName != null) {
      words.add("--client-name");
      words.add(clientName);
    }
    if (allowRemoteRefs) {
      words.add("--allow-remote-refs");
    }
    if (refRoot != null) {
      words.add("--ref-root");
      words.add(refRoot.toString());
    }
    addPairs(words, "--operation-name", operationNames);
    addPairs(words, "--type-name", typeNames);
    if (namesFile != null) {
      words.add("--names");
      words.add(namesFile.toString());
    }
  }

  private static void addPairs(List<String> words, String option, Map<String, String> pairs) {
    new TreeMap<>(pairs).forEach((key, value) -> {
      words.add(option);
      words.add(key + "=" + value);
    });
  }
}
