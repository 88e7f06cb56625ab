package org.engagementsignals.evaluation;

import java.util.List;
import java.util.SplittableRandom;
import org.engagementsignals.labels.Label;

/**
 * A label's headline measure on a set of units, with a percentile bootstrap 95% interval: the units
 * are resampled with replacement and the measure recomputed, so the interval shows how much the
 * figure moves with which units happened to be labelled (small classes move most).
 *
 * @param confusion gold in rows, predicted in columns, over all the units
 */
public record LabelScore(
    Label label, double value, double ciLow, double ciHigh, int n, Confusion confusion) {

  /** Resamples for the interval: enough for a stable 2.5th and 97.5th percentile. */
  public static final int RESAMPLES = 2000;

  /** Fixed, so that the same predictions always print the same interval. */
  static final long SEED = 20261204L;

  /**
   * @param gold canonical gold classes, one per unit
   * @param predicted the predicted classes, in the same order
   */
  public static LabelScore of(Label label, List<String> gold, List<String> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(gold.size() + " gold labels, " + predicted.size());
    }
    int n = gold.size();
    int classes = label.classes().size();
    int[] g = new int[n];
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      g[i] = label.index(gold.get(i));
      p[i] = label.index(predicted.get(i));
    }
    Confusion all = confusion(label, g, p, null);
    double[] resampled = new double[RESAMPLES];
    SplittableRandom random = new SplittableRandom(SEED);
    int[] pick = new int[n];
    for (int b = 0; b < RESAMPLES; b++) {
      for (int i = 0; i < n; i++) {
        pick[i] = random.nextInt(n);
      }
      resampled[b] = measure(label, confusion(label, g, p, pick));
    }
    java.util.Arrays.sort(resampled);
    return new LabelScore(
        label,
        measure(label, all),
        n == 0 ? Double.NaN : percentile(resampled, 0.025),
        n == 0 ? Double.NaN : percentile(resampled, 0.975),
        n,
        all);
  }

  /** The label's headline measure on a confusion matrix. */
  public static double measure(Label label, Confusion c) {
    return switch (label.measure()) {
      case ACCURACY -> c.accuracy();
      case MACRO_F1, MACRO_F1_POLAR -> c.macroF1(label.measuredClasses());
    };
  }

  private static Confusion confusion(Label label, int[] g, int[] p, int[] pick) {
    Confusion c = new Confusion(label.classes());
    int n = g.length;
    for (int i = 0; i < n; i++) {
      int u = pick == null ? i : pick[i];
      c.add(g[u], p[u]);
    }
    return c;
  }

  /** Linear interpolation between the two nearest order statistics. */
  static double percentile(double[] sorted, double q) {
    double at = q * (sorted.length - 1);
    int lo = (int) Math.floor(at);
    int hi = (int) Math.ceil(at);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
  }
}
