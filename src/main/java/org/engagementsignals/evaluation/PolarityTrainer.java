package org.engagementsignals.evaluation;

import java.util.Arrays;
import java.util.List;
import org.engagementsignals.tagging.PolarityFeatures;
import org.engagementsignals.tagging.PolarityModel;

/**
 * Fits {@link PolarityModel}: multinomial logistic regression with L2, full-batch gradient descent
 * on standardised features from a fixed start, so the same data always gives the same weights.
 */
public final class PolarityTrainer {
  static final int ITERATIONS = 4000;
  static final double LEARNING_RATE = 0.3;
  static final double L2 = 0.01;

  private PolarityTrainer() {}

  /**
   * @param labels -1, 0 or +1 per row of {@code features}
   */
  public static PolarityModel train(
      List<double[]> features, List<Integer> labels, String version, String trainedOn) {
    int n = features.size();
    int f = PolarityFeatures.NAMES.size();
    double[] mean = new double[f];
    double[] scale = new double[f];
    for (double[] x : features) {
      for (int j = 0; j < f; j++) {
        mean[j] += x[j] / n;
      }
    }
    for (double[] x : features) {
      for (int j = 0; j < f; j++) {
        scale[j] += (x[j] - mean[j]) * (x[j] - mean[j]) / n;
      }
    }
    for (int j = 0; j < f; j++) {
      scale[j] = scale[j] > 1e-12 ? Math.sqrt(scale[j]) : 1;
    }
    double[][] w = new double[PolarityModel.LABELS.length][f + 1];
    PolarityModel model =
        new PolarityModel(version, PolarityFeatures.NAMES, mean, scale, w, trainedOn);
    for (int it = 0; it < ITERATIONS; it++) {
      double[][] grad = new double[w.length][f + 1];
      for (int i = 0; i < n; i++) {
        double[] x = features.get(i);
        double[] p = model.probabilities(x);
        int gold = labels.get(i) + 1;
        for (int c = 0; c < w.length; c++) {
          double err = p[c] - (c == gold ? 1 : 0);
          for (int j = 0; j < f; j++) {
            grad[c][j] += err * (x[j] - mean[j]) / scale[j] / n;
          }
          grad[c][f] += err / n;
        }
      }
      for (int c = 0; c < w.length; c++) {
        for (int j = 0; j <= f; j++) {
          double reg = j < f ? L2 * w[c][j] : 0;
          w[c][j] -= LEARNING_RATE * (grad[c][j] + reg);
        }
      }
    }
    return new PolarityModel(version, PolarityFeatures.NAMES, mean, scale, deepCopy(w), trainedOn);
  }

  private static double[][] deepCopy(double[][] w) {
    return Arrays.stream(w).map(double[]::clone).toArray(double[][]::new);
  }
}
