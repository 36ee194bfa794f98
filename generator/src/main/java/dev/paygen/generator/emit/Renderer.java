package dev.paygen.generator.emit;

import com.palantir.javapoet.TypeSpec;
import dev.paygen.generator.GeneratedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Renders the emitters' types to files ({@link Sources#file}) while they build the next ones.
 *
 * <p>JavaPoet's rendering is most of emission: it lays every type out twice (once to collect the
 * imports) and splits every piece of text on line breaks by a regular expression; on the largest
 * specs that is over a second of a run of three or four. Files are independent, so they are rendered
 * on the calling thread and, where the machine has more cores, on up to {@value #MAX_WORKERS}
 * others. When the workers have {@value #QUEUED_PER_WORKER} types each waiting, the calling thread
 * renders the next one itself: building never runs far ahead, so the types waiting stay few.
 *
 * <p>Files come back in the order they were added, each one rendered by the same code whatever the
 * thread: the output is the same bytes on one core or eight.
 *
 * <pre>{@code
 * try (Renderer renderer = new Renderer(model.specFile())) {
 *   renderer.add(model.modelPackage(), spec);
 *   List<GeneratedFile> files = renderer.files();
 * }
 * }</pre>
 */
final class Renderer implements AutoCloseable {
  private static final int MAX_WORKERS = 7;
  private static final int QUEUED_PER_WORKER = 32;
  private static final AtomicInteger POOLS = new AtomicInteger();

  private final String specFile;
  private final ThreadPoolExecutor pool;
  private final List<Future<GeneratedFile>> files = new ArrayList<>();

  /**
   * A renderer using the machine's other cores.
   *
   * @param specFile the spec's file name, for each file's header
   */
  Renderer(String specFile) {
    this(specFile, Runtime.getRuntime().availableProcessors() - 1);
  }

  /**
   * A renderer with up to {@code workers} threads besides the calling one (none: all on the caller).
   *
   * @param specFile the spec's file name, for each file's header
   * @param workers how many other threads may render
   */
  Renderer(String specFile, int workers) {
    this.specFile = specFile;
    int threads = Math.min(workers, MAX_WORKERS);
    this.pool = threads < 1
        ? null
        : new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(threads * QUEUED_PER_WORKER),
            daemons("paygen-render-" + POOLS.incrementAndGet() + "-"),
            new ThreadPoolExecutor.CallerRunsPolicy());
  }

  /**
   * Renders {@code type} as a file under {@code packageName}'s folder, now or on another thread.
   *
   * @param packageName the type's package
   * @param type the top-level type
   */
  void add(String packageName, TypeSpec type) {
    FutureTask<GeneratedFile> task =
        new FutureTask<>(() -> Sources.file(packageName, type, specFile));
    if (pool == null) {
      task.run();
    } else {
      pool.execute(task);
    }
    files.add(task);
  }

  /**
   * The files, in the order their types were added; waits for those still rendering.
   *
   * @return the rendered files
   * @throws RuntimeException or {@link Error}: what rendering a type threw, as it threw it
   */
  List<GeneratedFile> files() {
    List<GeneratedFile> rendered = new ArrayList<>(files.size());
    for (Future<GeneratedFile> file : files) {
      rendered.add(result(file));
    }
    return rendered;
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  private static GeneratedFile result(Future<GeneratedFile> file) {
    try {
      return file.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while rendering the generated files", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("rendering a generated file failed", cause);
    }
  }

  /** Daemon threads, so that a build tool's JVM never waits on one. */
  private static ThreadFactory daemons(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
