package org.engagementsignals.indicators;

import org.apache.spark.sql.Row;

/** The counts of one group, as {@link GroupAggregates#groups} computes them. */
record GroupCounts(
    String level,
    String groupId,
    String parentId,
    String source,
    long respondents,
    long responses,
    long sentences,
    long results,
    long process,
    double score,
    double scoreResults,
    double scoreProcess,
    long trustPos,
    long trustNeg,
    long connPos,
    long connNeg,
    long personal,
    long professional,
    long trustPosResponses,
    long trustNegResponses,
    long connPosResponses,
    long connNegResponses) {

  static GroupCounts from(Row r) {
    return new GroupCounts(
        r.getAs("level"),
        r.getAs("group_id"),
        r.getAs("parent_id"),
        r.getAs("source"),
        num(r, "n_respondents"),
        num(r, "n_responses"),
        num(r, "n_sentences"),
        num(r, "results"),
        num(r, "process"),
        dbl(r, "score"),
        dbl(r, "score_results"),
        dbl(r, "score_process"),
        num(r, "trust_pos"),
        num(r, "trust_neg"),
        num(r, "conn_pos"),
        num(r, "conn_neg"),
        num(r, "personal"),
        num(r, "professional"),
        num(r, "trust_pos_responses"),
        num(r, "trust_neg_responses"),
        num(r, "conn_pos_responses"),
        num(r, "conn_neg_responses"));
  }

  /** Unique across levels: {@code org}, {@code team:A/B}, {@code leader:L001}. */
  String key() {
    return level.equals("org") ? "org" : level + ":" + groupId;
  }

  private static long num(Row r, String name) {
    Object v = r.getAs(name);
    return v == null ? 0 : ((Number) v).longValue();
  }

  private static double dbl(Row r, String name) {
    Object v = r.getAs(name);
    return v == null ? 0 : ((Number) v).doubleValue();
  }
}
