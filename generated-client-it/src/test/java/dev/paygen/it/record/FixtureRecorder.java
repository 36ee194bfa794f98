package dev.paygen.it.record;

import static com.github.tomakehurst.wiremock.client.WireMock.recordSpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Records fixtures through WireMock's record mode: a loopback WireMock proxies to the upstream API,
 * each {@link #record(String, Runnable) step} is one recording, and its stubs are saved, redacted, as
 * {@code mappings/<step>.json} with the body in {@code __files/<step>.json}; {@link #close()} scans
 * every saved file and fails if the key or an {@code Authorization} header is anywhere in them.
 */
public final class FixtureRecorder implements AutoCloseable {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final Pattern AUTHORIZATION = Pattern.compile("(?i)authorization");

  private final String upstream;
  private final String secret;
  private final Path output;
  private final WireMockServer proxy;
  private final List<String> saved = new ArrayList<>();

  /**
   * Starts the recording proxy.
   *
   * @param upstream the API to record, e.g. {@code https://test.dodopayments.com}
   * @param secret the API key the calls use; redacted from every saved file
   * @param output the fixture folder; {@code mappings/} and {@code __files/} are created in it
   */
  public FixtureRecorder(String upstream, String secret, Path output) {
    this.upstream = upstream;
    this.secret = secret;
    this.output = output;
    this.proxy = new WireMockServer(WireMockConfiguration.options()
        .bindAddress("127.0.0.1")
        .dynamicPort()
        .extensions(new RedactingTransformer()));
    proxy.start();
    try {
      Files.createDirectories(output.resolve("mappings"));
      Files.createDirectories(output.resolve("__files"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The URL to point the client at: the recording proxy on loopback. */
  public String baseUrl() {
    return proxy.baseUrl();
  }

  /** The names of the fixtures saved so far. */
  public List<String> saved() {
    return List.copyOf(saved);
  }

  /**
   * Records the calls {@code step} makes; an exception from the call (an API error is a fixture too)
   * is returned, not thrown.
   *
   * @param name the fixture name, e.g. {@code payments-retrieve}
   * @param step drives the client
   * @return the exception the step threw, or null
   */
  public RuntimeException record(String name, Runnable step) {
    proxy.resetAll();
    proxy.startRecording(recordSpec()
        .forTarget(upstream)
        .makeStubsPersistent(false)
        .matchRequestBodyWithEqualToJson(false, false)
        .extractTextBodiesOver(Long.MAX_VALUE)
        .extractBinaryBodiesOver(Long.MAX_VALUE)
        .transformers(RedactingTransformer.NAME)
        .transformerParameters(Parameters.one(RedactingTransformer.SECRET_PARAMETER, secret)));
    RuntimeException failure = null;
    try {
      step.run();
    } catch (RuntimeException e) {
      failure = e;
    } finally {
      List<StubMapping> stubs = proxy.stopRecording().getStubMappings();
      for (int i = 0; i < stubs.size(); i++) {
        save(stubs.size() == 1 ? name : name + "-" + (i + 1), stubs.get(i));
      }
      proxy.resetAll();
    }
    return failure;
  }

  private void save(String name, StubMapping stub) {
    try {
      ObjectNode tree = (ObjectNode) MAPPER.readTree(StubMapping.buildJsonStringFor(stub));
      RedactingTransformer.redact(tree, secret); // again: never trust one pass with a secret
      for (String volatileField : List.of("id", "uuid", "persistent", "insertionIndex")) {
        tree.remove(volatileField);
      }
      tree.put("name", name);
      ObjectNode response = (ObjectNode) tree.get("response");
      String file = name + ".json";
      JsonNode json = response.remove("jsonBody");
      JsonNode text = response.remove("body");
      JsonNode base64 = response.remove("base64Body");
      if (json != null) {
        Files.writeString(
            output.resolve("__files").resolve(file), MAPPER.writeValueAsString(json) + "\n");
        response.put("bodyFileName", file);
      } else if (text != null) {
        String body = text.asText();
        Files.writeString(output.resolve("__files").resolve(file), prettyIfJson(body));
        response.put("bodyFileName", file);
      } else if (base64 != null) {
        Files.write(
            output.resolve("__files").resolve(name + ".bin"),
            Base64.getDecoder().decode(base64.asText()));
        response.put("bodyFileName", name + ".bin");
      }
      Files.writeString(
          output.resolve("mappings").resolve(file), MAPPER.writeValueAsString(tree) + "\n");
      saved.add(name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String prettyIfJson(String body) {
    try {
      return MAPPER.writeValueAsString(MAPPER.readTree(body)) + "\n";
    } catch (IOException notJson) {
      return body;
    }
  }

  /** Stops the proxy, then fails if any saved file holds the key or an {@code Authorization} header. */
  @Override
  public void close() {
    proxy.stop();
    List<String> leaks = leaks(output, secret);
    if (!leaks.isEmpty()) {
      throw new IllegalStateException("recorded fixtures hold a credential, delete them: " + leaks);
    }
  }

  /** The files under {@code folder} that contain {@code secret} or the word {@code Authorization}. */
  public static List<String> leaks(Path folder, String secret) {
    List<String> leaks = new ArrayList<>();
    try (var files = Files.walk(folder)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        if ((secret != null && !secret.isEmpty() && text.contains(secret))
            || AUTHORIZATION.matcher(text).find()) {
          leaks.add(folder.relativize(file).toString());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return leaks;
  }

  @Override
  public String toString() {
    return "FixtureRecorder{upstream=" + upstream + ", output=" + output + ", saved=" + saved.size()
        + ", proxy=" + proxy.baseUrl().toLowerCase(Locale.ROOT) + "}";
  }
}
