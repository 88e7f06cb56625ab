package org.engagementsignals.indicators;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * The groups of one period, read once, with the survey groups' suppression decided once: the
 * indicator, topic and say/hear tables all follow this one decision.
 */
public final class GroupTable {
  private final List<GroupCounts> groups;
  private final Map<String, GroupCounts> bySourceAndKey = new HashMap<>();
  private final Map<String, SuppressionReason> hidden;
  private final int k;

  private GroupTable(List<GroupCounts> groups, int k) {
    this.groups = groups;
    this.k = k;
    for (GroupCounts g : groups) {
      bySourceAndKey.put(g.source() + "|" + g.key(), g);
    }
    this.hidden = IndicatorTables.suppression(groups, k);
  }

  /**
   * @param groupRows rows of {@link GroupAggregates#groups}
   */
  public static GroupTable of(List<Row> groupRows, int k) {
    return new GroupTable(groupRows.stream().map(GroupCounts::from).toList(), k);
  }

  List<GroupCounts> groups() {
    return groups;
  }

  int k() {
    return k;
  }

  /** The group with this source and {@link GroupCounts#key()}, or null. */
  GroupCounts find(String source, String key) {
    return bySourceAndKey.get(source + "|" + key);
  }

  /** Why a group is hidden, or null when it is published (reflection groups are never hidden). */
  SuppressionReason hidden(GroupCounts g) {
    return g.source().equals(IndicatorTables.SURVEY) ? hidden.get(g.key()) : null;
  }
}
