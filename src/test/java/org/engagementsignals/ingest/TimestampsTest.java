package org.engagementsignals.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

  @Test
  void readsZuluOffsetsDatesAndSpaceSeparatedForms() {
    assertThat(Timestamps.parse("2026-10-12T09:30:00Z"))
        .isEqualTo(Instant.parse("2026-10-12T09:30:00Z"));
    assertThat(Timestamps.parse("2026-10-12T09:30:00.250+02:00"))
        .isEqualTo(Instant.parse("2026-10-12T07:30:00.250Z"));
    assertThat(Timestamps.parse("2026-10-12T09:30-05:00"))
        .isEqualTo(Instant.parse("2026-10-12T14:30:00Z"));
    assertThat(Timestamps.parse(" 2026-10-12 ")).isEqualTo(Instant.parse("2026-10-12T00:00:00Z"));
    assertThat(Timestamps.parse("2026-10-12 09:30:00Z"))
        .isEqualTo(Instant.parse("2026-10-12T09:30:00Z"));
  }

  @Test
  void monthIsTheUtcMonth() {
    // Half past midnight on 1 September in Berlin is still August in UTC.
    assertThat(Timestamps.utcMonth(Timestamps.parse("2026-09-01T00:30:00+02:00")))
        .isEqualTo(YearMonth.of(2026, 8));
    assertThat(Timestamps.utcMonth(Timestamps.parse("2026-08-31T23:30:00-02:00")))
        .isEqualTo(YearMonth.of(2026, 9));
  }

  @Test
  void rejectsDateTimesWithoutAZoneAndSaysSo() {
    assertThatThrownBy(() -> Timestamps.parse("2026-10-12T10:00:00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no time zone");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "yesterday",
        "2026-13-01T00:00:00Z",
        "2026-02-30",
        "12/10/2026",
        "2026-10-12T25:00:00Z",
        ""
      })
  void rejectsWhatIsNotAnIsoDate(String value) {
    assertThatThrownBy(() -> Timestamps.parse(value)).isInstanceOf(IllegalArgumentException.class);
  }
}
