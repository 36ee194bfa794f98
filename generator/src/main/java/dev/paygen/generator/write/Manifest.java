package dev.paygen.generator.write;

import dev.paygen.generator.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The {@code .paygen-manifest} file in an output folder: the fingerprint of the run that wrote the
 * folder, the input files it read and the files it generated, which are the only files a later run
 * may overwrite or delete.
 *
 * <p>The text is sorted and carries no timestamps; inputs are named relative to the spec's folder
 * (absolute only when an input lies outside it), generated files relative to the output folder:
 *
 * <pre>
 * # paygen manifest: ...
 * fingerprint 3f9a...
 * outputs 0be1...
 * input dodo-payments.yaml
 * file com/acme/dodo/model/Payment.java
 * </pre>
 *
 * @param fingerprint the {@link Fingerprint} of the run, or empty when unknown
 * @param outputs a hash of the generated files' names and bytes (see {@link Fingerprint#ofOutputs}), so that
 *     a run can tell, without generating anything, that a generated file was edited by hand
 * @param inputs input file names as described above
 * @param files generated files, relative to the output folder with {@code /} separators
 */
public record Manifest(
    String fingerprint, String outputs, SortedSet<String> inputs, SortedSet<String> files) {

  /** The manifest's file name inside the output folder. */
  public static final String FILE_NAME = ".paygen-manifest";

  private static final String HEADER =
      "# paygen manifest: paygen generated the files listed below and may"
          + " rewrite or delete them; nothing else in this folder is touched. Do not edit.";

  /**
   * Copies the sets, sorted; a null fingerprint or outputs becomes empty.
   *
   * @param fingerprint the {@link Fingerprint} of the run, or empty when unknown
   * @param outputs a hash of the generated files' names and bytes (see {@link
   *     Fingerprint#ofOutputs}), so that a run can tell, without generating anything, that a
   *     generated file was edited by hand
   * @param inputs input file names, relative to the spec's folder (absolute when outside it)
   * @param files generated files, relative to the output folder with {@code /} separators
   */
  public Manifest {
    fingerprint = fingerprint == null ? "" : fingerprint;
    outputs = outputs == null ? "" : outputs;
    inputs = Collections.unmodifiableSortedSet(new TreeSet<>(inputs));
    files = Collections.unmodifiableSortedSet(new TreeSet<>(files));
  }

  /**
   * The manifest of a run that read {@code inputs} (plus the root spec) and rendered {@code files}.
   *
   * @param fingerprint the run's {@link Fingerprint}
   * @param specFile the root spec file
   * @param inputs every other file the spec read
   * @param files the rendered files
   * @return the manifest, with the hash of {@code files}
   */
  public static Manifest of(
      String fingerprint, Path specFile, List<Path> inputs, List<GeneratedFile> files) {
    Path root = specFile.toAbsolutePath().normalize();
    SortedSet<String> inputNames = new TreeSet<>();
    inputNames.add(InputPaths.display(root.getParent(), root));
    for (Path input : inputs) {
      inputNames.add(InputPaths.display(root.getParent(), input.toAbsolutePath().normalize()));
    }
    SortedSet<String> fileNames = new TreeSet<>();
    for (GeneratedFile file : files) {
      fileNames.add(file.relativePath());
    }
    return new Manifest(fingerprint, Fingerprint.ofOutputs(files), inputNames, fileNames);
  }

  /** The same manifest with another fingerprint, more owned files and no outputs hash. */
  Manifest withFingerprintAndFiles(String newFingerprint, Collection<String> moreFiles) {
    SortedSet<String> all = new TreeSet<>(files);
    all.addAll(moreFiles);
    return new Manifest(newFingerprint, "", inputs, all);
  }

  /**
   * Reads the manifest of {@code outputDirectory}; empty when there is none. Entries that could
   * point outside the folder (absolute, {@code ..}) are dropped, so a tampered manifest can never
   * make paygen delete anything outside it.
   *
   * @param outputDirectory the output folder
   * @return the manifest, or empty when the folder has none
   * @throws IOException naming the manifest when it exists but cannot be read
   */
  public static Optional<Manifest> read(Path outputDirectory) throws IOException {
    Path file = outputDirectory.resolve(FILE_NAME);
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw Failures.on("read", file, e);
    }
    return Optional.of(parse(lines));
  }

  static Manifest parse(List<String> lines) {
    String fingerprint = "";
    String outputs = "";
    SortedSet<String> inputs = new TreeSet<>();
    SortedSet<String> files = new TreeSet<>();
    for (String line : lines) {
      int space = line.indexOf(' ');
      if (line.startsWith("#") || space < 0) {
        continue;
      }
      String key = line.substring(0, space);
      String value = line.substring(space + 1);
      switch (key) {
        case "fingerprint" -> fingerprint = value.strip();
        case "outputs" -> outputs = value.strip();
        case "input" -> inputs.add(value);
        case "file" -> {
          if (OutputPaths.isSafe(value)) {
            files.add(value);
          }
        }
        default -> {}
      }
    }
    return new Manifest(fingerprint, outputs, inputs, files);
  }

  /**
   * Resolves the input files.
   *
   * @param specFile the root spec file
   * @return the input files, resolved against the folder of {@code specFile}
   */
  public List<Path> inputPaths(Path specFile) {
    Path specFolder = specFile.toAbsolutePath().normalize().getParent();
    List<Path> paths = new ArrayList<>();
    for (String input : inputs) {
      paths.add(InputPaths.resolve(specFolder, input));
    }
    return paths;
  }

  /** {@return the manifest's exact text: sorted, one entry a line, {@code \n} line ends} */
  public String render() {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    text.append("fingerprint ").append(fingerprint).append('\n');
    text.append("outputs ").append(outputs).append('\n');
    inputs.forEach(input -> text.append("input ").append(input).append('\n'));
    files.forEach(file -> text.append("file ").append(file).append('\n'));
    return text.toString();
  }

  byte[] bytes() {
    return render().getBytes(StandardCharsets.UTF_8);
  }
}
