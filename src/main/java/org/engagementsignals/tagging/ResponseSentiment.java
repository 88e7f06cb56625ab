package org.engagementsignals.tagging;

import java.util.List;
import org.apache.spark.sql.Row;

/** CoreNLP's sentiment of a whole response, from its sentences. */
final class ResponseSentiment {

  private ResponseSentiment() {}

  /**
   * CoreNLP's sentence scores averaged, weighted by sentence length in tokens; sentences without a
   * score (their text failed CoreNLP's full chain) are left out, and null when none has one.
   */
  static Double meanScore(List<Row> sentences) {
    double weighted = 0;
    int tokens = 0;
    for (Row s : sentences) {
      if (s.isNullAt(s.fieldIndex("sentiment_score"))) {
        continue;
      }
      int n = s.getInt(s.fieldIndex("n_tokens"));
      weighted += s.getDouble(s.fieldIndex("sentiment_score")) * n;
      tokens += n;
    }
    return tokens == 0 ? null : weighted / tokens;
  }
}
