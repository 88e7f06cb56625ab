package org.engagementsignals.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.engagementsignals.tagging.PolarityFeatures;
import org.engagementsignals.tagging.PolarityModel;
import org.junit.jupiter.api.Test;

class PolarityTrainerTest {

  @Test
  void learnsALabelCarriedByOneFeatureAndIsDeterministic() {
    Random random = new Random(11);
    List<double[]> x = new ArrayList<>();
    List<Integer> y = new ArrayList<>();
    int scoreMean = PolarityFeatures.NAMES.indexOf("score_mean");
    for (int i = 0; i < 300; i++) {
      double[] row = new double[PolarityFeatures.NAMES.size()];
      for (int j = 0; j < row.length; j++) {
        row[j] = random.nextGaussian();
      }
      int label = row[scoreMean] > 0.5 ? 1 : row[scoreMean] < -0.5 ? -1 : 0;
      x.add(row);
      y.add(label);
    }
    PolarityModel a = PolarityTrainer.train(x, y, "t", "test");
    PolarityModel b = PolarityTrainer.train(x, y, "t", "test");
    assertThat(a.toJson()).isEqualTo(b.toJson());
    int right = 0;
    for (int i = 0; i < x.size(); i++) {
      right += a.label(x.get(i)) == y.get(i) ? 1 : 0;
    }
    assertThat((double) right / x.size()).isGreaterThan(0.85);
  }

  @Test
  void theShippedModelMatchesTodaysFeatures() {
    PolarityModel m = PolarityModel.fromClasspath("/models/response-polarity-v1.json");
    assertThat(m.features()).isEqualTo(PolarityFeatures.NAMES);
    assertThat(m.probabilities(new double[PolarityFeatures.NAMES.size()])).hasSize(3);
  }
}
