package dev.paygen.generator.cli;

import dev.paygen.generator.Generator;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code paygen} command: {@code paygen generate --spec FILE --package PKG --output DIR} and
 * {@code paygen diff --old SPEC|DIR --new SPEC --package PKG}.
 *
 * <p>Exit codes: 0 done, 1 problems in the spec, drift found by {@code --check} or breaking changes
 * found by {@code diff --fail-on-breaking}, 2 bad usage.
 */
@Command(
    name = "paygen",
    mixinStandardHelpOptions = true,
    versionProvider = PaygenCli.Version.class,
    subcommands = {GenerateCommand.class, DiffCommand.class},
    description = "Generates typed Java 17 clients from OpenAPI specs.",
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  done",
      "  1  problems in the spec, drift found by --check, or breaking changes found by",
      "     diff --fail-on-breaking",
      "  2  bad usage"
    })
public final class PaygenCli implements Callable<Integer> {
  static final int OK = 0;
  static final int PROBLEMS = 1;
  static final int USAGE = 2;

  @Spec
  CommandSpec spec;

  /**
   * Runs {@code paygen} and exits with its code: 0 success, 1 problems found, 2 bad usage.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    Charset charset = Charset.defaultCharset();
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, charset), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, charset), true);
    System.exit(run(args, out, err));
  }

  /** Runs the command line and returns its exit code; prints only to {@code out} and {@code err}. */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new PaygenCli());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setParameterExceptionHandler((e, ignored) -> usageError(e, err));
    commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
      err.println("paygen: internal error: " + e + " (please report it)");
      return PROBLEMS;
    });
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private static int usageError(ParameterException e, PrintWriter err) {
    err.println("paygen: " + e.getMessage());
    err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName()
        + " --help' for more information.");
    return USAGE;
  }

  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(), "missing command: use 'paygen generate' or 'paygen diff'");
  }

  /** Prints {@code paygen <version>}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"paygen " + Generator.version()};
    }
  }
}
