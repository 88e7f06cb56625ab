package org.engagementsignals.config;

/**
 * The leaders' report.
 *
 * @param dir where reports go; "" for {@code <output.dir>/report}
 * @param accuracyFile the label model's {@code accuracy.json} (a class path resource when it starts
 *     with "/" and is found there, else a file); "" or missing: the accuracy is not known
 * @param quotes whether to quote employees' redacted sentences
 * @param quoteMinRespondents quotes come only from shown groups at least this large
 * @param topTopics how many topics the topics section shows
 */
public record ReportSettings(
    String dir, String accuracyFile, boolean quotes, int quoteMinRespondents, int topTopics) {
  /** Text is easier to attribute than a number: quotes need a larger group than the metrics. */
  public static final int QUOTE_MIN_RESPONDENTS_FLOOR = 10;

  public ReportSettings {
    if (quoteMinRespondents < QUOTE_MIN_RESPONDENTS_FLOOR) {
      throw new SettingsException(
          "signals.report.quote-min-respondents",
          quoteMinRespondents,
          "must be at least " + QUOTE_MIN_RESPONDENTS_FLOOR);
    }
    if (topTopics < 1 || topTopics > 30) {
      throw new SettingsException("signals.report.top-topics", topTopics, "must be 1..30");
    }
  }
}
