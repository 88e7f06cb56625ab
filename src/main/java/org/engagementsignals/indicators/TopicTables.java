package org.engagementsignals.indicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.engagementsignals.contract.OutputSchemas;
import org.engagementsignals.contract.RowBuilder;
import org.engagementsignals.indicators.ComplementarySuppression.Cell;

/**
 * The rows of {@code topics/}: per group and topic, mentions, the share of the group's respondents
 * who mention it, and their sentiment. Survey rows form the whole grid of survey groups and
 * taxonomy topics, so that the presence of a row says nothing about who wrote what; a survey topic
 * row is published only when its group is, and when at least k respondents mention the topic (the
 * sentiment describes just them), with complementary suppression per topic over the mentioners in
 * every published group, as for groups. Reflection rows are the topics leaders mentioned.
 */
public final class TopicTables {

  private TopicTables() {}

  /**
   * @param topicRows rows of {@link GroupAggregates#topics}
   * @param topicCellRows rows of {@link GroupAggregates#topicCells}
   * @param familyByTopic every taxonomy topic, with its family
   * @param log receives why each hidden row is hidden
   */
  public static List<Row> rows(
      List<Row> topicRows,
      List<Row> topicCellRows,
      GroupTable groups,
      Map<String, String> familyByTopic,
      SuppressionLog log) {
    Map<String, Map<String, SuppressionReason>> hiddenByTopic =
        hiddenByTopic(topicCellRows, groups);
    Map<String, TopicRow> mentioned = new HashMap<>();
    List<TopicRow> topics = new ArrayList<>();
    for (Row r : topicRows) {
      TopicRow t = TopicRow.from(r);
      if (t.source().equals(IndicatorTables.SURVEY)) {
        mentioned.put(t.topic() + "|" + t.key(), t);
      } else if (IndicatorTables.published(t.source(), t.level())) {
        topics.add(t);
      }
    }
    for (GroupCounts g : groups.groups()) {
      if (g.source().equals(IndicatorTables.SURVEY)) {
        for (String topic : familyByTopic.keySet()) {
          TopicRow t = mentioned.get(topic + "|" + g.key());
          topics.add(t != null ? t : TopicRow.notMentioned(g, topic));
        }
      }
    }
    topics.sort(TopicRow.ORDER);
    List<Row> out = new ArrayList<>();
    for (TopicRow t : topics) {
      GroupCounts group = groups.find(t.source(), t.key());
      String reason = null;
      if (t.source().equals(IndicatorTables.SURVEY)) {
        SuppressionReason groupReason = group == null ? null : groups.hidden(group);
        SuppressionReason topicReason =
            hiddenByTopic.getOrDefault(t.topic(), Map.of()).get(t.key());
        reason =
            groupReason != null
                ? "group_" + groupReason.code()
                : t.respondents() == 0
                    ? "no_mentions"
                    : topicReason == null ? null : topicReason.code();
      }
      if (reason != null) {
        log.add(
            SuppressionLog.TOPICS,
            t.source(),
            t.level(),
            t.groupId(),
            t.topic(),
            reason,
            IndicatorTables.band(t.respondents(), groups.k()));
      }
      out.add(row(t, familyByTopic.getOrDefault(t.topic(), "unknown"), group, reason != null));
    }
    return out;
  }

  /**
   * Per topic, the survey groups whose row for it is hidden. Only published groups take part: a
   * hidden group's topic rows are hidden with it and publish nothing to subtract.
   */
  private static Map<String, Map<String, SuppressionReason>> hiddenByTopic(
      List<Row> topicCellRows, GroupTable groups) {
    Map<String, List<Cell>> cellsByTopic = new TreeMap<>();
    for (Row r : topicCellRows) {
      SortedSet<String> shown = new TreeSet<>();
      for (Object key : r.getList(r.fieldIndex("groups"))) {
        if (!groups.surveyGroupHidden((String) key)) {
          shown.add((String) key);
        }
      }
      if (!shown.isEmpty()) {
        cellsByTopic
            .computeIfAbsent(r.getAs("topic"), t -> new ArrayList<>())
            .add(new Cell(shown, ((Number) r.getAs("n_respondents")).longValue()));
      }
    }
    Map<String, Map<String, SuppressionReason>> hidden = new HashMap<>();
    cellsByTopic.forEach(
        (topic, cells) -> hidden.put(topic, ComplementarySuppression.suppress(cells, groups.k())));
    return hidden;
  }

  private static Row row(TopicRow t, String family, GroupCounts group, boolean suppressed) {
    long groupRespondents = group == null ? 0 : group.respondents();
    double[] ci = Intervals.wilson(t.respondents(), groupRespondents);
    // suppression_reason stays null: only in the operators' suppression/ table.
    RowBuilder row =
        RowBuilder.of(OutputSchemas.TOPICS)
            .set("level", t.level())
            .set("group_id", t.groupId())
            .set("source", t.source())
            .set("topic", t.topic())
            .set("family", family)
            .set("suppressed", suppressed);
    if (suppressed) {
      return row.build();
    }
    return row.set("mentions", t.mentions())
        .set("n_respondents", t.respondents())
        .set(
            "respondent_share",
            groupRespondents == 0 ? null : (double) t.respondents() / groupRespondents)
        .set("respondent_share_ci_low", Double.isNaN(ci[0]) ? null : ci[0])
        .set("respondent_share_ci_high", Double.isNaN(ci[1]) ? null : ci[1])
        .set("sentiment_mean", t.sentimentMean())
        .build();
  }

  /** One row of {@link GroupAggregates#topics}, read by name. */
  private record TopicRow(
      String level,
      String groupId,
      String source,
      String topic,
      long mentions,
      long respondents,
      Double sentimentMean) {
    static final java.util.Comparator<TopicRow> ORDER =
        java.util.Comparator.comparing(TopicRow::topic)
            .thenComparing(TopicRow::source)
            .thenComparing(t -> IndicatorTables.levelOrder(t.level()))
            .thenComparing(TopicRow::groupId);

    static TopicRow from(Row r) {
      return new TopicRow(
          r.getAs("level"),
          r.getAs("group_id"),
          r.getAs("source"),
          r.getAs("topic"),
          ((Number) r.getAs("mentions")).longValue(),
          ((Number) r.getAs("n_respondents")).longValue(),
          r.getAs("sentiment_mean"));
    }

    /** A survey group's row for a topic nobody in it mentioned. */
    static TopicRow notMentioned(GroupCounts g, String topic) {
      return new TopicRow(g.level(), g.groupId(), g.source(), topic, 0, 0, null);
    }

    String key() {
      return level.equals("org") ? "org" : level + ":" + groupId;
    }
  }
}
