package org.engagementsignals.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.engagementsignals.evaluation.GoldUnit;
import org.engagementsignals.labels.LabelledTexts.Unit;
import org.engagementsignals.labels.ModelMetadata.LabelParams;
import org.engagementsignals.testing.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The label pipeline fitted by MLlib on hand-made feature rows: focus comes from its two yes/no
 * regressions, so a MIXED text is found from what results-talk and process-talk each say, and the
 * focus rule from training decides it at prediction.
 */
@ExtendWith(SharedSpark.class)
class LabelTrainerTest {

  /** Results-talk says "target", process-talk says "coach"; neither says "pay". */
  private static final Map<String, List<String>> TERMS =
      Map.of(
          "RESULTS", List.of("w:target", "w:number"),
          "PROCESS", List.of("w:coach", "w:listen"),
          "MIXED", List.of("w:target", "w:coach"),
          "NEITHER", List.of("w:pay", "w:perk"));

  @Test
  void focusIsCombinedFromItsTwoPartsAndDecidedByItsRule(SparkSession spark) {
    List<Unit> units = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    int n = 0;
    for (int copy = 0; copy < 12; copy++) {
      for (String focus : List.of("RESULTS", "PROCESS", "MIXED", "NEITHER")) {
        // MIXED is rare, as in real comments: two of its copies only.
        if (focus.equals("MIXED") && copy >= 2) {
          continue;
        }
        String hash = "h" + n++;
        Map<Label, String> gold = new EnumMap<>(Label.class);
        gold.put(Label.FOCUS, focus);
        // The other labels take every class in turn, so each regression has them all.
        for (Label other :
            List.of(Label.TRUST, Label.CONNECTION, Label.CHALLENGE, Label.SENTIMENT)) {
          gold.put(other, other.classes().get(n % other.classes().size()));
        }
        units.add(new Unit(new GoldUnit(hash, "train", focus, gold, Map.of()), hash));
        List<String> terms = new ArrayList<>(TERMS.get(focus));
        terms.add("w:unit" + (copy % 3));
        rows.add(
            RowFactory.create(
                hash, terms, Vectors.dense(new double[LabelFeatures.DENSE_NAMES.size()])));
      }
    }
    Dataset<Row> features = spark.createDataFrame(rows, featureSchema());
    LabelTrainer trainer = new LabelTrainer(spark, features, 1);
    Map<Label, LabelParams> params = new EnumMap<>(Label.class);
    for (Label label : Label.values()) {
      params.put(label, new LabelParams(0.001, 0, 0));
    }
    PipelineModel model = trainer.fit(units, List.of(), params, Map.of());

    List<Unit> mixed = units.stream().filter(u -> u.gold().text().equals("MIXED")).toList();
    double[] p = trainer.probabilities(model, mixed).get(0).get(Label.FOCUS);
    assertThat(p[0] + p[1] + p[2] + p[3]).isCloseTo(1.0, within(1e-9));
    assertThat(trainer.predict(model, mixed, DecisionRule.argmax(Label.FOCUS)))
        .allSatisfy(said -> assertThat(said.get(Label.FOCUS)).isEqualTo("MIXED"));

    // A rule that all but forbids MIXED turns the same texts into one of its neighbours.
    double[] noMixed = {1, 1, 1, 1};
    noMixed[Label.FOCUS.index("MIXED")] = 0.01;
    assertThat(trainer.predict(model, mixed, new DecisionRule(noMixed)))
        .allSatisfy(said -> assertThat(said.get(Label.FOCUS)).isIn("RESULTS", "PROCESS"));
  }

  /** The columns {@link LabelledTexts#features} gives the trainer. */
  private static StructType featureSchema() {
    return new StructType()
        .add("text_hash", DataTypes.StringType, false)
        .add(LabelColumns.TERMS, DataTypes.createArrayType(DataTypes.StringType, false), false)
        .add(LabelColumns.DENSE, SQLDataTypes.VectorType(), false);
  }
}
