package org.engagementsignals.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order of a range of months, and where a failure stops it. */
class MonthSeriesTest {
  private static final YearMonth AUG = YearMonth.of(2026, 8);
  private static final YearMonth SEP = YearMonth.of(2026, 9);
  private static final YearMonth OCT = YearMonth.of(2026, 10);

  @Test
  void aRangeHoldsEveryMonthInOrderAcrossAYearEnd() {
    assertThat(MonthSeries.months(YearMonth.of(2026, 11), YearMonth.of(2027, 2)))
        .containsExactly(
            YearMonth.of(2026, 11),
            YearMonth.of(2026, 12),
            YearMonth.of(2027, 1),
            YearMonth.of(2027, 2));
    assertThat(MonthSeries.months(OCT, OCT)).containsExactly(OCT);
    assertThatThrownBy(() -> MonthSeries.months(OCT, AUG))
        .hasMessageContaining("2026-08")
        .hasMessageContaining("2026-10");
  }

  @Test
  void everyMonthRunsInOrderWhenNoneFails() {
    List<YearMonth> ran = new ArrayList<>();
    MonthSeries.Result<String> result =
        MonthSeries.run(
            MonthSeries.months(AUG, OCT),
            m -> {
              ran.add(m);
              return m.toString();
            });
    assertThat(ran).containsExactly(AUG, SEP, OCT);
    assertThat(result.succeeded()).isTrue();
    assertThat(result.published()).containsExactly("2026-08", "2026-09", "2026-10");
    assertThat(result.notRun()).isEmpty();
  }

  @Test
  void theFirstFailureStopsTheMonthsAfterItAndKeepsTheOnesBefore() {
    List<YearMonth> ran = new ArrayList<>();
    IllegalStateException boom = new IllegalStateException("disk full");
    MonthSeries.Result<String> result =
        MonthSeries.run(
            MonthSeries.months(AUG, YearMonth.of(2026, 11)),
            m -> {
              ran.add(m);
              if (m.equals(SEP)) {
                throw boom;
              }
              return m.toString();
            });
    assertThat(ran).containsExactly(AUG, SEP);
    assertThat(result.succeeded()).isFalse();
    assertThat(result.published()).containsExactly("2026-08");
    assertThat(result.failedMonth()).contains(SEP);
    assertThat(result.failure()).containsSame(boom);
    assertThat(result.notRun()).containsExactly(OCT, YearMonth.of(2026, 11));
  }
}
