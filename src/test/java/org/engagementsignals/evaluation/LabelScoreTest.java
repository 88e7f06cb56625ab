package org.engagementsignals.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.engagementsignals.labels.Label;
import org.junit.jupiter.api.Test;

class LabelScoreTest {

  @Test
  void macroF1OverThePolarClassesLeavesOutNotMentioned() {
    // gold -1 x4: 3 right, 1 said 0; gold 0 x6: 5 right, 1 said +1; gold +1 x2: 1 right, 1 said 0.
    List<String> gold = new ArrayList<>();
    List<String> said = new ArrayList<>();
    add(gold, said, "-1", "-1", 3);
    add(gold, said, "-1", "0", 1);
    add(gold, said, "0", "0", 5);
    add(gold, said, "0", "+1", 1);
    add(gold, said, "+1", "+1", 1);
    add(gold, said, "+1", "0", 1);
    LabelScore s = LabelScore.of(Label.TRUST, gold, said);
    double f1Negative = 2 * 1.0 * 0.75 / 1.75; // precision 3/3, recall 3/4
    double f1Positive = 2 * 0.5 * 0.5 / 1.0; // precision 1/2, recall 1/2
    assertThat(s.value()).isCloseTo((f1Negative + f1Positive) / 2, within(1e-12));
    assertThat(s.n()).isEqualTo(12);
    assertThat(s.confusion().total()).isEqualTo(12);
  }

  @Test
  void accuracyAndMacroF1OverAllClasses() {
    List<String> gold = List.of("-1", "0", "+1", "+1");
    List<String> said = List.of("-1", "+1", "+1", "+1");
    assertThat(LabelScore.of(Label.SENTIMENT, gold, said).value()).isEqualTo(0.75);
    List<String> focusGold = List.of("RESULTS", "PROCESS", "MIXED", "NEITHER");
    List<String> focusSaid = List.of("RESULTS", "PROCESS", "PROCESS", "NEITHER");
    // F1: RESULTS 1, PROCESS 2/3, MIXED 0, NEITHER 1.
    assertThat(LabelScore.of(Label.FOCUS, focusGold, focusSaid).value())
        .isCloseTo((1 + 2.0 / 3 + 0 + 1) / 4, within(1e-12));
  }

  @Test
  void theBootstrapIntervalHoldsTheValueNarrowsWithMoreUnitsAndIsRepeatable() {
    LabelScore small = score(100);
    LabelScore large = score(1600);
    assertThat(small.value()).isCloseTo(0.8, within(1e-12));
    assertThat(small.ciLow()).isLessThan(0.8).isGreaterThan(0.6);
    assertThat(small.ciHigh()).isGreaterThan(0.8).isLessThan(0.95);
    // The interval of a proportion shrinks with the square root of n: 16x the units, 1/4 the width.
    double ratio = (small.ciHigh() - small.ciLow()) / (large.ciHigh() - large.ciLow());
    assertThat(ratio).isBetween(3.2, 4.8);
    // Standard error of 0.8 on 100 units is 0.04: the 95% interval is about +-0.078.
    assertThat(small.ciHigh() - small.ciLow()).isCloseTo(2 * 1.96 * 0.04, within(0.03));
    assertThat(score(100)).usingRecursiveComparison().ignoringFields("confusion").isEqualTo(small);
  }

  @Test
  void percentileInterpolates() {
    double[] sorted = {0, 1, 2, 3, 4};
    assertThat(LabelScore.percentile(sorted, 0.5)).isEqualTo(2);
    assertThat(LabelScore.percentile(sorted, 0.125)).isEqualTo(0.5);
  }

  /** n units of which 80% are right. */
  private static LabelScore score(int n) {
    List<String> gold = new ArrayList<>();
    List<String> said = new ArrayList<>();
    add(gold, said, "+1", "+1", n * 8 / 10);
    add(gold, said, "+1", "-1", n - n * 8 / 10);
    return LabelScore.of(Label.SENTIMENT, gold, said);
  }

  private static void add(List<String> gold, List<String> said, String g, String p, int times) {
    for (int i = 0; i < times; i++) {
      gold.add(g);
      said.add(p);
    }
  }
}
