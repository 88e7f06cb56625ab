package org.engagementsignals.labels;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Row;

/**
 * Focus as two yes/no labels, as the guidelines define it: does the unit talk about results
 * (RESULTS or MIXED), does it talk about process (PROCESS or MIXED). Two binary regressions give
 * the four focus classes: both is MIXED, neither is NEITHER. Each part learns from every unit that
 * speaks of it, so the rare RESULTS and MIXED share what they have in common (decision 031).
 */
enum FocusParts {
  RESULTS_TALK("results_talk", Set.of("RESULTS", "MIXED")),
  PROCESS_TALK("process_talk", Set.of("PROCESS", "MIXED"));

  private final String id;
  private final Set<String> focusClasses;

  FocusParts(String id, Set<String> focusClasses) {
    this.id = id;
    this.focusClasses = focusClasses;
  }

  String gold() {
    return "gold_" + id;
  }

  String weight() {
    return "weight_" + id;
  }

  String prediction() {
    return id + "_prediction";
  }

  String probability() {
    return id + "_probability";
  }

  String raw() {
    return id + "_raw";
  }

  /** The part whose regression predicts this column, or null. */
  static FocusParts ofPrediction(String predictionColumn) {
    for (FocusParts part : values()) {
      if (part.prediction().equals(predictionColumn)) {
        return part;
      }
    }
    return null;
  }

  /** 1 when a unit of this focus talks about this part, else 0. */
  int of(String focus) {
    return focusClasses.contains(focus) ? 1 : 0;
  }

  /**
   * The four focus probabilities, in {@link Label#FOCUS} class order, from the two parts'
   * probabilities of "yes", taken as independent.
   */
  static double[] focus(double results, double process) {
    List<String> classes = Label.FOCUS.classes();
    double[] p = new double[classes.size()];
    p[classes.indexOf("RESULTS")] = results * (1 - process);
    p[classes.indexOf("PROCESS")] = (1 - results) * process;
    p[classes.indexOf("MIXED")] = results * process;
    p[classes.indexOf("NEITHER")] = (1 - results) * (1 - process);
    return p;
  }

  /** The four focus probabilities of a row that has both parts' probability columns. */
  static double[] probabilities(Row row) {
    return focus(
        row.<Vector>getAs(RESULTS_TALK.probability()).apply(1),
        row.<Vector>getAs(PROCESS_TALK.probability()).apply(1));
  }

  /**
   * Per focus class, the weights that pull toward it: the sum of each part's weights for the answer
   * the class gives it (RESULTS: results yes and process no).
   *
   * @param parts each part's coefficient rows, "no" then "yes"
   */
  static double[][] classWeights(Map<FocusParts, double[][]> parts) {
    List<String> classes = Label.FOCUS.classes();
    double[][] out = new double[classes.size()][];
    for (int c = 0; c < classes.size(); c++) {
      double[] sum = null;
      for (FocusParts part : values()) {
        double[] w = parts.get(part)[part.of(classes.get(c))];
        if (sum == null) {
          sum = w.clone();
        } else {
          for (int k = 0; k < sum.length; k++) {
            sum[k] += w[k];
          }
        }
      }
      out[c] = sum;
    }
    return out;
  }
}
