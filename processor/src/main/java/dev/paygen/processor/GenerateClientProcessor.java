package dev.paygen.processor;

import dev.paygen.generator.Diagnostic;
import dev.paygen.generator.GeneratedFile;
import dev.paygen.generator.GenerationRequest;
import dev.paygen.generator.GenerationResult;
import dev.paygen.generator.Generator;
import dev.paygen.generator.JsonLibrary;
import dev.paygen.generator.RefRoot;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Messager;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;
import javax.tools.JavaFileObject;

/**
 * Generates the client that a {@link GenerateClient} on a package asks for, through the
 * {@link javax.annotation.processing.Filer}, in the first round that sees the annotation.
 *
 * <p>Never throws: every problem, including a crash of the generator, becomes a compiler message on
 * the annotated package.
 */
@SupportedAnnotationTypes(GenerateClientProcessor.ANNOTATION)
@SupportedOptions({
  GenerateClientProcessor.BASE_DIR_OPTION,
  GenerateClientProcessor.REF_ROOT_OPTION,
  GenerateClientProcessor.JSON_OPTION
})
public final class GenerateClientProcessor extends AbstractProcessor {
  static final String ANNOTATION = "dev.paygen.processor.GenerateClient";
  static final String BASE_DIR_OPTION = "paygen.baseDir";
  static final String REF_ROOT_OPTION = "paygen.refRoot";
  /** {@code -Apaygen.json=jackson3}: the JSON library of every client this compilation generates. */
  static final String JSON_OPTION = "paygen.json";

  /** Packages already generated, so a later round never generates them twice. */
  private final Set<String> done = new HashSet<>();

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  // @GenerateClient is paygen's own annotation: claiming it is the intent, no other processor reads
  // it.
  @SuppressWarnings("DoNotClaimAnnotations")
  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Messager messager = processingEnv.getMessager();
    try {
      for (Element element : round.getElementsAnnotatedWith(GenerateClient.class)) {
        if (element.getKind() != ElementKind.PACKAGE) {
          messager.printMessage(
              Kind.ERROR,
              "paygen: @GenerateClient belongs on a package (package-info.java)",
              element);
          continue;
        }
        PackageElement pkg = (PackageElement) element;
        if (done.add(pkg.getQualifiedName().toString())) {
          generate(pkg, pkg.getAnnotation(GenerateClient.class));
        }
      }
    } catch (Throwable t) { // a processor that throws takes javac down with it
      messager.printMessage(Kind.ERROR, "paygen: internal error: " + t);
    }
    return true;
  }

  private void generate(PackageElement pkg, GenerateClient annotation) {
    Messager messager = processingEnv.getMessager();
    SpecLocator locator =
        new SpecLocator(processingEnv.getOptions().get(BASE_DIR_OPTION), processingEnv.getFiler());
    boolean names = !annotation.namesFile().isBlank();
    try (SpecLocator.Located spec = locator.locate(annotation.spec());
        SpecLocator.Located namesFile =
            names ? locator.locate(annotation.namesFile()) : SpecLocator.Located.file(null)) {
      if (spec.problem() != null || namesFile.problem() != null) {
        messager.printMessage(
            Kind.ERROR,
            spec.problem() != null
                ? spec.problem()
                : "@GenerateClient(namesFile): " + namesFile.problem(),
            pkg);
        return;
      }
      GenerationRequest request = request(pkg, annotation, spec.path(), namesFile.path());
      if (request != null && spec.temporary() == null) {
        request = request.toBuilder().refRoot(refRoot()).build();
      }
      if (request == null) {
        return;
      }
      GenerationResult result = Generator.generate(request);
      for (Diagnostic diagnostic : result.diagnostics()) {
        messager.printMessage(
            diagnostic.isError() ? Kind.ERROR : Kind.WARNING, diagnostic.toString(), pkg);
      }
      if (result.outcome() == GenerationResult.Outcome.FAILED) {
        return;
      }
      String ownPackageInfo = pkg.getQualifiedName() + ".package-info";
      for (GeneratedFile file : result.files()) {
        // The annotated package's package-info.java is the user's (it carries @GenerateClient):
        // javac cannot have a second one, so that package is @NullMarked only if they mark it.
        if (!file.qualifiedName().equals(ownPackageInfo)) {
          write(pkg, file);
        }
      }
      messager.printMessage(Kind.NOTE, result.summary(), pkg);
    } catch (Throwable t) {
      messager.printMessage(
          Kind.ERROR, "paygen: generating from " + annotation.spec() + " failed: " + t, pkg);
    }
  }

  private GenerationRequest request(
      PackageElement pkg, GenerateClient annotation, Path spec, Path namesFile) {
    String packageName = annotation.packageName().isBlank()
        ? pkg.getQualifiedName().toString()
        : annotation.packageName().trim();
    if (packageName.isEmpty()) {
      processingEnv
          .getMessager()
          .printMessage(
              Kind.ERROR,
              "paygen: the unnamed package has no name to generate into. Fix: set @GenerateClient(packageName = ...)",
              pkg);
      return null;
    }
    String json = option(JSON_OPTION);
    JsonLibrary library =
        json == null ? JsonLibrary.JACKSON2 : JsonLibrary.parse(json).orElse(null);
    if (library == null) {
      processingEnv
          .getMessager()
          .printMessage(
              Kind.ERROR, "paygen: " + JsonLibrary.unknown("-A" + JSON_OPTION, json), pkg);
      return null;
    }
    Map<String, String> operationNames = pairs(pkg, "operationNames", annotation.operationNames());
    Map<String, String> typeNames = pairs(pkg, "typeNames", annotation.typeNames());
    if (operationNames == null || typeNames == null) {
      return null;
    }
    return GenerationRequest.builder(spec, packageName)
        .clientName(
            annotation.clientName().isBlank() ? null : annotation.clientName().trim())
        .allowRemoteRefs(annotation.allowRemoteRefs())
        .operationNames(operationNames)
        .typeNames(typeNames)
        .namesFile(namesFile)
        .json(library)
        .build();
  }

  /**
   * {@code -Apaygen.refRoot} (relative to {@code paygen.baseDir}, else the working directory), else
   * {@code paygen.baseDir}, the project the compilation belongs to, else null: the CLI's rule.
   */
  private RefRoot refRoot() {
    String baseDir = option(BASE_DIR_OPTION);
    String refRoot = option(REF_ROOT_OPTION);
    Path base = Path.of(baseDir == null ? "" : baseDir);
    if (refRoot != null) {
      return RefRoot.of(base.resolve(refRoot), "-A" + REF_ROOT_OPTION);
    }
    return baseDir == null
        ? null
        : RefRoot.byDefault(base, "-A" + BASE_DIR_OPTION + ", the project");
  }

  private String option(String name) {
    String value = processingEnv.getOptions().get(name);
    return value == null || value.isBlank() ? null : value.trim();
  }

  /** Reads {@code "key=value"} entries; reports every malformed one and returns null if any was. */
  private Map<String, String> pairs(Element element, String attribute, String[] entries) {
    Map<String, String> map = new LinkedHashMap<>();
    boolean ok = true;
    for (String entry : entries) {
      int eq = entry.indexOf('=');
      if (eq <= 0 || eq == entry.length() - 1) {
        processingEnv
            .getMessager()
            .printMessage(
                Kind.ERROR,
                "paygen: @GenerateClient(" + attribute + ") entry \"" + entry
                    + "\" is not key=value. Fix: write it as \"specName=JavaName\"",
                element);
        ok = false;
      } else {
        map.put(entry.substring(0, eq).trim(), entry.substring(eq + 1).trim());
      }
    }
    return ok ? map : null;
  }

  private void write(PackageElement pkg, GeneratedFile file) throws IOException {
    JavaFileObject source = processingEnv.getFiler().createSourceFile(file.qualifiedName(), pkg);
    try (Writer writer = source.openWriter()) {
      writer.write(file.content());
    }
  }
}
