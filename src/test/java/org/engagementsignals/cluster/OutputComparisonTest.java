package org.engagementsignals.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.engagementsignals.testing.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import scala.jdk.javaapi.CollectionConverters;

/** Real Parquet tables written by Spark, compared the way jobs/cluster-smoke compares outputs. */
@ExtendWith(SharedSpark.class)
class OutputComparisonTest {
  private static final StructType SENTENCES =
      new StructType()
          .add("response_id", DataTypes.StringType)
          .add("sentiment_probs", DataTypes.createArrayType(DataTypes.DoubleType))
          .add("tags", DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType));
  private static final StructType RUNS =
      new StructType()
          .add("run_id", DataTypes.StringType)
          .add("started_at", DataTypes.TimestampType)
          .add("stage_seconds", DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType))
          .add("n_read", DataTypes.LongType);

  @Test
  void equalTablesMatchWithinTheToleranceAndRunTimesAreLeftOut(
      SparkSession spark, @TempDir Path dir) throws Exception {
    write(
        spark,
        dir.resolve("a/sentences"),
        SENTENCES,
        sentence("r1", 0.1 + 0.2),
        sentence("r2", 0.5));
    write(spark, dir.resolve("b/sentences"), SENTENCES, sentence("r2", 0.5), sentence("r1", 0.3));
    write(spark, dir.resolve("a/runs"), RUNS, run("run-a", 1_000, 12.5, 30));
    write(spark, dir.resolve("b/runs"), RUNS, run("run-b", 9_000, 99.0, 30));
    write(spark, dir.resolve("a/_cache"), RUNS, run("ignored", 0, 0, 1));

    List<OutputComparison.Table> tables =
        new OutputComparison(spark, 1e-9).compare(dir.resolve("a"), dir.resolve("b"));

    assertThat(tables)
        .extracting(OutputComparison.Table::name)
        .containsExactly("runs", "sentences");
    assertThat(tables).allMatch(OutputComparison.Table::equal);
    OutputComparison.Table sentences = tables.get(1);
    assertThat(sentences.leftRows()).isEqualTo(2);
    assertThat(sentences.largestFloatDifference()).isGreaterThan(0).isLessThan(1e-15);
  }

  @Test
  void aDifferingRowIsCountedOnBothSidesAndAMissingTableFails(SparkSession spark, @TempDir Path dir)
      throws Exception {
    write(spark, dir.resolve("a/sentences"), SENTENCES, sentence("r1", 0.3), sentence("r2", 0.5));
    write(
        spark, dir.resolve("b/sentences"), SENTENCES, sentence("r1", 0.3), sentence("r2", 0.5001));
    write(spark, dir.resolve("a/runs"), RUNS, run("run-a", 1_000, 12.5, 30));
    write(spark, dir.resolve("b/runs"), RUNS, run("run-b", 1_000, 12.5, 31));
    write(spark, dir.resolve("b/topics"), RUNS, run("run-b", 1_000, 12.5, 31));

    List<OutputComparison.Table> tables =
        new OutputComparison(spark, 1e-9).compare(dir.resolve("a"), dir.resolve("b"));

    assertThat(tables)
        .extracting(OutputComparison.Table::name)
        .containsExactly("runs", "sentences", "topics");
    assertThat(tables).noneMatch(OutputComparison.Table::equal);
    assertThat(tables.get(0).onlyLeft()).isEqualTo(1);
    assertThat(tables.get(0).onlyRight()).isEqualTo(1);
    assertThat(tables.get(1).onlyLeft()).isEqualTo(1);
    assertThat(tables.get(1).onlyRight()).isEqualTo(1);
    assertThat(tables.get(1).render("cluster", "local")).contains("only left:  [r2");
    assertThat(tables.get(2).schemaDifference()).isEqualTo("present in one output only");
  }

  @Test
  void aChangedSchemaIsADifference(SparkSession spark, @TempDir Path dir) throws Exception {
    write(spark, dir.resolve("a/sentences"), SENTENCES, sentence("r1", 0.3));
    StructType wider = SENTENCES.add("negated", DataTypes.BooleanType);
    write(spark, dir.resolve("b/sentences"), wider, RowFactory.create("r1", null, null, true));

    List<OutputComparison.Table> tables =
        new OutputComparison(spark, 1e-9).compare(dir.resolve("a"), dir.resolve("b"));

    assertThat(tables.get(0).schemaDifference()).startsWith("schemas differ");
  }

  private static Row sentence(String id, double probability) {
    return RowFactory.create(
        id,
        CollectionConverters.asScala(List.of(probability, 1 - probability)).toSeq(),
        CollectionConverters.asScala(Map.of("trust", 1L, "connection", 2L)));
  }

  private static Row run(String runId, long startedAtMillis, double seconds, long read) {
    return RowFactory.create(
        runId,
        new Timestamp(startedAtMillis),
        CollectionConverters.asScala(Map.of("annotate", seconds)),
        read);
  }

  private static void write(SparkSession spark, Path path, StructType schema, Row... rows) {
    spark.createDataFrame(List.of(rows), schema).coalesce(1).write().parquet(path.toString());
  }
}
