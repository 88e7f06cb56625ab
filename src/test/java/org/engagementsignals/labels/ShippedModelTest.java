package org.engagementsignals.labels;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.engagementsignals.contract.Sha256;
import org.engagementsignals.nlp.Annotate;
import org.engagementsignals.tagging.TagTexts;
import org.engagementsignals.tagging.TaggedRows;
import org.engagementsignals.testing.SharedSpark;
import org.engagementsignals.testing.TestSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shipped model ({@code models/labels}) on sentences written for this test, through the job's
 * own path: real CoreNLP in the annotation stage, the features, the MLlib pipeline as a Spark
 * transform. Clear-cut cases a useful model must get right; it can fail.
 */
@Tag("nlp")
@ExtendWith(SharedSpark.class)
class ShippedModelTest {
  private static final Map<String, String> TEXTS =
      Map.of(
          "people", "Great people to work with, everyone is friendly and supportive.",
          "targets", "Sales targets go up every quarter and we are judged only on the numbers.",
          "pay", "Good pay and decent benefits.",
          "distrust", "Management lies to us and there is constant favouritism in promotions.",
          "ignored", "Nobody listens to us, we are treated like numbers.",
          "balance", "Long hours and no work life balance, I am burnt out.");

  static LabelModel model;
  static Map<String, Row> labelled;

  @BeforeAll
  static void label(SparkSession spark) {
    model = LabelModel.configured("models/labels");
    List<Row> records = new ArrayList<>();
    Map<String, String> idByHash = new java.util.HashMap<>();
    TEXTS.forEach(
        (id, text) -> {
          String hash = Sha256.hex(text);
          idByHash.put(hash, id);
          records.add(RowFactory.create(hash, text));
        });
    StructType schema =
        new StructType()
            .add("text_hash", DataTypes.StringType, false)
            .add("text", DataTypes.StringType, false);
    Annotate.Result annotated =
        Annotate.run(
            spark,
            spark.createDataFrame(records, schema),
            records.size(),
            TestSettings.nlp(),
            null,
            System.out);
    Dataset<Row> tagged =
        annotated
            .texts()
            .map(
                new TagTexts(model.features().tagger(), model.features()),
                Encoders.row(TaggedRows.TEXT));
    labelled = new java.util.HashMap<>();
    for (Row r : model.label(tagged).collectAsList()) {
      labelled.put(idByHash.get(r.<String>getAs("text_hash")), r);
    }
  }

  @Test
  void theShippedModelSaysWhatItWasTrainedOn() {
    ModelMetadata m = model.metadata();
    assertThat(m.version()).startsWith("labels-");
    assertThat(m.labelsFile()).isEqualTo("real-comments.tsv");
    assertThat(m.labelsSha256()).hasSize(64);
    assertThat(m.split()).isEqualTo("train");
    assertThat(m.codeVersion()).isNotBlank();
    assertThat(Path.of("models/labels", LabelModel.ACCURACY)).isRegularFile();
  }

  @Test
  void labelsClearCasesTheWayTheGuidelinesDo() {
    assertThat(indicators("people")).contains("connection:+1");
    assertThat(labelled.get("people").<Integer>getAs("sentiment_label")).isEqualTo(1);
    assertThat(labelled.get("targets").<String>getAs("focus")).isIn("RESULTS", "MIXED");
    assertThat(labelled.get("pay").<String>getAs("focus")).isEqualTo("NEITHER");
    assertThat(labelled.get("pay").<Integer>getAs("sentiment_label")).isEqualTo(1);
    assertThat(indicators("distrust")).contains("trust:-1");
    assertThat(labelled.get("distrust").<Integer>getAs("sentiment_label")).isEqualTo(-1);
    assertThat(indicators("ignored")).contains("connection:-1");
    assertThat(indicators("balance")).contains("challenge.personal");
  }

  @Test
  void everyLabelCarriesEvidenceAPersonCanRead() {
    for (Row r : labelled.values()) {
      List<String> evidence = r.getList(r.fieldIndex("evidence"));
      assertThat(evidence).anyMatch(e -> e.startsWith("focus " + r.getAs("focus") + ": "));
      assertThat(evidence).anyMatch(e -> e.startsWith("sentiment "));
    }
    List<String> distrust =
        labelled.get("distrust").getList(labelled.get("distrust").fieldIndex("evidence"));
    assertThat(distrust).anyMatch(e -> e.startsWith("trust -1: "));
  }

  private static List<String> indicators(String id) {
    Row r = labelled.get(id);
    return r.getList(r.fieldIndex("indicators"));
  }
}
