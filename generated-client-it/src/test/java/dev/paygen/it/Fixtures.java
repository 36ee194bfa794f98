package dev.paygen.it;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.paygen.runtime.Sleeper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** A WireMock server on loopback serving one API's recorded fixtures, and a sleeper that never waits. */
public final class Fixtures {
  private Fixtures() {}

  public static Path root() {
    return Path.of(System.getProperty("paygen.fixtures", "src/test/resources/fixtures"));
  }

  /** Starts WireMock on a copy of the fixtures: WireMock deletes the files of stubs it removes. */
  public static WireMockServer start(String api) {
    Path copy;
    try {
      copy = Files.createTempDirectory("paygen-fixtures-" + api);
      Path from = root().resolve(api);
      try (var files = Files.walk(from)) {
        for (Path p : (Iterable<Path>) files::iterator) {
          Path to = copy.resolve(from.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(to);
          } else {
            Files.copy(p, to);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    WireMockServer server = new WireMockServer(WireMockConfiguration.options()
        .bindAddress("127.0.0.1")
        .dynamicPort()
        .usingFilesUnderDirectory(copy.toString()));
    server.start();
    return server;
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
