package org.engagementsignals.labels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Class multipliers on hand-made probabilities where the rare classes are under-called. */
class DecisionRuleTest {

  /** Trust -1 (index 0) units whose -1 probability is only 0.3: argmax calls them all 0. */
  private static List<double[]> probabilities(int[] gold) {
    List<double[]> p = new ArrayList<>();
    for (int g : gold) {
      p.add(
          switch (g) {
            case 0 -> new double[] {0.3, 0.6, 0.1};
            case 2 -> new double[] {0.1, 0.5, 0.4};
            default -> new double[] {0.1, 0.8, 0.1};
          });
    }
    return p;
  }

  private static final int[] GOLD = {0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2};

  @Test
  void theMostProbableClassMissesTheRareOnesAndTunedMultipliersFindThem() {
    List<double[]> p = probabilities(GOLD);
    DecisionRule argmax = DecisionRule.argmax(Label.TRUST);
    assertThat(argmax.isArgmax()).isTrue();
    assertThat(argmax.apply(p.get(0))).isEqualTo(1);

    DecisionRule tuned = DecisionRule.tune(Label.TRUST, p, GOLD);
    int[] predicted = GOLD.clone();
    for (int i = 0; i < GOLD.length; i++) {
      predicted[i] = tuned.apply(p.get(i));
    }
    assertThat(predicted).containsExactly(GOLD);
    assertThat(DecisionRule.measure(Label.TRUST, GOLD, predicted)).isEqualTo(1.0);
    // The majority class keeps multiplier 1; the others move only as far as needed.
    assertThat(tuned.multipliers()[1]).isEqualTo(1.0);
    assertThat(tuned.multipliers()[0]).isGreaterThanOrEqualTo(2.0).isLessThan(2.4);
    // MLlib predicts the largest probability / threshold: the same classes.
    assertThat(tuned.thresholds()[0]).isEqualTo(1 / tuned.multipliers()[0]);
  }

  @Test
  void crossFittingScoresEachFoldWithARuleTunedOnTheOthers() {
    List<double[]> p = probabilities(GOLD);
    // Fold 1 holds the only +1 units: the rule tuned without them never calls +1 there.
    int[] folds = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1};
    int[] predicted = DecisionRule.crossFitted(Label.TRUST, p, GOLD, folds, 2);
    assertThat(predicted[12]).isEqualTo(1);
    assertThat(predicted[0]).isEqualTo(1);
  }
}
