package org.engagementsignals.labels;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.engagementsignals.config.NlpSettings;
import org.engagementsignals.evaluation.GoldUnit;
import org.engagementsignals.evaluation.LabelScore;
import org.engagementsignals.labels.LabelledTexts.Unit;

/**
 * {@code signals evaluate}: a label model against anyone's gold file, through the job's own path
 * (normalise, redact, CoreNLP, features, the model as a Spark transform), scored per split.
 */
public final class Evaluation {

  private Evaluation() {}

  /**
   * The scores per split of the file ({@code test} first, then the others; {@code all} when the
   * file has no split column), printed as they are computed.
   *
   * @param cache the annotation cache folder, or null for none
   */
  public static Map<String, Map<Label, LabelScore>> run(
      SparkSession spark,
      LabelModel model,
      List<GoldUnit> gold,
      NlpSettings nlp,
      String cache,
      java.nio.file.Path errors,
      PrintStream out) {
    Dataset<Row> features = LabelledTexts.features(spark, gold, model.features(), nlp, cache, out);
    try {
      List<Unit> units = LabelledTexts.units(gold);
      List<Map<Label, String>> predicted =
          LabelTrainer.predict(spark, features, model.pipeline(), units, model.focusRule());
      // The test split first: the one that measures the model.
      List<String> splits =
          new ArrayList<>(new TreeSet<>(gold.stream().map(GoldUnit::split).toList()));
      if (splits.remove("test")) {
        splits.add(0, "test");
      }
      if (errors != null) {
        writeErrors(units, predicted, errors);
      }
      Map<String, Map<Label, LabelScore>> bySplit = new LinkedHashMap<>();
      for (String split : splits) {
        List<Unit> in = new ArrayList<>();
        List<Map<Label, String>> said = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
          if (units.get(i).gold().split().equals(split)) {
            in.add(units.get(i));
            said.add(predicted.get(i));
          }
        }
        Map<Label, LabelScore> scores = LabelTrainer.score(in, said);
        bySplit.put(split, scores);
        print(split, in.size(), model, scores, gold, out);
      }
      return bySplit;
    } finally {
      features.unpersist();
    }
  }

  /** Every wrong label as a CSV row, for reading the errors (the file holds the gold texts). */
  private static void writeErrors(
      List<Unit> units, List<Map<Label, String>> predicted, java.nio.file.Path file) {
    try (var csv =
        new org.apache.commons.csv.CSVPrinter(
            java.nio.file.Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8),
            org.apache.commons.csv.CSVFormat.RFC4180
                .builder()
                .setHeader("unit_id", "split", "label", "gold", "predicted", "text")
                .get())) {
      for (int i = 0; i < units.size(); i++) {
        GoldUnit g = units.get(i).gold();
        for (Map.Entry<Label, String> e : g.gold().entrySet()) {
          String said = predicted.get(i).get(e.getKey());
          if (!said.equals(e.getValue())) {
            csv.printRecord(g.id(), g.split(), e.getKey().id(), e.getValue(), said, g.text());
          }
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot write " + file, e);
    }
  }

  private static void print(
      String split,
      int n,
      LabelModel model,
      Map<Label, LabelScore> scores,
      List<GoldUnit> gold,
      PrintStream out) {
    out.printf(
        Locale.ROOT,
        "== split %s: %d units, model %s%s%n",
        split,
        n,
        model.version(),
        split.equals(model.metadata().split())
            ? " (the model was fit on this split: not a measure of accuracy)"
            : "");
    for (LabelScore s : scores.values()) {
      out.print(
          s.confusion()
              .render(
                  String.format(
                      Locale.ROOT,
                      "%s: %s %.3f, 95%% bootstrap interval [%.3f, %.3f], %d units",
                      s.label().id(),
                      s.label().measure().title(),
                      s.value(),
                      s.ciLow(),
                      s.ciHigh(),
                      s.n())));
    }
    out.printf(Locale.ROOT, "evaluate[%s n=%d]:", split, n);
    for (LabelScore s : scores.values()) {
      out.printf(
          Locale.ROOT,
          " %s %s=%.3f [%.3f, %.3f]",
          s.label().id(),
          s.label().measure().title().replace(' ', '_'),
          s.value(),
          s.ciLow(),
          s.ciHigh());
    }
    out.println();
    Training.print(scores, gold, out);
  }
}
