package org.engagementsignals.labels;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.engagementsignals.contract.IndicatorValues;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Turns the model's predictions for a text into its output labels, and says why: for each label,
 * the features that pushed most toward the predicted class (weight times value), then the
 * taxonomy's matches in its sentences.
 */
final class LabelOutputs implements MapFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  /** Features named per label in its evidence. */
  static final int TOP_FEATURES = 4;

  private final String[] featureNames;
  private final Map<Label, double[][]> coefficients;
  private final DecisionRule focusRule;

  /**
   * @param coefficients per label and class, the weights that pull toward it (focus: its parts'
   *     weights combined, {@link FocusParts#classWeights})
   * @param focusRule how focus's combined probabilities become its class
   */
  LabelOutputs(String[] featureNames, Map<Label, double[][]> coefficients, DecisionRule focusRule) {
    this.featureNames = featureNames;
    this.coefficients = new EnumMap<>(coefficients);
    this.focusRule = focusRule;
  }

  @Override
  public Row call(Row row) {
    double[] focus = FocusParts.probabilities(row);
    Map<Label, String> predicted = new EnumMap<>(Label.class);
    for (Label label : Label.values()) {
      int index =
          label == Label.FOCUS
              ? focusRule.apply(focus)
              : (int) row.getDouble(row.fieldIndex(LabelColumns.prediction(label)));
      predicted.put(label, label.classes().get(index));
    }
    Vector features = row.getAs(LabelColumns.FEATURES);
    String challenge = predicted.get(Label.CHALLENGE);
    List<String> indicators =
        IndicatorValues.of(
            challenge.equals("personal") || challenge.equals("both"),
            challenge.equals("professional") || challenge.equals("both"),
            polarity(predicted.get(Label.CONNECTION)),
            polarity(predicted.get(Label.TRUST)));
    Set<String> evidence = new LinkedHashSet<>();
    for (Label label : Label.values()) {
      String c = predicted.get(label);
      if (label == Label.FOCUS || label == Label.SENTIMENT || !isNothing(c)) {
        evidence.add(explain(label, label.index(c), c, features));
      }
    }
    for (Row s : row.<Row>getList(row.fieldIndex("sentences"))) {
      evidence.addAll(s.getList(s.fieldIndex("evidence")));
    }
    int results = Label.FOCUS.index("RESULTS");
    int process = Label.FOCUS.index("PROCESS");
    int mixed = Label.FOCUS.index("MIXED");
    return RowFactory.create(
        row.getAs("text_hash"),
        row.getAs("text_redacted"),
        row.getAs("n_persons"),
        row.getAs("sentences"),
        row.getAs("sentiment_score"),
        polarity(predicted.get(Label.SENTIMENT)),
        predicted.get(Label.FOCUS),
        focus[results] + focus[mixed],
        focus[process] + focus[mixed],
        row.getAs("topics"),
        seq(indicators),
        seq(new ArrayList<>(evidence)));
  }

  private static boolean isNothing(String c) {
    return c.equals("0") || c.equals("none");
  }

  private static int polarity(String c) {
    return c.equals("+1") ? 1 : c.equals("-1") ? -1 : 0;
  }

  /**
   * {@code focus PROCESS: manager +0.82, "give feedback" +0.40}: the features with the largest
   * positive pull toward the predicted class.
   */
  String explain(Label label, int predictedClass, String className, Vector features) {
    double[] weights = coefficients.get(label)[predictedClass];
    List<double[]> pulls = new ArrayList<>();
    SparseVector sparse = features.toSparse();
    for (int k = 0; k < sparse.indices().length; k++) {
      int index = sparse.indices()[k];
      double pull = weights[index] * sparse.values()[k];
      if (pull > 0) {
        pulls.add(new double[] {index, pull});
      }
    }
    pulls.sort((a, b) -> Double.compare(b[1], a[1]));
    StringBuilder s = new StringBuilder(label.id()).append(' ').append(className);
    for (int i = 0; i < Math.min(TOP_FEATURES, pulls.size()); i++) {
      s.append(i == 0 ? ": " : ", ")
          .append(readable(featureNames[(int) pulls.get(i)[0]]))
          .append(String.format(Locale.ROOT, " %+.2f", pulls.get(i)[1]));
    }
    return s.toString();
  }

  /** A feature's name as a reader understands it: {@code w:listen} is "listen". */
  static String readable(String feature) {
    int colon = feature.indexOf(':');
    if (colon < 0) {
      return feature;
    }
    String kind = feature.substring(0, colon);
    String value = feature.substring(colon + 1);
    return switch (kind) {
      case "w", "j" -> value;
      case "b" -> "\"" + value + "\"";
      case "neg" -> "negated " + value;
      case "t" -> "topic " + value;
      case "i" -> "taxonomy " + value;
      case "f" -> "taxonomy focus " + value;
      case "ner" -> "entity " + value;
      default -> feature;
    };
  }

  private static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
    return CollectionConverters.asScala(list).toSeq();
  }
}
