package org.engagementsignals.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.engagementsignals.contract.OutputSchemas;
import org.engagementsignals.testing.ContractRows;
import org.engagementsignals.testing.DisclosureAttacker;
import org.engagementsignals.testing.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The group aggregation in Spark, on hand-made response and sentence rows of the contract. */
@ExtendWith(SharedSpark.class)
class GroupAggregatesTest {

  /**
   * Issue 17, defect 2: one person answered in Sales/A about L1 and, after a team move, in Sales/B
   * about L2. The groups overlap (Sales has 13 people, Sales/A and Sales/B 7 each), which the
   * suppression used to reject with "group team:Sales has 13 respondents, fewer than its children
   * together" after responses/ and sentences/ had been written.
   */
  @Test
  void aRespondentInTwoTeamsAndAboutTwoLeadersIsCountedInEachAndStaysHidden(SparkSession spark) {
    List<Row> responses = new ArrayList<>();
    List<Row> sentences = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      answer("A-" + i, "a" + i, "Sales/A", "L1", responses, sentences);
      answer("B-" + i, "b" + i, "Sales/B", "L2", responses, sentences);
    }
    answer("M-1", "mover", "Sales/A", "L1", responses, sentences);
    answer("M-2", "mover", "Sales/B", "L2", responses, sentences);
    Dataset<Row> r = spark.createDataFrame(responses, OutputSchemas.RESPONSES);
    Dataset<Row> s = spark.createDataFrame(sentences, OutputSchemas.SENTENCES);

    List<Row> groupRows = GroupAggregates.groups(r, s).collectAsList();
    List<Row> cellRows = GroupAggregates.cells(r, s).collectAsList();
    GroupTable table = GroupTable.of(groupRows, cellRows, 5);

    Map<String, Long> respondents = new HashMap<>();
    table.groups().forEach(g -> respondents.put(g.key(), g.respondents()));
    assertThat(respondents)
        .containsEntry("org", 13L)
        .containsEntry("team:Sales", 13L)
        .containsEntry("team:Sales/A", 7L)
        .containsEntry("team:Sales/B", 7L)
        .containsEntry("leader:L1", 7L)
        .containsEntry("leader:L2", 7L);
    List<ComplementarySuppression.Cell> cells = GroupTable.cells(cellRows);
    assertThat(cells)
        .contains(
            ComplementarySuppression.Cell.of(
                1, "org", "team:Sales", "team:Sales/A", "team:Sales/B", "leader:L1", "leader:L2"));

    Set<String> published = new HashSet<>();
    for (Row row : IndicatorTables.indicatorRows(table, List.of(), new SuppressionLog())) {
      Row named = ContractRows.named(row, OutputSchemas.INDICATORS);
      if (!named.<Boolean>getAs("suppressed")) {
        String level = named.getAs("level");
        published.add(level.equals("org") ? "org" : level + ":" + named.getAs("group_id"));
      }
    }
    assertThat(published).contains("org", "team:Sales").hasSizeLessThan(6);
    assertThat(DisclosureAttacker.disclosures(cells, published, 5, 1)).isEmpty();
    // Without the complementary hides, Sales/A + Sales/B - Sales gives the mover away.
    assertThat(
            DisclosureAttacker.disclosures(
                cells,
                Set.of(
                    "org", "team:Sales", "team:Sales/A", "team:Sales/B", "leader:L1", "leader:L2"),
                5,
                1))
        .isNotEmpty();

    List<Row> topicRows =
        TopicTables.rows(
            GroupAggregates.topics(r, s).collectAsList(),
            GroupAggregates.topicCells(r, s).collectAsList(),
            table,
            Map.of("process_feedback", "process"),
            new SuppressionLog());
    assertThat(topicRows).isNotEmpty();
  }

  private static void answer(
      String id,
      String respondent,
      String team,
      String leader,
      List<Row> responses,
      List<Row> sentences) {
    responses.add(ContractRows.response(id, respondent, team, leader, List.of("process_feedback")));
    sentences.add(ContractRows.sentence(id, List.of("process_feedback")));
  }
}
