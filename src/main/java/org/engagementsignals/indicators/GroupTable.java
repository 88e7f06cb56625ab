package org.engagementsignals.indicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.engagementsignals.indicators.ComplementarySuppression.Cell;

/**
 * The groups of one period, read once, with the survey groups' suppression decided once: the
 * indicator, topic and say/hear tables all follow this one decision.
 */
public final class GroupTable {
  private final List<GroupCounts> groups;
  private final Map<String, GroupCounts> bySourceAndKey = new HashMap<>();
  private final Map<String, SuppressionReason> hidden;
  private final int k;

  private GroupTable(List<GroupCounts> groups, List<Cell> cells, int k) {
    this.groups = groups;
    this.k = k;
    for (GroupCounts g : groups) {
      bySourceAndKey.put(g.source() + "|" + g.key(), g);
    }
    this.hidden = ComplementarySuppression.suppress(cells, k);
  }

  /**
   * @param groupRows rows of {@link GroupAggregates#groups}
   * @param cellRows rows of {@link GroupAggregates#cells}: who is in which survey groups
   */
  public static GroupTable of(List<Row> groupRows, List<Row> cellRows, int k) {
    return new GroupTable(groupRows.stream().map(GroupCounts::from).toList(), cells(cellRows), k);
  }

  /** Rows with {@code groups} (array of group keys) and {@code n_respondents}. */
  static List<Cell> cells(List<Row> rows) {
    List<Cell> cells = new ArrayList<>(rows.size());
    for (Row r : rows) {
      List<String> groups = r.getList(r.fieldIndex("groups"));
      cells.add(new Cell(new TreeSet<>(groups), ((Number) r.getAs("n_respondents")).longValue()));
    }
    return cells;
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

  /** Whether the survey group with this {@link GroupCounts#key()} is hidden. */
  boolean surveyGroupHidden(String key) {
    return hidden.containsKey(key);
  }
}
