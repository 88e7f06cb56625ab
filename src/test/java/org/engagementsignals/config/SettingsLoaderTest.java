package org.engagementsignals.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLoaderTest {

  @Test
  void defaultsComeFromReferenceConf() {
    Settings s = SettingsLoader.load(Optional.empty(), Map.of());
    assertThat(s.input().maxTextChars()).isEqualTo(20_000);
    assertThat(s.input().survey().column("text")).isEqualTo("text");
    assertThat(s.spark().master()).isEqualTo("local[*]");
    assertThat(s.nlp().parseModel()).contains("englishSR");
    assertThat(s.nlp().coreNlpProperties().getProperty("ner.model"))
        .endsWith("english.all.3class.distsim.crf.ser.gz");
  }

  @Test
  void modelsMustExistAndNerModelsAreACommaSeparatedList() {
    String two =
        "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
            + " edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
    Settings s = SettingsLoader.load(Optional.empty(), Map.of("signals.nlp.ner-models", two));
    assertThat(s.nlp().coreNlpProperties().getProperty("ner.model"))
        .isEqualTo(two.replace(" ", ""));
    for (String bad :
        new String[] {
          "", " ", "a.ser.gz,", "a.ser.gz,,b.ser.gz", "edu/stanford/nlp/models/ner/nope.ser.gz"
        }) {
      assertThatThrownBy(
              () -> SettingsLoader.load(Optional.empty(), Map.of("signals.nlp.ner-models", bad)))
          .as(bad)
          .isInstanceOf(SettingsException.class)
          .hasMessageContaining("signals.nlp.ner-models");
    }
    assertThatThrownBy(
            () ->
                SettingsLoader.load(
                    Optional.empty(), Map.of("signals.nlp.parse-model", "englishSR.ser.gz")))
        .hasMessageContaining("signals.nlp.parse-model = \"englishSR.ser.gz\": no such model")
        .hasMessageContaining("command line");
  }

  @Test
  void commandLineBeatsTheFileWhichBeatsTheDefaults(@TempDir Path dir) throws Exception {
    Path conf = dir.resolve("my.conf");
    Files.writeString(
        conf,
        "signals { output.dir = out, input.dir = from-file, input.survey.columns.text = Comment }\n");
    Settings s = SettingsLoader.load(Optional.of(conf), Map.of("signals.input.dir", "from-cli"));
    assertThat(s.output().dir()).isEqualTo("out");
    assertThat(s.input().dir()).isEqualTo("from-cli");
    assertThat(s.input().survey().column("text")).isEqualTo("Comment");
  }

  @Test
  void badValuesNameTheKeyTheValueAndWhereItWasSet(@TempDir Path dir) throws Exception {
    Path conf = dir.resolve("bad.conf");
    Files.writeString(conf, "signals {\n  input.max-text-chars = -5\n}\n");
    assertThatThrownBy(() -> SettingsLoader.load(Optional.of(conf), Map.of()))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("signals.input.max-text-chars = -5")
        .hasMessageContaining("bad.conf: 2");
  }

  @Test
  void typosAndWrongTypesAreErrorsNotSilentDefaults(@TempDir Path dir) throws Exception {
    Path conf = dir.resolve("typo.conf");
    Files.writeString(conf, "signals.input.max-text-char = 10\n");
    assertThatThrownBy(() -> SettingsLoader.load(Optional.of(conf), Map.of()))
        .hasMessageContaining("unknown setting signals.input.max-text-char")
        .hasMessageContaining("typo.conf: 1");
    assertThatThrownBy(
            () ->
                SettingsLoader.load(
                    Optional.empty(), Map.of("signals.spark.shuffle-partitions", "many")))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("shuffle-partitions");
    assertThatThrownBy(
            () ->
                SettingsLoader.load(
                    Optional.empty(), Map.of("signals.input.survey.columns.text", " ")))
        .hasMessageContaining("signals.input.survey.columns.text");
  }

  @Test
  void aMissingOrBrokenFileIsAClearError(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> SettingsLoader.load(Optional.of(dir.resolve("nope.conf")), Map.of()))
        .hasMessageContaining("nope.conf does not exist");
    Path broken = dir.resolve("broken.conf");
    Files.writeString(broken, "signals { output.dir = \n");
    assertThatThrownBy(() -> SettingsLoader.load(Optional.of(broken), Map.of()))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("broken.conf");
  }

  @Test
  void theShippedSampleConfigLoads() {
    Settings s = SettingsLoader.load(Optional.of(Path.of("conf/application.conf")), Map.of());
    assertThat(s.input().dir()).isEqualTo("data-samples");
  }

  @Test
  void theRetiredDemoSettingSaysWhatReplacedIt(@TempDir Path dir) throws Exception {
    Path conf = dir.resolve("old.conf");
    Files.writeString(conf, "signals { demo = true }\n");
    assertThatThrownBy(() -> SettingsLoader.load(Optional.of(conf), Map.of()))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("unknown setting signals.demo")
        .hasMessageContaining("old.conf: 1")
        .hasMessageContaining("run --demo");
  }
}
