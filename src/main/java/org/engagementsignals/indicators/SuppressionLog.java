package org.engagementsignals.indicators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.engagementsignals.contract.OutputSchemas;
import org.engagementsignals.contract.RowBuilder;

/**
 * Why each hidden row of the group tables is hidden, for operators only ({@link
 * OutputSchemas#SUPPRESSION}): published rows carry nothing but {@code suppressed = true}, because
 * a reason or a size band tells a small group from one hidden to protect another.
 */
public final class SuppressionLog {
  static final String INDICATORS = "indicators";
  static final String TOPICS = "topics";
  static final String SAY_HEAR = "say_hear";

  private record Entry(
      String table,
      String source,
      String level,
      String groupId,
      String topic,
      String reason,
      String band) {}

  private static final Comparator<Entry> ORDER =
      Comparator.comparing(Entry::table)
          .thenComparing(Entry::source)
          .thenComparing(e -> IndicatorTables.levelOrder(e.level()))
          .thenComparing(Entry::groupId)
          .thenComparing(e -> e.topic() == null ? "" : e.topic());

  private final List<Entry> entries = new ArrayList<>();

  void add(
      String table,
      String source,
      String level,
      String groupId,
      String topic,
      String reason,
      String band) {
    entries.add(new Entry(table, source, level, groupId, topic, reason, band));
  }

  /** Rows of {@link OutputSchemas#SUPPRESSION}, sorted by table, source, level, group, topic. */
  public List<Row> rows() {
    List<Row> rows = new ArrayList<>(entries.size());
    entries.stream()
        .sorted(ORDER)
        .forEach(
            e ->
                rows.add(
                    RowBuilder.of(OutputSchemas.SUPPRESSION)
                        .set("table", e.table())
                        .set("source", e.source())
                        .set("level", e.level())
                        .set("group_id", e.groupId())
                        .set("topic", e.topic())
                        .set("reason", e.reason())
                        .set("respondents_band", e.band())
                        .build()));
    return rows;
  }
}
