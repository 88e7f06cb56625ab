package org.engagementsignals.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.engagementsignals.contract.OutputSchemas;
import org.junit.jupiter.api.Test;

class IndicatorTablesTest {
  private static final String[] COUNTS = {
    "n_respondents",
    "n_responses",
    "n_sentences",
    "results",
    "process",
    "trust_pos",
    "trust_neg",
    "conn_pos",
    "conn_neg",
    "personal",
    "professional",
    "trust_pos_responses",
    "trust_neg_responses",
    "conn_pos_responses",
    "conn_neg_responses"
  };
  private static final StructType GROUP = groupSchema();

  private static StructType groupSchema() {
    StructType s =
        new StructType()
            .add("level", DataTypes.StringType)
            .add("group_id", DataTypes.StringType)
            .add("parent_id", DataTypes.StringType)
            .add("source", DataTypes.StringType);
    for (String c : COUNTS) {
      s = s.add(c, DataTypes.LongType);
    }
    return s.add("score", DataTypes.DoubleType)
        .add("score_results", DataTypes.DoubleType)
        .add("score_process", DataTypes.DoubleType);
  }

  private static final StructType CELL =
      new StructType()
          .add("groups", DataTypes.createArrayType(DataTypes.StringType))
          .add("n_respondents", DataTypes.LongType);

  /** {@code respondents} people who are in exactly {@code groups} (group keys). */
  private static Row cell(long respondents, String... groups) {
    return new GenericRowWithSchema(
        new Object[] {
          scala.jdk.javaapi.CollectionConverters.asScala(List.of(groups)).toSeq(), respondents
        },
        CELL);
  }

  /** The same, for a topic's mentioners. */
  private static Row topicCell(String topic, long respondents, String... groups) {
    return new GenericRowWithSchema(
        new Object[] {
          topic,
          scala.jdk.javaapi.CollectionConverters.asScala(List.of(groups)).toSeq(),
          respondents
        },
        new StructType()
            .add("topic", DataTypes.StringType)
            .add(CELL.fields()[0])
            .add(CELL.fields()[1]));
  }

  /**
   * A group of n respondents, each with one response of 2 sentences: half of the responses about
   * results, a quarter about process.
   */
  private static Row group(
      String level, String id, String parent, long n, long trustPos, long trustNeg) {
    List<Object> v = new ArrayList<>(List.of(level, id, parent == null ? "" : parent, "survey"));
    if (parent == null) {
      v.set(2, null);
    }
    long[] counts = {
      n, n, 2 * n, n / 2, n / 4, trustPos, trustNeg, 0, 0, 1, 0, trustPos, trustNeg, 0, 0
    };
    for (long c : counts) {
      v.add(c);
    }
    v.add(0.1 * n);
    v.add(0.0);
    v.add(0.0);
    return new GenericRowWithSchema(v.toArray(), GROUP);
  }

  @Test
  void hiddenRowsLookAlikeWhateverTheReasonAndTheReasonGoesToOperators() {
    List<Row> groups =
        List.of(
            group("org", "org", null, 30, 10, 5),
            group("team", "A", "org", 30, 10, 5),
            group("team", "A/x", "A", 4, 1, 1),
            group("team", "A/y", "A", 12, 4, 2),
            group("team", "A/z", "A", 14, 5, 2),
            group("leader", "L1", "org", 30, 10, 5));
    List<Row> cells =
        List.of(
            cell(4, "org", "team:A", "team:A/x", "leader:L1"),
            cell(12, "org", "team:A", "team:A/y", "leader:L1"),
            cell(14, "org", "team:A", "team:A/z", "leader:L1"));
    SuppressionLog log = new SuppressionLog();
    List<Row> rows = IndicatorTables.indicatorRows(GroupTable.of(groups, cells, 5), List.of(), log);
    assertThat(rows)
        .allSatisfy(r -> assertThat(r.size()).isEqualTo(OutputSchemas.INDICATORS.size()));
    Row x = find(rows, "A/x");
    Row y = find(rows, "A/y");
    // A/x has 4 people, A/y 12 hidden to protect it: from "suppressed" on, the rows are the same.
    int from = OutputSchemas.INDICATORS.fieldIndex("suppressed");
    for (int i = from; i < x.size(); i++) {
      String column = OutputSchemas.INDICATORS.fieldNames()[i];
      assertThat(x.get(i)).as(column).isEqualTo(y.get(i));
      if (i > from) {
        assertThat(x.get(i)).as(column).isNull();
      }
    }
    assertThat(x.<Boolean>getAs("suppressed")).isTrue();
    Row z = find(rows, "A/z");
    assertThat(z.<Boolean>getAs("suppressed")).isFalse();
    assertThat(z.<Long>getAs("n_respondents")).isEqualTo(14L);
    assertThat((Object) z.getAs("respondents_band")).isNull();

    assertThat(log.rows())
        .extracting(Row::toString)
        .containsExactly(
            "[indicators,survey,team,A/x,null,below_min_group_size,<5]",
            "[indicators,survey,team,A/y,null,complementary,10-19]");
  }

  @Test
  void aLeaderWhoseGroupIsAHiddenTeamIsHiddenToo() {
    // L2 leads exactly team A/y, which is hidden to protect A/x; publishing L2 would give A/y away.
    List<Row> groups =
        List.of(
            group("org", "org", null, 30, 0, 0),
            group("team", "A", "org", 30, 0, 0),
            group("team", "A/x", "A", 4, 0, 0),
            group("team", "A/y", "A", 12, 0, 0),
            group("team", "A/z", "A", 14, 0, 0),
            group("leader", "L1", "org", 4, 0, 0),
            group("leader", "L2", "org", 12, 0, 0),
            group("leader", "L3", "org", 14, 0, 0));
    List<Row> cells =
        List.of(
            cell(4, "org", "team:A", "team:A/x", "leader:L1"),
            cell(12, "org", "team:A", "team:A/y", "leader:L2"),
            cell(14, "org", "team:A", "team:A/z", "leader:L3"));
    SuppressionLog log = new SuppressionLog();
    List<Row> rows = IndicatorTables.indicatorRows(GroupTable.of(groups, cells, 5), List.of(), log);
    assertThat(find(rows, "A/y").<Boolean>getAs("suppressed")).isTrue();
    assertThat(find(rows, "L2").<Boolean>getAs("suppressed")).isTrue();
    assertThat(log.rows())
        .extracting(Row::toString)
        .contains("[indicators,survey,leader,L2,null,complementary,10-19]");
    // L1 and L2 together hide 16 >= k people of the org, so L3 (the same people as the published
    // A/z) stays.
    assertThat(find(rows, "L3").<Boolean>getAs("suppressed")).isFalse();
    assertThat(find(rows, "A/z").<Boolean>getAs("suppressed")).isFalse();
  }

  @Test
  void aLeaderWithTheSameMentionersAsAHiddenTeamHasItsTopicRowHiddenToo() {
    // L1, L2, L3 lead exactly A/x, A/y, A/z. On the topic "burnout" A/x (2 people) and L1 are
    // hidden for size; A/y (6) is hidden so that A minus A/z does not give A/x away, and L2, the
    // same 6 people, with it.
    List<Row> groups =
        List.of(
            group("org", "org", null, 30, 0, 0),
            group("team", "A", "org", 30, 0, 0),
            group("team", "A/x", "A", 10, 0, 0),
            group("team", "A/y", "A", 10, 0, 0),
            group("team", "A/z", "A", 10, 0, 0),
            group("leader", "L1", "org", 10, 0, 0),
            group("leader", "L2", "org", 10, 0, 0),
            group("leader", "L3", "org", 10, 0, 0));
    List<Row> cells =
        List.of(
            cell(10, "org", "team:A", "team:A/x", "leader:L1"),
            cell(10, "org", "team:A", "team:A/y", "leader:L2"),
            cell(10, "org", "team:A", "team:A/z", "leader:L3"));
    List<Row> topicRows =
        List.of(
            topic("org", "org", null, 15),
            topic("team", "A", "org", 15),
            topic("team", "A/x", "A", 2),
            topic("team", "A/y", "A", 6),
            topic("team", "A/z", "A", 7),
            topic("leader", "L1", "org", 2),
            topic("leader", "L2", "org", 6),
            topic("leader", "L3", "org", 7));
    List<Row> topicCells =
        List.of(
            topicCell("burnout", 2, "org", "team:A", "team:A/x", "leader:L1"),
            topicCell("burnout", 6, "org", "team:A", "team:A/y", "leader:L2"),
            topicCell("burnout", 7, "org", "team:A", "team:A/z", "leader:L3"));
    SuppressionLog log = new SuppressionLog();
    List<Row> rows =
        TopicTables.rows(
            topicRows,
            topicCells,
            GroupTable.of(groups, cells, 5),
            java.util.Map.of("burnout", "challenge.personal", "recognition", "recognition"),
            log);
    assertThat(log.rows())
        .extracting(Row::toString)
        .contains(
            "[topics,survey,team,A/x,burnout,below_min_group_size,<5]",
            "[topics,survey,team,A/y,burnout,complementary,5-9]",
            "[topics,survey,leader,L1,burnout,below_min_group_size,<5]",
            "[topics,survey,leader,L2,burnout,complementary,5-9]",
            "[topics,survey,org,org,recognition,no_mentions,<5]");
    assertThat(find(rows, "L2").<Boolean>getAs("suppressed")).isTrue();
    assertThat((Object) find(rows, "L2").getAs("suppression_reason")).isNull();
    assertThat(find(rows, "A/z").<Boolean>getAs("suppressed")).isFalse();
    assertThat(find(rows, "L3").<Boolean>getAs("suppressed")).isFalse();
    assertThat(find(rows, "org").<Boolean>getAs("suppressed")).isFalse();
  }

  private static final StructType TOPIC =
      new StructType()
          .add("level", DataTypes.StringType)
          .add("group_id", DataTypes.StringType)
          .add("parent_id", DataTypes.StringType)
          .add("source", DataTypes.StringType)
          .add("topic", DataTypes.StringType)
          .add("mentions", DataTypes.LongType)
          .add("n_respondents", DataTypes.LongType)
          .add("sentiment_mean", DataTypes.DoubleType);

  private static Row topic(String level, String id, String parent, long respondents) {
    return new GenericRowWithSchema(
        new Object[] {level, id, parent, "survey", "burnout", respondents, respondents, -0.2},
        TOPIC);
  }

  @Test
  void metricsIntervalsAndDeltas() {
    Row whole = group("org", "org", null, 40, 20, 4);
    List<Row> everyone = List.of(cell(40, "org"));
    Row current =
        IndicatorTables.indicatorRows(
                GroupTable.of(List.of(whole), everyone, 5), List.of(), new SuppressionLog())
            .get(0);
    assertThat(current.<Double>getAs("results_share")).isEqualTo(0.5);
    assertThat(current.<Double>getAs("process_share")).isEqualTo(0.25);
    assertThat(current.<Double>getAs("trust_index")).isEqualTo(16.0 / 40);
    assertThat(current.<Double>getAs("trust_index_ci_low")).isLessThan(0.4);
    assertThat(current.<Double>getAs("trust_index_ci_high")).isGreaterThan(0.4);
    assertThat(current.<Double>getAs("challenge_personal_share")).isEqualTo(1.0 / 40);
    assertThat((Object) current.getAs("trust_index_delta")).isNull();

    Row n =
        IndicatorTables.indicatorRows(
                GroupTable.of(List.of(group("org", "org", null, 40, 2, 30)), everyone, 5),
                List.of(current),
                new SuppressionLog())
            .get(0);
    assertThat(n.<Double>getAs("trust_index_delta")).isCloseTo(-28.0 / 40 - 0.4, within(1e-9));
    assertThat(n.<Boolean>getAs("trust_index_changed")).isTrue();
    assertThat(n.<Boolean>getAs("results_share_changed")).isFalse();
  }

  @Test
  void bands() {
    assertThat(IndicatorTables.band(3, 5)).isEqualTo("<5");
    assertThat(IndicatorTables.band(5, 5)).isEqualTo("5-9");
    assertThat(IndicatorTables.band(49, 5)).isEqualTo("20-49");
    assertThat(IndicatorTables.band(12, 10)).isEqualTo("10-19");
    assertThat(IndicatorTables.band(5000, 5)).isEqualTo("1000+");
  }

  /** The group's row; for topics, its "burnout" row (every group also has one per topic). */
  private static Row find(List<Row> rows, String group) {
    return rows.stream()
        .filter(r -> r.getAs("group_id").equals(group))
        .filter(r -> !r.schema().equals(OutputSchemas.TOPICS) || r.getAs("topic").equals("burnout"))
        .findFirst()
        .orElseThrow();
  }
}
