package org.engagementsignals.labels;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.engagementsignals.evaluation.Confusion;
import org.engagementsignals.evaluation.LabelScore;

/**
 * How a label's class probabilities become its class: the class with the largest probability times
 * that class's multiplier. All multipliers 1 is the plain most-probable class. Trust and connection
 * are scored by F1 over their rare classes (-1, +1) while 0 is most units: raising the rare
 * classes' multipliers trades precision for recall where the measure rewards it, and the
 * multipliers are chosen by cross-validation on {@code train}. The model applies them as MLlib's
 * {@code thresholds} (a class's threshold is 1 / its multiplier), so they travel inside the saved
 * pipeline.
 */
public record DecisionRule(double[] multipliers) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Multipliers tried for each class: 1/4 to 8 in steps of a quarter of a doubling. */
  static final double[] STEPS = steps();

  /** Passes of coordinate ascent over the classes: the search settles within two or three. */
  static final int PASSES = 3;

  public static DecisionRule argmax(Label label) {
    double[] ones = new double[label.classes().size()];
    Arrays.fill(ones, 1.0);
    return new DecisionRule(ones);
  }

  /** The predicted class index for one unit's probabilities (ties go to the lower index). */
  public int apply(double[] probabilities) {
    int best = 0;
    for (int c = 1; c < probabilities.length; c++) {
      if (probabilities[c] * multipliers[c] > probabilities[best] * multipliers[best]) {
        best = c;
      }
    }
    return best;
  }

  /** MLlib's {@code thresholds} for this rule: it predicts the largest probability / threshold. */
  public double[] thresholds() {
    double[] t = new double[multipliers.length];
    for (int c = 0; c < t.length; c++) {
      t[c] = 1 / multipliers[c];
    }
    return t;
  }

  public boolean isArgmax() {
    return Arrays.stream(multipliers).allMatch(m -> m == 1.0);
  }

  public List<Double> asList() {
    return Arrays.stream(multipliers).boxed().toList();
  }

  /**
   * The multipliers that maximise the label's headline measure on these units, by coordinate ascent
   * from all ones; the most frequent gold class keeps multiplier 1 (only ratios matter). Among
   * equal scores the multiplier nearest 1 wins, so a rule moves only as far as the data asks.
   *
   * @param gold class indices
   */
  public static DecisionRule tune(Label label, List<double[]> probabilities, int[] gold) {
    int k = label.classes().size();
    int reference = mostFrequent(gold, k);
    double[] m = new double[k];
    Arrays.fill(m, 1.0);
    double best = measure(label, probabilities, gold, m);
    for (int pass = 0; pass < PASSES; pass++) {
      boolean moved = false;
      for (int c = 0; c < k; c++) {
        if (c == reference) {
          continue;
        }
        double keep = m[c];
        double bestStep = keep;
        for (double step : STEPS) {
          m[c] = step;
          double v = measure(label, probabilities, gold, m);
          if (v > best + 1e-12
              || (Math.abs(v - best) <= 1e-12
                  && Math.abs(Math.log(step)) < Math.abs(Math.log(bestStep)))) {
            best = v;
            bestStep = step;
          }
        }
        m[c] = bestStep;
        moved |= bestStep != keep;
      }
      if (!moved) {
        break;
      }
    }
    return new DecisionRule(m);
  }

  /**
   * What tuning is worth on units it has not seen: each fold's classes decided by a rule tuned on
   * the other folds. Scoring a rule on the units it was tuned on would flatter it.
   *
   * @param folds each unit's fold, 0..folds-1
   * @return each unit's predicted class index
   */
  public static int[] crossFitted(
      Label label, List<double[]> probabilities, int[] gold, int[] folds, int foldCount) {
    int[] predicted = new int[gold.length];
    for (int f = 0; f < foldCount; f++) {
      List<double[]> tuneProbs = new ArrayList<>();
      List<Integer> tuneGold = new ArrayList<>();
      for (int i = 0; i < gold.length; i++) {
        if (folds[i] != f) {
          tuneProbs.add(probabilities.get(i));
          tuneGold.add(gold[i]);
        }
      }
      DecisionRule rule =
          tune(label, tuneProbs, tuneGold.stream().mapToInt(Integer::intValue).toArray());
      for (int i = 0; i < gold.length; i++) {
        if (folds[i] == f) {
          predicted[i] = rule.apply(probabilities.get(i));
        }
      }
    }
    return predicted;
  }

  /** The label's headline measure of these predicted class indices. */
  public static double measure(Label label, int[] gold, int[] predicted) {
    Confusion c = new Confusion(label.classes());
    for (int i = 0; i < gold.length; i++) {
      c.add(gold[i], predicted[i]);
    }
    return LabelScore.measure(label, c);
  }

  private static double measure(
      Label label, List<double[]> probabilities, int[] gold, double[] multipliers) {
    DecisionRule rule = new DecisionRule(multipliers);
    int[] predicted = new int[gold.length];
    for (int i = 0; i < gold.length; i++) {
      predicted[i] = rule.apply(probabilities.get(i));
    }
    return measure(label, gold, predicted);
  }

  private static int mostFrequent(int[] gold, int k) {
    int[] counts = new int[k];
    for (int g : gold) {
      counts[g]++;
    }
    int best = 0;
    for (int c = 1; c < k; c++) {
      if (counts[c] > counts[best]) {
        best = c;
      }
    }
    return best;
  }

  private static double[] steps() {
    double[] s = new double[21];
    for (int i = 0; i < s.length; i++) {
      s[i] = Math.pow(2, (i - 8) / 4.0);
    }
    return s;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DecisionRule r && Arrays.equals(multipliers, r.multipliers);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(multipliers);
  }

  @Override
  public String toString() {
    return Arrays.toString(multipliers);
  }
}
