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
    long connNegResponses,
    String membersHash) {

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
        num(r, "conn_neg_responses"),
        r.getAs("members_hash"));
  }

  /**
   * A group known only by its respondents (a topic's mentioners in a group), carrying the group's
   * member hash: two groups with the same members have the same mentioners, so they must share one
   * decision too.
   */
  static GroupCounts respondentsOnly(
      String level,
      String groupId,
      String parentId,
      String source,
      long respondents,
      String membersHash) {
    return new GroupCounts(
        level,
        groupId,
        parentId,
        source,
        respondents,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        membersHash);
  }

  /**
   * The same counts with the respondents set to 0: how a group forced hidden enters the
   * suppression.
   */
  GroupCounts hidden() {
    return new GroupCounts(
        level,
        groupId,
        parentId,
        source,
        0,
        responses,
        sentences,
        results,
        process,
        score,
        scoreResults,
        scoreProcess,
        trustPos,
        trustNeg,
        connPos,
        connNeg,
        personal,
        professional,
        trustPosResponses,
        trustNegResponses,
        connPosResponses,
        connNegResponses,
        membersHash);
  }

  /** Unique across levels: {@code org}, {@code team:A/B}, {@code leader:L001}. */
  String key() {
    return level.equals("org") ? "org" : level + ":" + groupId;
  }

  String parentKey() {
    if (parentId == null) {
      return null;
    }
    return parentId.equals("org") ? "org" : "team:" + parentId;
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
