package org.engagementsignals.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndicatorValuesTest {

  @Test
  void aRowsArrayIsInItsFixedOrderAndLeavesNetZeroOut() {
    assertThat(IndicatorValues.of(true, true, -2, 1))
        .containsExactly(
            "challenge.personal", "challenge.professional", "connection:-1", "trust:+1");
    assertThat(IndicatorValues.of(false, false, 0, 0)).isEmpty();
    assertThat(IndicatorValues.of(false, false, 3, -1))
        .containsExactly("connection:+1", "trust:-1");
  }

  @Test
  void theColumnCommentsListEveryValue() {
    String range =
        OutputSchemas.RESPONSES.apply("indicators").metadata().getString(OutputSchemas.RANGE);
    assertThat(range.split(", ")).containsExactlyInAnyOrderElementsOf(IndicatorValues.ALL);
  }
}
