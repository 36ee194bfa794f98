package dev.paygen.benchmarks;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Path;

/**
 * The floor of the generation benchmark: parses one spec with Swagger Parser, with the options
 * paygen's {@code SpecLoader} uses, and exits. Nothing a generator does on top of this is free.
 */
public final class ParseOnly {
  private ParseOnly() {}

  /** Parses the spec with paygen's options (resolve, not fully, no combinators, no external ref validation). */
  public static SwaggerParseResult parse(Path spec) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(false);
    options.setResolveCombinators(false);
    options.setValidateExternalRefs(false);
    return new OpenAPIParser().readLocation(spec.toAbsolutePath().normalize().toString(), null, options);
  }

  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: ParseOnly SPEC");
      System.exit(2);
    }
    SwaggerParseResult result = parse(Path.of(args[0]));
    if (result.getOpenAPI() == null) {
      System.err.println("not parsed: " + result.getMessages());
      System.exit(1);
    }
    int paths = result.getOpenAPI().getPaths() == null ? 0 : result.getOpenAPI().getPaths().size();
    System.out.println("parsed: " + paths + " paths");
  }
}
