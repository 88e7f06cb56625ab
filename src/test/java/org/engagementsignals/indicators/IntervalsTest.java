package org.engagementsignals.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class IntervalsTest {
  private static final Offset<Double> FOUR_DECIMALS = within(0.00005);
  private static final double NAN = Double.NaN;

  @Test
  void wilsonMatchesPublishedValues() {
    assertInterval(Intervals.wilson(0, 10), 0.0, 0.2775);
    assertInterval(Intervals.wilson(5, 10), 0.2366, 0.7634);
    assertInterval(Intervals.wilson(10, 10), 0.7225, 1.0);
    assertInterval(Intervals.wilson(1, 3), 0.0615, 0.7923);
    assertInterval(Intervals.wilson(42, 100), 0.3280, 0.5179);
  }

  @Test
  void wilsonStaysInsideZeroOneAndContainsTheShare() {
    for (int n = 1; n <= 60; n++) {
      for (int successes = 0; successes <= n; successes++) {
        double[] ci = Intervals.wilson(successes, n);
        double share = (double) successes / n;
        assertThat(ci[0]).isBetween(0.0, share);
        assertThat(ci[1]).isBetween(share, 1.0);
      }
    }
  }

  @Test
  void wilsonWithoutRespondentsIsUndefined() {
    assertThat(Intervals.wilson(0, 0)).containsExactly(NAN, NAN);
  }

  @Test
  void wilsonRejectsImpossibleCountsNamingThem() {
    assertThatThrownBy(() -> Intervals.wilson(11, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("successes=11")
        .hasMessageContaining("n=10");
    assertThatThrownBy(() -> Intervals.wilson(-1, 10)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Intervals.wilson(0, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void netIndexUsesTheVarianceOfValuesInMinusOneZeroOne() {
    // 6 of 10 positive, 2 negative: var = (0.6 + 0.2 - 0.4²) / 10 = 0.064.
    assertIndex(Intervals.netIndex(6, 2, 10), 0.4, -0.0958, 0.8958);
    assertIndex(Intervals.netIndex(3, 5, 20), -0.1, -0.3737, 0.1737);
    assertIndex(Intervals.netIndex(50, 30, 100), 0.2, 0.0291, 0.3709);
  }

  @Test
  void netIndexIsClippedToMinusOneOne() {
    assertIndex(Intervals.netIndex(9, 0, 10), 0.9, 0.7141, 1.0);
    assertIndex(Intervals.netIndex(1, 1, 2), 0.0, -1.0, 1.0);
  }

  @Test
  void netIndexWhenEveryoneAgreesFallsBackOnWilson() {
    double u = Intervals.wilson(0, 10)[1]; // 0.2775
    // All +1: the Wilson interval of the share of +1 (10 of 10), mapped by 2p - 1.
    double[] allPositive = Intervals.netIndex(10, 0, 10);
    assertIndex(allPositive, 1.0, 2 * Intervals.wilson(10, 10)[0] - 1, 1.0);
    assertThat(allPositive[1]).isCloseTo(1 - 2 * u, FOUR_DECIMALS).isCloseTo(0.4449, FOUR_DECIMALS);
    assertIndex(Intervals.netIndex(0, 10, 10), -1.0, -1.0, -0.4449);
    assertIndex(Intervals.netIndex(0, 0, 10), 0.0, -0.2775, 0.2775);
    // A single respondent says little.
    assertIndex(Intervals.netIndex(1, 0, 1), 1.0, -0.5869, 1.0);
  }

  @Test
  void netIndexIsSymmetricContainsTheIndexAndStaysInRange() {
    for (int n = 1; n <= 25; n++) {
      for (int positive = 0; positive <= n; positive++) {
        for (int negative = 0; positive + negative <= n; negative++) {
          double[] result = Intervals.netIndex(positive, negative, n);
          double[] mirrored = Intervals.netIndex(negative, positive, n);
          assertThat(result[0]).isEqualTo((double) (positive - negative) / n);
          assertThat(result[1]).isBetween(-1.0, result[0]);
          assertThat(result[2]).isBetween(result[0], 1.0);
          assertThat(result[2] - result[1]).isPositive();
          assertThat(mirrored[1]).isCloseTo(-result[2], within(1e-12));
          assertThat(mirrored[2]).isCloseTo(-result[1], within(1e-12));
        }
      }
    }
  }

  @Test
  void netIndexWithoutRespondentsIsUndefined() {
    assertThat(Intervals.netIndex(0, 0, 0)).containsExactly(NAN, NAN, NAN);
  }

  @Test
  void netIndexRejectsImpossibleCountsNamingThem() {
    assertThatThrownBy(() -> Intervals.netIndex(6, 5, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive=6")
        .hasMessageContaining("negative=5")
        .hasMessageContaining("n=10");
    assertThatThrownBy(() -> Intervals.netIndex(-1, 0, 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Intervals.netIndex(0, -1, 10))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void changedOnlyWhenTheIntervalsDoNotOverlap() {
    assertThat(Intervals.changed(new double[] {0.1, 0.3}, new double[] {0.35, 0.6})).isTrue();
    assertThat(Intervals.changed(new double[] {0.35, 0.6}, new double[] {0.1, 0.3})).isTrue();
    assertThat(Intervals.changed(new double[] {0.1, 0.4}, new double[] {0.35, 0.6})).isFalse();
    assertThat(Intervals.changed(new double[] {0.1, 0.35}, new double[] {0.35, 0.6}))
        .as("touching")
        .isFalse();
    assertThat(Intervals.changed(new double[] {0.1, 0.9}, new double[] {0.4, 0.5}))
        .as("nested")
        .isFalse();
  }

  @Test
  void changedReadsNetIndexResults() {
    double[] before = Intervals.netIndex(2, 8, 40); // -0.15 [-0.30, -0.00]
    double[] after = Intervals.netIndex(30, 2, 40); // 0.70 [0.53, 0.87]
    assertThat(Intervals.changed(before, after)).isTrue();
    assertThat(Intervals.changed(before, Intervals.netIndex(3, 8, 40))).isFalse();
    assertThat(Intervals.changed(Intervals.wilson(1, 40), Intervals.wilson(30, 40))).isTrue();
  }

  @Test
  void changedIsFalseWhenABoundIsMissing() {
    double[] narrow = {0.1, 0.2};
    assertThat(Intervals.changed(new double[] {NAN, 0.05}, narrow)).isFalse();
    assertThat(Intervals.changed(narrow, new double[] {0.5, NAN})).isFalse();
    assertThat(Intervals.changed(Intervals.netIndex(0, 0, 0), Intervals.netIndex(10, 0, 10)))
        .isFalse();
  }

  @Test
  void changedRejectsArraysThatAreNotIntervals() {
    assertThatThrownBy(() -> Intervals.changed(new double[] {0.1}, new double[] {0.1, 0.2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 1");
  }

  private static void assertInterval(double[] ci, double low, double high) {
    assertThat(ci).hasSize(2);
    assertThat(ci[0]).isCloseTo(low, FOUR_DECIMALS);
    assertThat(ci[1]).isCloseTo(high, FOUR_DECIMALS);
  }

  private static void assertIndex(double[] result, double index, double low, double high) {
    assertThat(result).hasSize(3);
    assertThat(result[0]).isCloseTo(index, FOUR_DECIMALS);
    assertThat(result[1]).isCloseTo(low, FOUR_DECIMALS);
    assertThat(result[2]).isCloseTo(high, FOUR_DECIMALS);
  }
}
