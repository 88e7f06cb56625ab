package org.engagementsignals.report;

import java.util.List;
import org.apache.spark.sql.Row;

/** One row of {@code topics/}; a suppressed row keeps only its names. */
public record TopicFigures(
    String level,
    String groupId,
    String source,
    String topic,
    String family,
    boolean hidden,
    Long respondents,
    Double share,
    Double sentiment) {

  public static List<String> columns() {
    return List.of(
        "level",
        "group_id",
        "source",
        "topic",
        "family",
        "suppressed",
        "n_respondents",
        "respondent_share",
        "sentiment_mean");
  }

  public static TopicFigures of(Row row) {
    boolean hidden = !Boolean.FALSE.equals(row.getAs("suppressed"));
    return new TopicFigures(
        row.getAs("level"),
        row.getAs("group_id"),
        row.getAs("source"),
        row.getAs("topic"),
        row.getAs("family"),
        hidden,
        hidden ? null : row.getAs("n_respondents"),
        hidden ? null : row.getAs("respondent_share"),
        hidden ? null : row.getAs("sentiment_mean"));
  }
}
