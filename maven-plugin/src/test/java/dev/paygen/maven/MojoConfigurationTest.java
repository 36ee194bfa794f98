package dev.paygen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paygen.generator.GenerationRequest;
import dev.paygen.generator.RefRoot;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A wrong parameter fails the build as a configuration problem, with the same coded message the CLI
 * and the processor give, before anything is generated.
 */
class MojoConfigurationTest {
  @TempDir
  Path dir;

  private GenerateMojo mojo;

  @BeforeEach
  void mojo() throws IOException {
    Files.writeString(dir.resolve("pets.yaml"), """
        openapi: 3.0.3
        info: {title: Pets, version: "1"}
        paths: {}
        components:
          schemas:
            Pet: {type: object, properties: {name: {type: string}}}
        """);
    MavenProject project = new MavenProject();
    project.setFile(dir.resolve("pom.xml").toFile());
    mojo = new GenerateMojo();
    mojo.project = project;
    mojo.spec = "pets.yaml";
    mojo.packageName = "com.acme.pets";
    mojo.outputDirectory = dir.resolve("target/generated-sources/paygen").toFile();
  }

  @Test
  void anIllegalTypeNameIsAConfigurationFailureWithTheMessageEveryFrontEndGives() {
    // Before: generation ran, JavaPoet refused the name, and the build failed with PAYGEN-E900 "a
    // bug in paygen".
    mojo.typeNames = Map.of("Pet", "1Pet");

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("problem(s) in the configuration of execution 'default'")
        .hasMessageContaining(
            "error [PAYGEN-E052] the type name '1Pet' given for schema 'Pet' is not a legal Java type"
                + " name. Fix: use a letter or _ first, then letters, digits and _, and not a Java keyword, e.g. Payment");
    assertThatThrownBy(mojo::execute).hasMessageNotContaining("PAYGEN-E900");
  }

  @Test
  void aKeywordOperationNameAndABadPackageAreListedTogether() {
    mojo.packageName = "com.acme.new";
    mojo.operationNames = Map.of("listPets", "class");

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("2 problem(s)")
        .hasMessageContaining("[PAYGEN-E050] 'com.acme.new' is not a valid Java package name")
        .hasMessageContaining(
            "[PAYGEN-E053] the operation name 'class' given for operationId 'listPets'");
  }

  @Test
  void unknownJsonLibraryFailsNamingTheAllowedValues() {
    mojo.json = "gson";

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("<json> must be one of jackson2, jackson3, but was 'gson'");
    assertThat(mojo.outputDirectory).doesNotExist();
  }

  @Test
  void jsonJackson3GeneratesJackson3Names() throws Exception {
    mojo.json = "jackson3";

    mojo.execute();

    assertThat(Files.readString(
            mojo.outputDirectory.toPath().resolve("com/acme/pets/PetsClient.java")))
        .contains("import tools.jackson.databind.ObjectMapper;");
  }

  @Test
  void aMissingPackageNameIsTheRequestsError() {
    mojo.packageName = null;

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("[PAYGEN-E050] the package name is empty");
  }

  @Test
  void aChangedNamesFileRegenerates() throws Exception {
    Path names = Files.writeString(dir.resolve("names.yaml"), "schemas: {Pet: Animal}\n");
    mojo.namesFile = names.toFile();
    Path model = mojo.outputDirectory.toPath().resolve("com/acme/pets/model");
    mojo.execute();
    assertThat(model.resolve("Animal.java")).exists();
    long written = Files.getLastModifiedTime(model.resolve("Animal.java")).toMillis();
    mojo.execute(); // up to date: nothing is rewritten
    assertThat(Files.getLastModifiedTime(model.resolve("Animal.java")).toMillis())
        .isEqualTo(written);

    Files.writeString(names, "schemas: {Pet: Creature}\n");
    mojo.execute();

    assertThat(model.resolve("Creature.java")).exists();
    assertThat(model.resolve("Animal.java")).doesNotExist();
  }

  @Test
  void refRootDefaultsToTheBaseDirectory() throws Exception {
    assertThat(mojo.request(GenerationRequest.Mode.WRITE, false).effectiveRefRoot())
        .isEqualTo(RefRoot.byDefault(dir, "the Maven project's base directory"));

    mojo.refRoot = new File("..");
    assertThat(mojo.request(GenerationRequest.Mode.WRITE, false).effectiveRefRoot())
        .isEqualTo(RefRoot.of(dir.getParent(), "<refRoot>"));
  }

  @Test
  void aRefAboveTheSpecFolderInsideTheProjectGeneratesAndAChangeToItRegenerates() throws Exception {
    // The project (a temporary folder: no .git above it) holds api/spec and api/common.
    Path common = Files.createDirectories(dir.resolve("api/common")).resolve("Error.yaml");
    Files.writeString(common, "type: object\nproperties: {code: {type: integer}}\n");
    Path spec = Files.createDirectories(dir.resolve("api/spec")).resolve("pets.yaml");
    Files.writeString(spec, """
        openapi: 3.0.3
        info: {title: Pets, version: "1"}
        paths: {}
        components:
          schemas:
            Failure: {$ref: '../common/Error.yaml'}
        """);
    mojo.spec = "api/spec/pets.yaml";
    Path failure = mojo.outputDirectory.toPath().resolve("com/acme/pets/model/Failure.java");
    mojo.execute();
    assertThat(failure).content().contains("Long code");
    long written = Files.getLastModifiedTime(failure).toMillis();
    mojo.execute(); // up to date: nothing is rewritten
    assertThat(Files.getLastModifiedTime(failure).toMillis()).isEqualTo(written);

    Files.writeString(common, "type: object\nproperties: {reason: {type: string}}\n");
    mojo.execute();

    assertThat(failure).content().contains("String reason").doesNotContain("Long code");
  }

  @Test
  void aRefLeavingTheRefRootFailsWithE012NamingRefRoot() throws IOException {
    Files.writeString(dir.resolve("Error.yaml"), "type: object\n");
    Path spec = Files.createDirectories(dir.resolve("api")).resolve("pets.yaml");
    Files.writeString(spec, """
        openapi: 3.0.3
        info: {title: Pets, version: "1"}
        paths: {}
        components:
          schemas:
            Failure: {$ref: '../Error.yaml'}
        """);
    mojo.spec = "api/pets.yaml";
    mojo.refRoot = new File("api");

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("[PAYGEN-E012] $ref '../Error.yaml' reaches")
        .hasMessageContaining("outside the ref root " + dir.resolve("api") + " (set by <refRoot>)")
        .hasMessageContaining("<refRoot> / -Dpaygen.refRoot (Maven plugin)");
  }
}
