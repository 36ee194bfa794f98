package dev.paygen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
