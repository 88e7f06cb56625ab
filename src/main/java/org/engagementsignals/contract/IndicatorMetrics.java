package org.engagementsignals.contract;

import java.util.List;

/**
 * The metrics of {@code indicators/}, in column order. Each becomes a column; an interval metric
 * also gets {@code _ci_low} and {@code _ci_high}; every metric gets {@code _delta} (against the
 * previous period) and an interval metric {@code _changed} (the two periods' 95% intervals do not
 * overlap). The meaning and range of each go into the data dictionary and the column comments.
 */
public final class IndicatorMetrics {

  /** A metric, whether it has a 95% interval, and what it means for the data dictionary. */
  public record Metric(String name, boolean interval, String meaning, String range) {}

  private static final String SHARE = "0..1";
  private static final String SIGNED = "-1..1";

  public static final List<Metric> ALL =
      List.of(
          new Metric(
              "results_share",
              true,
              "share of the group's sentences that talk about results (RESULTS or MIXED)",
              SHARE),
          new Metric(
              "process_share",
              true,
              "share of the group's sentences that talk about process, how the work is done (PROCESS or MIXED)",
              SHARE),
          new Metric(
              "sentiment_mean",
              false,
              "mean of the sentences' sentiment_score: the overall tone",
              SIGNED),
          new Metric(
              "sentiment_results",
              false,
              "mean sentiment_score of the sentences that talk about results",
              SIGNED),
          new Metric(
              "sentiment_process",
              false,
              "mean sentiment_score of the sentences that talk about process",
              SIGNED),
          new Metric(
              "connection_index",
              true,
              "mean over respondents of +1 (what they wrote about connection is on balance positive), -1 (negative) or 0 (not mentioned)",
              SIGNED),
          new Metric(
              "connection_mention_share",
              true,
              "share of respondents who mention connection, either way",
              SHARE),
          new Metric(
              "trust_index",
              true,
              "mean over respondents of +1 (what they wrote about trust is on balance positive), -1 (negative) or 0 (not mentioned)",
              SIGNED),
          new Metric(
              "trust_mention_share",
              true,
              "share of respondents who mention trust, either way",
              SHARE),
          new Metric(
              "challenge_personal_share",
              true,
              "share of respondents who mention a personal challenge (work-life balance, stress, burnout, growth)",
              SHARE),
          new Metric(
              "challenge_professional_share",
              true,
              "share of respondents who mention a professional challenge (workload, staffing, tools, market, team conflict)",
              SHARE));

  private IndicatorMetrics() {}
}
