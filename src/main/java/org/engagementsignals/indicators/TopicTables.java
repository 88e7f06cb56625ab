package org.engagementsignals.indicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * The rows of {@code topics/}: per group and topic, mentions, the share of the group's respondents
 * who mention it, and their sentiment. A survey topic row is published only when its group is, and
 * when at least k respondents mention the topic (the sentiment describes just them); complementary
 * suppression runs per topic over the team tree and over the leaders, as for groups.
 */
public final class TopicTables {

  private TopicTables() {}

  public static List<Row> rows(
      List<Row> topicRows, GroupTable groups, Map<String, String> familyByTopic) {
    Map<String, List<GroupCounts>> byTopic = new TreeMap<>();
    Map<String, Row> rowByKey = new HashMap<>();
    for (Row r : topicRows) {
      String level = r.getAs("level");
      String groupId = r.getAs("group_id");
      String source = r.getAs("source");
      String key = level.equals("org") ? "org" : level + ":" + groupId;
      GroupCounts group = groups.find(source, key);
      GroupCounts topicAsGroup =
          GroupCounts.respondentsOnly(
              level,
              groupId,
              r.getAs("parent_id"),
              source,
              ((Number) r.getAs("n_respondents")).longValue(),
              group == null ? null : group.membersHash());
      if (!IndicatorTables.published(topicAsGroup)) {
        continue;
      }
      String topic = r.getAs("topic");
      byTopic.computeIfAbsent(topic, t -> new ArrayList<>()).add(topicAsGroup);
      rowByKey.put(topic + "|" + source + "|" + key, r);
    }
    List<Row> out = new ArrayList<>();
    for (Map.Entry<String, List<GroupCounts>> e : byTopic.entrySet()) {
      String topic = e.getKey();
      Map<String, SuppressionReason> hidden =
          IndicatorTables.suppression(withEmptyGroups(e.getValue(), groups), groups.k());
      for (GroupCounts t : IndicatorTables.sorted(e.getValue())) {
        Row r = rowByKey.get(topic + "|" + t.source() + "|" + t.key());
        GroupCounts group = groups.find(t.source(), t.key());
        String reason = null;
        if (t.source().equals(IndicatorTables.SURVEY)) {
          SuppressionReason groupReason = group == null ? null : groups.hidden(group);
          SuppressionReason topicReason = hidden.get(t.key());
          reason =
              groupReason != null
                  ? "group_" + groupReason.code()
                  : topicReason == null ? null : topicReason.code();
        }
        out.add(row(topic, familyByTopic.getOrDefault(topic, "unknown"), t, group, r, reason));
      }
    }
    return out;
  }

  /**
   * The topic's counts over every survey group, with 0 for groups where nobody mentions it: a group
   * with no mentions is still part of its parent's subtraction.
   */
  private static List<GroupCounts> withEmptyGroups(List<GroupCounts> mentioned, GroupTable groups) {
    Map<String, GroupCounts> all = new HashMap<>();
    for (GroupCounts g : groups.groups()) {
      if (g.source().equals(IndicatorTables.SURVEY)) {
        all.put(
            g.key(),
            GroupCounts.respondentsOnly(
                g.level(), g.groupId(), g.parentId(), g.source(), 0, g.membersHash()));
      }
    }
    for (GroupCounts t : mentioned) {
      if (t.source().equals(IndicatorTables.SURVEY)) {
        all.put(t.key(), t);
      }
    }
    return new ArrayList<>(all.values());
  }

  private static Row row(
      String topic, String family, GroupCounts t, GroupCounts group, Row r, String reason) {
    boolean suppressed = reason != null;
    long groupRespondents = group == null ? 0 : group.respondents();
    double[] ci = Intervals.wilson(t.respondents(), groupRespondents);
    return RowFactory.create(
        t.level(),
        t.groupId(),
        t.source(),
        topic,
        family,
        suppressed,
        reason,
        suppressed ? null : ((Number) r.getAs("mentions")).longValue(),
        suppressed ? null : t.respondents(),
        suppressed || groupRespondents == 0 ? null : (double) t.respondents() / groupRespondents,
        suppressed || Double.isNaN(ci[0]) ? null : ci[0],
        suppressed || Double.isNaN(ci[1]) ? null : ci[1],
        suppressed ? null : r.getAs("sentiment_mean"));
  }
}
