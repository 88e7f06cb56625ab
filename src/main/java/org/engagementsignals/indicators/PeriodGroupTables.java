package org.engagementsignals.indicators;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The group tables of one period: {@code indicators/}, {@code topics/}, {@code say_hear/}, and the
 * operators' {@code suppression/} that says why hidden rows are hidden. Spark aggregates the
 * responses to a few rows per group (and per cell of people in the same groups); those come to the
 * driver for the intervals and the confidentiality rules, which need all groups at once.
 */
public record PeriodGroupTables(
    List<Row> indicators, List<Row> topics, List<Row> sayHear, List<Row> suppression) {

  /**
   * @param previousIndicators last period's published {@code indicators/} rows, for the deltas
   * @param familyByTopic every taxonomy topic with its family
   * @param k the minimum group size
   */
  public static PeriodGroupTables of(
      Dataset<Row> responses,
      Dataset<Row> sentences,
      List<Row> previousIndicators,
      Map<String, String> familyByTopic,
      int k) {
    GroupTable groups =
        GroupTable.of(
            GroupAggregates.groups(responses, sentences).collectAsList(),
            GroupAggregates.cells(responses, sentences).collectAsList(),
            k);
    SuppressionLog log = new SuppressionLog();
    List<Row> indicators = IndicatorTables.indicatorRows(groups, previousIndicators, log);
    List<Row> topics =
        TopicTables.rows(
            GroupAggregates.topics(responses, sentences).collectAsList(),
            GroupAggregates.topicCells(responses, sentences).collectAsList(),
            groups,
            familyByTopic,
            log);
    List<Row> sayHear = SayHearTables.rows(groups, log);
    return new PeriodGroupTables(indicators, topics, sayHear, log.rows());
  }
}
