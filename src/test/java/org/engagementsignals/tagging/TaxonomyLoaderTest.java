package org.engagementsignals.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.engagementsignals.config.SettingsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaxonomyLoaderTest {

  private static void assertRejected(Path dir, String body, String... expected) throws Exception {
    Path file = dir.resolve("taxonomy.conf");
    Files.writeString(file, "taxonomy {\n  topics {\n" + body + "\n  }\n}\n");
    var thrown =
        assertThatThrownBy(() -> TaxonomyLoader.load(file)).isInstanceOf(SettingsException.class);
    for (String e : expected) {
      thrown.hasMessageContaining(e);
    }
  }

  @Test
  void badTopicsAreRejectedWithFileLineAndReason(@TempDir Path dir) throws Exception {
    assertRejected(
        dir,
        "    t {\n      family = trusst\n      phrases = [x]\n    }",
        "taxonomy.conf: 4",
        "topic t",
        "unknown family 'trusst'");
    assertRejected(dir, "    t { family = trust, phrases = [x] }", "needs polarity");
    assertRejected(
        dir,
        "    t { family = results, polarity = positive, phrases = [x] }",
        "only trust and connection");
    assertRejected(dir, "    t { family = results, phrases = [] }", "phrases is empty");
    assertRejected(dir, "    t { family = results, phrases = [\"Target\"] }", "must be lowercase");
    assertRejected(dir, "    t { family = results, phrases = [\"* *\"] }", "matches anything");
    assertRejected(dir, "    t { family = results, phrase = [x] }", "unknown key 'phrase'");
    assertRejected(
        dir,
        "    t { family = trust, polarity = upbeat, phrases = [x] }",
        "unknown polarity 'upbeat'");
  }

  @Test
  void theShippedTaxonomyLoadsAndCoversEveryFamily() {
    Taxonomy t = TaxonomyLoader.load(Path.of("conf/taxonomy.conf"));
    assertThat(t.topics()).extracting(Topic::family).contains(Family.values());
  }
}
