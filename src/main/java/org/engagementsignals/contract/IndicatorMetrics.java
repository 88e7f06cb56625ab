package org.engagementsignals.contract;

import java.util.List;

/**
 * The metrics of {@code indicators/}, in column order. Each becomes a column; an interval metric
 * also gets {@code _ci_low} and {@code _ci_high}; every metric gets {@code _delta} (against the
 * previous period) and an interval metric {@code _changed} (the two periods' 95% intervals do not
 * overlap).
 */
public final class IndicatorMetrics {

  /** A metric and whether it has a 95% interval. */
  public record Metric(String name, boolean interval) {}

  public static final List<Metric> ALL =
      List.of(
          new Metric("results_share", true),
          new Metric("process_share", true),
          new Metric("sentiment_mean", false),
          new Metric("sentiment_results", false),
          new Metric("sentiment_process", false),
          new Metric("connection_index", true),
          new Metric("connection_mention_share", true),
          new Metric("trust_index", true),
          new Metric("trust_mention_share", true),
          new Metric("challenge_personal_share", true),
          new Metric("challenge_professional_share", true));

  private IndicatorMetrics() {}
}
