package dev.paygen.it;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.paygen.runtime.Sleeper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A WireMock server on loopback serving one API's recorded fixtures, and a sleeper that never waits. */
public final class Fixtures {
  private Fixtures() {}

  public static Path root() {
    return Path.of(System.getProperty("paygen.fixtures", "src/test/resources/fixtures"));
  }

  private static final Map<WireMockServer, Path[]> COPIES = new ConcurrentHashMap<>();

  /** Starts WireMock on a copy of the fixtures: WireMock deletes the files of stubs it removes. */
  public static WireMockServer start(String api) {
    return start(root().resolve(api));
  }

  /** Starts WireMock on loopback on a copy of a fixture folder ({@code mappings/}, {@code __files/}). */
  public static WireMockServer start(Path from) {
    Path copy;
    try {
      copy = Files.createTempDirectory("paygen-fixtures-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    copyTree(from, copy);
    WireMockServer server = new WireMockServer(WireMockConfiguration.options()
        .bindAddress("127.0.0.1")
        .dynamicPort()
        .usingFilesUnderDirectory(copy.toString()));
    server.start();
    COPIES.put(server, new Path[] {from, copy});
    return server;
  }

  /**
   * Restores the recorded stubs and clears the journal: the copy is refreshed first, because
   * {@code resetMappings()} and {@code removeStub(..)} delete the stub files of a file-backed server,
   * after which {@code resetToDefaultMappings()} alone would leave later tests without fixtures.
   */
  public static void reset(WireMockServer server) {
    Path[] paths = COPIES.get(server);
    if (paths == null) {
      throw new IllegalArgumentException("not started by Fixtures.start: " + server);
    }
    copyTree(paths[0], paths[1]);
    server.resetToDefaultMappings();
    server.resetRequests();
    server.resetScenarios();
  }

  /** Stops the server and forgets its copy. */
  public static void stop(WireMockServer server) {
    COPIES.remove(server);
    server.stop();
  }

  private static void copyTree(Path from, Path to) {
    try (var files = Files.walk(from)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String file(String api, String folder, String name) {
    try {
      return Files.readString(root().resolve(api).resolve(folder).resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Records the backoff asked for, waits not at all. */
  public static final class RecordingSleeper implements Sleeper {
    public final List<Duration> delays = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration duration) {
      delays.add(duration);
    }

    @Override
    public CompletableFuture<Void> sleepAsync(Duration duration) {
      delays.add(duration);
      return CompletableFuture.completedFuture(null);
    }
  }
}
