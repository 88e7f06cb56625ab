package org.engagementsignals.tagging;

import java.util.List;
import org.apache.spark.sql.Row;

/** CoreNLP's sentiment of a whole response, from its sentences. */
final class ResponseSentiment {

  private ResponseSentiment() {}

  /**
   * CoreNLP's sentence scores averaged, weighted by sentence length in tokens (0 for no tokens).
   */
  static double meanScore(List<Row> sentences) {
    double weighted = 0;
    int tokens = 0;
    for (Row s : sentences) {
      int n = s.getInt(s.fieldIndex("n_tokens"));
      weighted += s.getDouble(s.fieldIndex("sentiment_score")) * n;
      tokens += n;
    }
    return tokens == 0 ? 0 : weighted / tokens;
  }
}
