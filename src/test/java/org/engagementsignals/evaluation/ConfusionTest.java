package org.engagementsignals.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfusionTest {

  @Test
  void precisionRecallF1AndAverages() {
    Confusion c = new Confusion(List.of("-1", "0", "+1"));
    // gold -1: 3 right, 1 said 0; gold 0: 4 right, 1 said +1; gold +1: 2 right, 2 said 0.
    for (int i = 0; i < 3; i++) c.add("-1", "-1");
    c.add("-1", "0");
    for (int i = 0; i < 4; i++) c.add("0", "0");
    c.add("0", "+1");
    for (int i = 0; i < 2; i++) c.add("+1", "+1");
    for (int i = 0; i < 2; i++) c.add("+1", "0");
    assertThat(c.total()).isEqualTo(13);
    assertThat(c.accuracy()).isCloseTo(9.0 / 13, within(1e-12));
    assertThat(c.precision("+1")).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(c.recall("+1")).isCloseTo(0.5, within(1e-12));
    assertThat(c.f1("-1")).isCloseTo(2 * 1.0 * 0.75 / 1.75, within(1e-12));
    // Mentions only: tp 5 (3 + 2), predicted 6 (3 + 3), gold 7 (4 + 4... -1 has 4, +1 has 4) -> p
    // 5/6, r 5/8.
    double p = 5.0 / 6;
    double r = 5.0 / 8;
    assertThat(c.microF1(List.of("-1", "+1"))).isCloseTo(2 * p * r / (p + r), within(1e-12));
    assertThat(c.render("t")).contains("confusion").contains("+1");
  }
}
