package dev.paygen.generator.write;

import dev.paygen.generator.GeneratedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A SHA-256 over everything that decides a run's output: the bytes and spec-relative names of every
 * input file, the root spec's name, the options and the generator version.
 *
 * <pre>{@code
 * String hash = Fingerprint.compute(specFile, loaded.inputFiles(), request.optionsFingerprintText(), version);
 * }</pre>
 */
public final class Fingerprint {
  private Fingerprint() {}

  /**
   * Hashes the inputs; the root spec is always included, whether or not {@code inputs} lists it.
   *
   * @param specFile the root spec file
   * @param inputs every file the spec reads through {@code $ref}s
   * @param optionsText the options that change the output, {@link
   *     dev.paygen.generator.GenerationRequest#optionsFingerprintText()}
   * @param version the generator's version
   * @return the SHA-256 hash, in lower-case hex
   * @throws IOException naming the input file that could not be read
   */
  public static String compute(Path specFile, List<Path> inputs, String optionsText, String version)
      throws IOException {
    Path root = specFile.toAbsolutePath().normalize();
    Path specFolder = root.getParent();
    Map<String, Path> byName = new TreeMap<>();
    byName.put(InputPaths.display(specFolder, root), root);
    for (Path input : inputs) {
      Path absolute = input.toAbsolutePath().normalize();
      byName.put(InputPaths.display(specFolder, absolute), absolute);
    }
    MessageDigest digest = sha256();
    update(digest, "paygen-fingerprint-1");
    update(digest, "root=" + InputPaths.display(specFolder, root));
    for (Map.Entry<String, Path> entry : byName.entrySet()) {
      byte[] bytes = read(entry.getValue());
      update(digest, "file=" + entry.getKey() + "\nlength=" + bytes.length);
      digest.update(bytes);
    }
    update(digest, "options=" + optionsText);
    update(digest, "version=" + version);
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * Hashes rendered files: each one's relative path and bytes, in path order.
   *
   * @param files the rendered files
   * @return the SHA-256 hash, in lower-case hex
   */
  public static String ofOutputs(List<GeneratedFile> files) {
    // Each file's bytes only while it is hashed: holding them all at once doubled the output's
    // footprint (tens of MB on the largest specs) next to the rendered text.
    Map<String, Content> byPath = new TreeMap<>();
    files.forEach(file -> byPath.put(file.relativePath(), file::bytes));
    try {
      return outputsHash(byPath);
    } catch (IOException e) {
      throw new UncheckedIOException("rendered files are not read from disk", e);
    }
  }

  /**
   * The same hash over the files now in {@code outputDirectory}: equal to {@link #ofOutputs(List)} of
   * the run that wrote them as long as nobody edited, deleted or replaced one since.
   *
   * @param outputDirectory the output folder
   * @param relativePaths the files to hash, relative to {@code outputDirectory}
   * @return the SHA-256 hash, in lower-case hex
   * @throws IOException naming a file that is missing or unreadable
   */
  public static String ofOutputs(Path outputDirectory, Collection<String> relativePaths)
      throws IOException {
    Map<String, Content> byPath = new TreeMap<>();
    for (String relative : relativePaths) {
      byPath.put(relative, () -> read(OutputPaths.resolve(outputDirectory, relative)));
    }
    return outputsHash(byPath);
  }

  /** One file's bytes, read or encoded when the hash reaches it. */
  private interface Content {
    byte[] get() throws IOException;
  }

  private static String outputsHash(Map<String, Content> byPath) throws IOException {
    MessageDigest digest = sha256();
    update(digest, "paygen-outputs-1");
    for (Map.Entry<String, Content> entry : byPath.entrySet()) {
      byte[] bytes = entry.getValue().get();
      update(digest, "file=" + entry.getKey() + "\nlength=" + bytes.length);
      digest.update(bytes);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static byte[] read(Path file) throws IOException {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw Failures.on("read", file, e);
    }
  }

  /** Each field is length-prefixed so that no two different inputs hash the same byte stream. */
  private static void update(MessageDigest digest, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
    digest.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform is required to provide SHA-256.
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
