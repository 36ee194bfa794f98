package dev.paygen.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateClientProcessorTest {
  private static final String USE_CLIENT = """
      package com.example.app;

      import com.example.pets.PetsClient;
      import com.example.pets.model.Pet;
      import com.example.pets.model.PetStatus;

      public final class UsesClient {
        private UsesClient() {}

        static String describe(PetsClient client, Pet pet, PetStatus status) {
          return client + " " + pet.name() + " " + status;
        }
      }
      """;

  @TempDir
  Path dir;

  @Test
  void generatesClientUsableInSameCompilation() throws IOException {
    copySpec("pets.yaml");
    Compilation c = compile(
        List.of("-Apaygen.baseDir=" + dir),
        packageInfo("com.example.pets", "spec = \"pets.yaml\", clientName = \"Pets\""),
        USE_CLIENT);

    assertThat(c.success).as(c.messages()).isTrue();
    assertThat(c.errors()).isEmpty();
    assertThat(dir.resolve("gen/com/example/pets/PetsClient.java")).isRegularFile();
    assertThat(dir.resolve("gen/com/example/pets/model/Pet.java")).isRegularFile();
    assertThat(dir.resolve("classes/com/example/pets/model/Pet.class")).isRegularFile();
    assertThat(dir.resolve("classes/com/example/app/UsesClient.class")).isRegularFile();
  }

  @Test
  void packageNameDefaultsToAnnotatedPackageAndCanBeOverridden() throws IOException {
    copySpec("pets.yaml");
    Compilation c = compile(
        List.of("-Apaygen.baseDir=" + dir),
        packageInfo(
            "com.example.api",
            "spec = \"pets.yaml\", clientName = \"Pets\", packageName = \"com.example.pets\""),
        USE_CLIENT);

    assertThat(c.success).as(c.messages()).isTrue();
    assertThat(dir.resolve("gen/com/example/pets/PetsClient.java")).isRegularFile();
  }

  @Test
  void specResolvesAgainstWorkingDirectoryWithoutBaseDir() {
    // surefire runs in the module directory
    Compilation c = compile(
        List.of(),
        packageInfo(
            "com.example.pets",
            "spec = \"src/test/resources/paygen-test/pets.yaml\", clientName = \"Pets\""),
        USE_CLIENT);

    assertThat(c.success).as(c.messages()).isTrue();
  }

  @Test
  void theRefRootOptionWidensTheRootBeyondBaseDir() throws IOException {
    Path specFolder = splitSpec();
    String pkg = packageInfo("com.example.split", "spec = \"pets.yaml\", clientName = \"Split\"");

    // Default root: paygen.baseDir, here the spec's folder, which ../common/Pet.yaml leaves.
    Compilation narrow = compile(List.of("-Apaygen.baseDir=" + specFolder), pkg);
    assertThat(narrow.success).isFalse();
    assertThat(narrow.messages())
        .contains("[PAYGEN-E012] $ref '../common/Pet.yaml' reaches")
        .contains("(default: -Apaygen.baseDir, the project)")
        .contains("-Apaygen.refRoot=DIR (processor)");

    Compilation wide =
        compile(List.of("-Apaygen.baseDir=" + specFolder, "-Apaygen.refRoot=../.."), pkg);
    assertThat(wide.success).as(wide.messages()).isTrue();
    assertThat(dir.resolve("gen/com/example/split/model/Pet.java")).isRegularFile();
  }

  @Test
  void aRefLeavingTheRefRootOptionIsE012() throws IOException {
    splitSpec();
    Compilation c = compile(
        List.of("-Apaygen.baseDir=" + dir, "-Apaygen.refRoot=api/spec"),
        packageInfo("com.example.split", "spec = \"api/spec/pets.yaml\", clientName = \"Split\""));

    assertThat(c.success).isFalse();
    assertThat(c.messages())
        .contains("[PAYGEN-E012] $ref '../common/Pet.yaml' reaches")
        .contains("outside the ref root " + dir.resolve("api/spec") + " (set by -Apaygen.refRoot)");
  }

  /** {@code api/spec/pets.yaml} naming {@code ../common/Pet.yaml}; returns the spec's folder. */
  private Path splitSpec() throws IOException {
    Path common = Files.createDirectories(dir.resolve("api/common"));
    Files.writeString(
        common.resolve("Pet.yaml"), "type: object\nproperties: {name: {type: string}}\n");
    Path spec = Files.createDirectories(dir.resolve("api/spec"));
    Files.writeString(spec.resolve("pets.yaml"), """
        openapi: 3.0.3
        info: {title: Split, version: "1"}
        paths: {}
        components:
          schemas:
            Pet: {$ref: '../common/Pet.yaml'}
        """);
    return spec;
  }

  @Test
  void badSpecIsAnErrorOnThePackageWithFileAndPointer() throws IOException {
    Files.writeString(dir.resolve("bad.yaml"), """
        openapi: 3.0.3
        info:
          title: Bad
          version: 1.0.0
        paths:
          /pets:
            get:
              operationId: list_pets
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/Missing'
        components:
          schemas:
            Pet:
              type: object
              properties:
                owner:
                  $ref: '#/components/schemas/AlsoMissing'
        """);
    Compilation c = compile(
        List.of("-Apaygen.baseDir=" + dir), packageInfo("com.example.bad", "spec = \"bad.yaml\""));

    assertThat(c.success).isFalse();
    assertThat(c.errors()).isNotEmpty().allSatisfy(d -> {
      assertThat(d.getSource()).isNotNull();
      assertThat(d.getSource().getName()).endsWith("package-info.java");
      assertThat(d.getMessage(Locale.ROOT)).contains("bad.yaml#/").contains("[PAYGEN-");
    });
  }

  @Test
  void specWarningsAreCompilerWarningsOnThePackageAndGenerationGoesOn() throws IOException {
    // a security requirement naming a scheme the spec lacks is a warning (W062), not an error
    String tags = "      tags: [Pets]\n";
    String spec;
    try (InputStream in = getClass().getResourceAsStream("/paygen-test/pets.yaml")) {
      spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(spec).contains(tags);
    Files.writeString(
        dir.resolve("warning.yaml"),
        spec.replace(tags, tags + "      security: [{Undeclared: []}]\n"));
    Compilation c = compile(
        List.of("-Apaygen.baseDir=" + dir),
        false,
        packageInfo("com.example.pets", "spec = \"warning.yaml\", clientName = \"Pets\""),
        USE_CLIENT);

    assertThat(c.success).as(c.messages()).isTrue();
    assertThat(c.diagnostics)
        .filteredOn(d -> d.getKind() == Diagnostic.Kind.WARNING)
        .singleElement()
        .satisfies(d -> {
          assertThat(d.getSource().getName()).endsWith("package-info.java");
          assertThat(d.getMessage(Locale.ROOT))
              .contains("warning.yaml#/paths/")
              .contains("warning [PAYGEN-W");
        });
  }

  @Test
  void missingSpecFileIsAClearErrorNamingWhereItLooked() {
    Compilation c = compile(
        List.of("-Apaygen.baseDir=" + dir),
        packageInfo("com.example.none", "spec = \"nope.yaml\""));

    assertThat(c.success).isFalse();
    assertThat(c.errors())
        .singleElement()
        .satisfies(d -> assertThat(d.getMessage(Locale.ROOT))
            .contains("nope.yaml not found")
            .contains(dir.resolve("nope.yaml").toString())
            .contains("paygen.baseDir"));
  }

  @Test
  void classpathSpecIsReadFromTheProcessorPath() {
    Compilation c = compile(
        List.of(),
        packageInfo(
            "com.example.pets",
            "spec = \"classpath:paygen-test/pets.yaml\", clientName = \"Pets\""),
        USE_CLIENT);

    assertThat(c.success).as(c.messages()).isTrue();
  }

  @Test
  void classpathSpecInsideAJarIsCopiedAndRead() throws IOException {
    Path jar = dir.resolve("specs.jar");
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream jarOut = new JarOutputStream(out);
        InputStream spec = getClass().getResourceAsStream("/paygen-test/pets.yaml")) {
      jarOut.putNextEntry(new JarEntry("jarred/specs/pets-in-jar.yaml"));
      spec.transferTo(jarOut);
      jarOut.closeEntry();
    }
    Compilation c = compile(
        List.of(
            "-classpath", System.getProperty("java.class.path") + java.io.File.pathSeparator + jar),
        packageInfo(
            "com.example.pets",
            "spec = \"classpath:jarred/specs/pets-in-jar.yaml\", clientName = \"Pets\""),
        USE_CLIENT);

    assertThat(c.success).as(c.messages()).isTrue();
  }

  @Test
  void missingClasspathSpecIsAClearError() {
    Compilation c =
        compile(List.of(), packageInfo("com.example.none", "spec = \"classpath:no/such.yaml\""));

    assertThat(c.success).isFalse();
    assertThat(c.errors())
        .singleElement()
        .satisfies(d -> assertThat(d.getMessage(Locale.ROOT))
            .contains("classpath:no/such.yaml")
            .contains("annotationProcessorPaths"));
  }

  @Test
  void malformedNameOverrideIsReported() throws IOException {
    copySpec("pets.yaml");
    Compilation c = compile(
        List.of("-Apaygen.baseDir=" + dir),
        packageInfo(
            "com.example.pets", "spec = \"pets.yaml\", operationNames = {\"retrieve_pet\"}"));

    assertThat(c.success).isFalse();
    assertThat(c.messages()).contains("operationNames").contains("retrieve_pet");
  }

  @Test
  void unknownJsonLibraryOptionIsAnErrorNamingTheAllowedValues() throws IOException {
    copySpec("pets.yaml");
    Compilation c = compile(
        List.of("-Apaygen.baseDir=" + dir, "-Apaygen.json=gson"),
        packageInfo("com.example.pets", "spec = \"pets.yaml\""));

    assertThat(c.success).isFalse();
    assertThat(c.messages())
        .contains("-Apaygen.json must be one of jackson2, jackson3, but was 'gson'");
  }

  @Test
  void anIllegalTypeNameIsTheCodedErrorEveryFrontEndGives() throws IOException {
    // Before: generation ran, JavaPoet refused the name, and javac printed PAYGEN-E900 "a bug in
    // paygen".
    copySpec("pets.yaml");
    Compilation c = compile(
        List.of("-Apaygen.baseDir=" + dir),
        packageInfo("com.example.pets", "spec = \"pets.yaml\", typeNames = {\"Pet=1Pet\"}"));

    assertThat(c.success).isFalse();
    assertThat(c.errors()).singleElement().satisfies(d -> {
      assertThat(d.getSource().getName()).endsWith("package-info.java");
      assertThat(d.getMessage(Locale.ROOT))
          .isEqualTo("error [PAYGEN-E052] the type name '1Pet' given for schema"
              + " 'Pet' is not a legal Java type name. Fix: use a letter or _ first, then letters, digits and _, and not a"
              + " Java keyword, e.g. Payment");
    });
  }

  @Test
  void processorIsRegisteredAsAService() {
    assertThat(ServiceLoader.load(Processor.class, getClass().getClassLoader()).stream()
            .map(ServiceLoader.Provider::type))
        .contains(GenerateClientProcessor.class);
  }

  private void copySpec(String name) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/paygen-test/" + name)) {
      Files.copy(in, dir.resolve(name));
    }
  }

  private static String packageInfo(String pkg, String attributes) {
    return "@dev.paygen.processor.GenerateClient(" + attributes + ")\npackage " + pkg + ";\n";
  }

  private record Compilation(
      boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    List<Diagnostic<? extends JavaFileObject>> errors() {
      return diagnostics.stream()
          .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
          .toList();
    }

    String messages() {
      return diagnostics.stream()
          .map(d -> d.getKind() + ": " + d.getMessage(Locale.ROOT))
          .collect(Collectors.joining("\n"));
    }
  }

  /** Compiles the sources in-process with the processor, runtime and Jackson on the class path. */
  private Compilation compile(List<String> extraOptions, String... sources) {
    return compile(extraOptions, true, sources);
  }

  private Compilation compile(List<String> extraOptions, boolean werror, String... sources) {
    try {
      Path src = Files.createDirectories(dir.resolve("src"));
      List<Path> files = new ArrayList<>();
      for (String source : sources) {
        String pkg = source
            .lines()
            .filter(l -> l.startsWith("package "))
            .findFirst()
            .orElseThrow()
            .substring("package ".length())
            .replace(";", "")
            .trim();
        String type = source.contains("class ")
            ? source.replaceAll("(?s).*class (\\w+).*", "$1")
            : "package-info";
        Path file = src.resolve(pkg.replace('.', '/')).resolve(type + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source, StandardCharsets.UTF_8);
        files.add(file);
      }
      Files.createDirectories(dir.resolve("gen"));
      Files.createDirectories(dir.resolve("classes"));
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      try (StandardJavaFileManager fm =
          javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
        List<String> options = new ArrayList<>(List.of(
            "--release",
            "17",
            "-Xlint:all,-processing",
            "-s",
            dir.resolve("gen").toString(),
            "-d",
            dir.resolve("classes").toString()));
        if (werror) {
          options.add("-Werror");
        }
        if (!extraOptions.contains("-classpath")) {
          options.addAll(List.of("-classpath", System.getProperty("java.class.path")));
        }
        options.addAll(extraOptions);
        JavaCompiler.CompilationTask task = javac.getTask(
            null, fm, diagnostics, options, null, fm.getJavaFileObjectsFromPaths(files));
        task.setProcessors(List.of(new GenerateClientProcessor()));
        boolean success = task.call();
        return new Compilation(success, diagnostics.getDiagnostics());
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
