package org.engagementsignals.contract;

/** Output folder names under the output root, and the period partition naming. */
public final class OutputPaths {
  public static final String RESPONSES = "responses";
  public static final String SENTENCES = "sentences";
  public static final String QUARANTINE = "quarantine";
  public static final String RUNS = "runs";
  public static final String INDICATORS = "indicators";
  public static final String TOPICS = "topics";
  public static final String SAY_HEAR = "say_hear";

  /** The leaders' report, one folder per month: {@code report/period=YYYY-MM/index.html}. */
  public static final String REPORT = "report";

  /** Operators only: why hidden group rows are hidden. */
  public static final String SUPPRESSION = "suppression";

  /** Staging area under the output root; readers of the outputs never look here. */
  public static final String STAGING = "_staging";

  /** One commit record per month, {@code _commits/2026-10.json}: which run the month holds. */
  public static final String COMMITS = "_commits";

  private OutputPaths() {}

  /** {@code responses/period=2026-10}: one month of one output. */
  public static String periodPartition(String output, String period) {
    return output + "/period=" + period;
  }

  /** {@code runs/run_id=...}: one run's manifest. */
  public static String runPartition(String runId) {
    return RUNS + "/run_id=" + runId;
  }
}
