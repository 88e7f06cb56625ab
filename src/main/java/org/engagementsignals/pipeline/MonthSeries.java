package org.engagementsignals.pipeline;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs consecutive months in order, so that each month finds the one before it published and its
 * deltas fill in. The first month that fails stops the series: the months after it would compute
 * their changes against a month that is missing or stale. Months published before the failure stay
 * as they are, and the failed month keeps what it had before (each output is swapped in only when
 * complete).
 */
public final class MonthSeries {

  /** One month's work: {@link MonthlyJob#run} in the job. */
  @FunctionalInterface
  public interface MonthRunner<T> {
    T run(YearMonth month) throws Exception;
  }

  /** What a series did: the months that ran, and the one that failed with the ones not run. */
  public record Result<T>(
      List<T> published,
      Optional<YearMonth> failedMonth,
      Optional<Exception> failure,
      List<YearMonth> notRun) {

    public boolean succeeded() {
      return failedMonth.isEmpty();
    }
  }

  private MonthSeries() {}

  /** The months from {@code from} to {@code to}, both included. */
  public static List<YearMonth> months(YearMonth from, YearMonth to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "the range ends (" + to + ") before it starts (" + from + ")");
    }
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }

  /** Runs {@code months} in order and stops at the first failure. */
  public static <T> Result<T> run(List<YearMonth> months, MonthRunner<T> runner) {
    List<T> published = new ArrayList<>();
    for (int i = 0; i < months.size(); i++) {
      YearMonth month = months.get(i);
      try {
        published.add(runner.run(month));
      } catch (Exception e) {
        return new Result<>(
            List.copyOf(published),
            Optional.of(month),
            Optional.of(e),
            List.copyOf(months.subList(i + 1, months.size())));
      }
    }
    return new Result<>(List.copyOf(published), Optional.empty(), Optional.empty(), List.of());
  }
}
