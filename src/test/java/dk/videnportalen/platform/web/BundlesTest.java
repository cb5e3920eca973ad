package dk.videnportalen.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Danish first, English second: every text exists in both, so no page shows a key. */
class BundlesTest {

  @ParameterizedTest
  @ValueSource(strings = {"messages", "editor", "validation"})
  void everyTextHasBothLanguages(String bundle) throws IOException {
    Properties english = load(bundle + ".properties");
    Properties danish = load(bundle + "_da.properties");
    assertEquals(new TreeSet<>(english.stringPropertyNames()),
        new TreeSet<>(danish.stringPropertyNames()), bundle + ": the same keys in both");
    for (Properties texts : new Properties[] {english, danish}) {
      Set<String> blank = new TreeSet<>();
      texts.stringPropertyNames().stream().filter(k -> texts.getProperty(k).isBlank())
          .forEach(blank::add);
      assertTrue(blank.isEmpty(), bundle + ": empty texts " + blank);
    }
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = BundlesTest.class.getResourceAsStream("/dk/videnportalen/i18n/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
