package dev.paygen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The plugin's site (`mvn site`, src/site) stays true to the plugin: its goal pages are generated
 * from the descriptor, so every user-settable parameter must carry a description and a version, and
 * the hand-written pages may only name goals, parameters and user properties the plugin has.
 */
class PluginSiteTest {
  private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");
  private static final Path SITE = Path.of("src/site/markdown");

  private static final Set<String> goals = new LinkedHashSet<>();
  private static final Set<String> parameters = new LinkedHashSet<>();
  private static final Set<String> properties = new LinkedHashSet<>();
  private static final List<String> undocumented = new ArrayList<>();

  @BeforeAll
  static void readDescriptor() throws Exception {
    // process-classes writes the descriptor (maven-plugin-plugin), before the tests run
    Element plugin = DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(DESCRIPTOR.toFile())
        .getDocumentElement();
    NodeList mojos = plugin.getElementsByTagName("mojo");
    for (int i = 0; i < mojos.getLength(); i++) {
      Element mojo = (Element) mojos.item(i);
      String goal = text(mojo, "goal");
      goals.add(goal);
      NodeList params = mojo.getElementsByTagName("parameter");
      for (int j = 0; j < params.getLength(); j++) {
        Element param = (Element) params.item(j);
        if (!"true".equals(text(param, "editable"))) {
          continue; // ${project}, ${mojoExecution}: injected, not set by users
        }
        String name = text(param, "name");
        parameters.add(name);
        // help is maven-plugin-plugin's own goal, generated without @since
        boolean sinceMissing = !"help".equals(goal) && text(param, "since").isBlank();
        if (text(param, "description").isBlank() || sinceMissing) {
          undocumented.add(goal + ":" + name);
        }
      }
    }
    Matcher property =
        Pattern.compile("\\$\\{(paygen\\.[A-Za-z]+)}").matcher(Files.readString(DESCRIPTOR));
    while (property.find()) {
      properties.add(property.group(1));
    }
  }

  @Test
  void goalPagesDocumentEveryParameter() {
    assertThat(goals).contains("generate", "check", "diff", "help");
    assertThat(undocumented).as("parameters without Javadoc or @since").isEmpty();
  }

  @Test
  void usagePageNamesOnlyRealGoalsParametersAndProperties() throws IOException {
    String pages =
        Files.readString(SITE.resolve("index.md")) + Files.readString(SITE.resolve("usage.md.vm"));
    Set<String> configured = new LinkedHashSet<>();
    Matcher configuration =
        Pattern.compile("(?s)<configuration>(.*?)</configuration>").matcher(pages);
    while (configuration.find()) {
      // the elements directly inside <configuration>: one per line, two-space indented below it
      Matcher element = Pattern.compile("(?m)^\\s*<([A-Za-z]+)>").matcher(configuration.group(1));
      while (element.find()) {
        configured.add(element.group(1));
      }
    }
    assertThat(configured).isNotEmpty();
    assertThat(parameters).containsAll(configured);

    assertThat(matches(pages, "-D(paygen\\.[A-Za-z]+)")).isNotEmpty().isSubsetOf(properties);
    assertThat(matches(pages, "(?<![\\w.])paygen:([a-z]+)(?![\\w-])"))
        .isNotEmpty()
        .isSubsetOf(goals);
    assertThat(matches(pages, "\\(([a-z]+)-mojo\\.html\\)")).isSubsetOf(goals);
  }

  private static Set<String> matches(String text, String regex) {
    Set<String> found = new LinkedHashSet<>();
    Matcher m = Pattern.compile(regex).matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static String text(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagName(tag);
    return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
  }
}
