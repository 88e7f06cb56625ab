package org.engagementsignals.testing;

import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.engagementsignals.contract.OutputSchemas;
import org.engagementsignals.indicators.PeriodGroupTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scanner finds nothing in what the job's group tables publish, and finds the leaks when the
 * protection is taken off the same month: it can fail.
 */
@ExtendWith(SharedSpark.class)
class SuppressionScannerTest {
  private static final String PERIOD = "2026-10";
  @TempDir static Path output;
  static PeriodGroupTables tables;

  /**
   * Sales/A has 3 people, Sales/B 6 and Sales/C 7, each with its own leader; one person moved from
   * B to C during the month. Everyone mentions feedback; A and B also mention workload.
   */
  @BeforeAll
  static void writeAMonth(SparkSession spark) {
    List<Row> responses = new ArrayList<>();
    List<Row> sentences = new ArrayList<>();
    int id = 0;
    for (String[] team : new String[][] {{"A", "3", "L1"}, {"B", "6", "L2"}, {"C", "7", "L3"}}) {
      for (int p = 0; p < Integer.parseInt(team[1]); p++) {
        List<String> topics =
            team[0].equals("C") ? List.of("feedback") : List.of("feedback", "workload");
        String response = "R" + id++;
        responses.add(
            ContractRows.response(response, team[0] + p, "Sales/" + team[0], team[2], topics));
        sentences.add(ContractRows.sentence(response, topics));
      }
    }
    responses.add(ContractRows.response("R-moved", "B0", "Sales/C", "L3", List.of("feedback")));
    sentences.add(ContractRows.sentence("R-moved", List.of("feedback")));
    Dataset<Row> r = spark.createDataFrame(responses, OutputSchemas.RESPONSES);
    Dataset<Row> s = spark.createDataFrame(sentences, OutputSchemas.SENTENCES);
    tables =
        PeriodGroupTables.of(
            r, s, List.of(), Map.of("feedback", "process", "workload", "challenge"), 5);
    write(spark, "responses", responses, OutputSchemas.RESPONSES);
    write(spark, "sentences", sentences, OutputSchemas.SENTENCES);
    write(spark, "indicators", tables.indicators(), OutputSchemas.INDICATORS);
    write(spark, "topics", tables.topics(), OutputSchemas.TOPICS);
    write(spark, "say_hear", tables.sayHear(), OutputSchemas.SAY_HEAR);
  }

  @Test
  void theJobsTablesGiveNothingAway(SparkSession spark) {
    assertThat(tables.indicators())
        .anyMatch(row -> ContractRows.named(row, OutputSchemas.INDICATORS).getAs("suppressed"));
    assertThat(SuppressionScanner.scan(spark, output, PERIOD, 5)).isEmpty();
  }

  @Test
  void showingTheHiddenGroupsIsCaught(SparkSession spark, @TempDir Path tampered) {
    copy(spark, tampered, "responses", OutputSchemas.RESPONSES);
    copy(spark, tampered, "sentences", OutputSchemas.SENTENCES);
    copy(spark, tampered, "topics", OutputSchemas.TOPICS);
    copy(spark, tampered, "say_hear", OutputSchemas.SAY_HEAR);
    // Every hidden row shown with its true count, and one hidden row that keeps its reason.
    Map<String, Long> truth =
        Map.of(
            "org:org", 16L,
            "team:Sales", 16L,
            "team:Sales/A", 3L,
            "leader:L1", 3L,
            "team:Sales/B", 6L,
            "leader:L2", 6L,
            "team:Sales/C", 8L,
            "leader:L3", 8L);
    String keepsItsReason = null;
    List<Row> shown = new ArrayList<>();
    for (Row row : tables.indicators()) {
      Row named = ContractRows.named(row, OutputSchemas.INDICATORS);
      String key = named.getAs("level") + ":" + named.getAs("group_id");
      Object[] v = new Object[row.size()];
      for (int i = 0; i < v.length; i++) {
        v[i] = row.get(i);
      }
      if (named.<Boolean>getAs("suppressed")
          && !key.equals("team:Sales/A")
          && keepsItsReason == null) {
        keepsItsReason = key;
        v[OutputSchemas.INDICATORS.fieldIndex("suppression_reason")] = "complementary";
      } else if (named.<Boolean>getAs("suppressed")) {
        v[OutputSchemas.INDICATORS.fieldIndex("suppressed")] = false;
        v[OutputSchemas.INDICATORS.fieldIndex("n_respondents")] = truth.get(key);
      }
      shown.add(org.apache.spark.sql.RowFactory.create(v));
    }
    write(spark, tampered, "indicators", shown, OutputSchemas.INDICATORS);

    List<String> findings = SuppressionScanner.scan(spark, tampered, PERIOD, 5);

    assertThat(findings)
        .anyMatch(f -> f.contains("team:Sales/A: shown with 3 respondents"))
        .anyMatch(f -> f.contains("hidden but suppression_reason = complementary"))
        .anyMatch(f -> f.contains("respondents recoverable from shown counts"));
  }

  private static void write(SparkSession spark, String table, List<Row> rows, StructType schema) {
    write(spark, output, table, rows, schema);
  }

  private static void write(
      SparkSession spark, Path root, String table, List<Row> rows, StructType schema) {
    if (rows.isEmpty()) {
      return; // a partitioned write of no rows writes no folder either
    }
    spark
        .createDataFrame(rows, schema)
        .withColumn("period", lit(PERIOD))
        .write()
        .mode(SaveMode.Overwrite)
        .partitionBy("period")
        .parquet(root.resolve(table).toString());
  }

  private static void copy(SparkSession spark, Path to, String table, StructType schema) {
    if (!java.nio.file.Files.isDirectory(output.resolve(table))) {
      return;
    }
    write(
        spark,
        to,
        table,
        spark.read().parquet(output.resolve(table).toString()).drop("period").collectAsList(),
        schema);
  }
}
