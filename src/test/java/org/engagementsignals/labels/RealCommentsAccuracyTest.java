package org.engagementsignals.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.engagementsignals.evaluation.GoldFile;
import org.engagementsignals.evaluation.GoldUnit;
import org.engagementsignals.evaluation.LabelScore;
import org.engagementsignals.testing.SharedSpark;
import org.engagementsignals.testing.TestSettings;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code evaluate} on the test split of ../shared/labelling/real-comments.tsv with the shipped
 * model: the figures must not fall well below those it shipped with ({@code accuracy.json}). Skips
 * where ../shared is absent (its text has no licence and is never copied into the repository).
 */
@Tag("nlp")
@ExtendWith(SharedSpark.class)
class RealCommentsAccuracyTest {
  static final Path REAL_COMMENTS = Path.of("../shared/labelling/real-comments.tsv");

  /** "Well below": more than this under the shipped figure (about half a test interval). */
  static final double TOLERANCE = 0.03;

  @Test
  void theTestSplitScoresWhatTheModelShippedWith(SparkSession spark) throws IOException {
    assumeTrue(
        Files.isRegularFile(REAL_COMMENTS),
        "skipped: "
            + REAL_COMMENTS
            + " is absent (the shared labelling folder beside the project)");
    LabelModel model = LabelModel.configured("models/labels");
    List<GoldUnit> test =
        GoldFile.read(REAL_COMMENTS).stream().filter(u -> u.split().equals("test")).toList();
    Map<String, Map<Label, LabelScore>> scores =
        Evaluation.run(spark, model, test, TestSettings.nlp(), null, null, System.out);
    JsonNode shipped =
        new ObjectMapper().readTree(Path.of("models/labels", LabelModel.ACCURACY).toFile());
    assertThat(shipped.get("labels_file_sha256").asText())
        .isEqualTo(model.metadata().labelsSha256());
    assertThat(shipped.get("metrics")).hasSize(Label.values().length);
    for (JsonNode m : shipped.get("metrics")) {
      Label label = Label.valueOf(m.get("label").asText().toUpperCase(java.util.Locale.ROOT));
      LabelScore now = scores.get("test").get(label);
      assertThat(now.n()).isEqualTo(m.get("n").asInt());
      assertThat(now.value())
          .as("%s %s on the test split", label.id(), label.measure().title())
          .isGreaterThanOrEqualTo(m.get("value").asDouble() - TOLERANCE);
    }
  }
}
