package org.engagementsignals.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.engagementsignals.config.SettingsException;
import org.engagementsignals.labels.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldFileTest {
  @TempDir Path dir;

  @Test
  void readsTheSharedFormatLeavingOutDisagreements() throws IOException {
    Path file = dir.resolve("gold.tsv");
    Files.writeString(
        file,
        String.join(
            "\n",
            "unit_id\tsplit\ttext\tfocus_a\tfocus_b\tgold_focus\tgold_trust\tgold_sentiment",
            "U1\ttrain\tTargets every week\tRESULTS\tRESULTS\tRESULTS\t0\t-1",
            "U2\ttest\tMy manager listens\tPROCESS\tNEITHER\t?\t1\t1",
            ""));
    List<GoldUnit> units = GoldFile.read(file);
    assertThat(units).hasSize(2);
    assertThat(units.get(0).gold())
        .containsEntry(Label.FOCUS, "RESULTS")
        .containsEntry(Label.TRUST, "0")
        .containsEntry(Label.SENTIMENT, "-1")
        .doesNotContainKey(Label.CONNECTION);
    assertThat(units.get(1).split()).isEqualTo("test");
    assertThat(units.get(1).gold()).doesNotContainKey(Label.FOCUS).containsEntry(Label.TRUST, "+1");
    assertThat(AccuracyReport.agreement(Label.FOCUS, units)).isEqualTo(0.5);
    assertThat(AccuracyReport.agreement(Label.TRUST, units)).isNull();
  }

  @Test
  void acceptsCsvWithPlainColumnNamesAndNoSplit() throws IOException {
    Path file = dir.resolve("mine.csv");
    Files.writeString(
        file,
        "text,focus,connection\n\"Nobody asks, ever\",neither,-1\n",
        java.nio.charset.StandardCharsets.UTF_8);
    GoldUnit u = GoldFile.read(file).get(0);
    assertThat(u.text()).isEqualTo("Nobody asks, ever");
    assertThat(u.split()).isEqualTo("all");
    assertThat(u.gold())
        .containsEntry(Label.FOCUS, "NEITHER")
        .containsEntry(Label.CONNECTION, "-1");
  }

  @Test
  void aValueOutsideTheClassesNamesTheRecord() throws IOException {
    Path file = dir.resolve("bad.csv");
    Files.writeString(file, "text,trust\nfine,2\n");
    assertThatThrownBy(() -> GoldFile.read(file))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("record 1")
        .hasMessageContaining("trust = \"2\"");
    Path none = dir.resolve("none.csv");
    Files.writeString(none, "comment,score\nfine,2\n");
    assertThatThrownBy(() -> GoldFile.read(none)).hasMessageContaining("needs a 'text' column");
  }
}
