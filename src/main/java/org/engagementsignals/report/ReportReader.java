package org.engagementsignals.report;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.engagementsignals.catalog.OutputTables;

/**
 * Reads what a report needs from the published outputs: only the columns it shows (never a size
 * band, a suppression reason or a respondent key), by name. The group tables are small (groups x
 * months) and come to the driver whole.
 */
public final class ReportReader {

  private ReportReader() {}

  public static ReportInputs read(
      SparkSession spark, String outputRoot, YearMonth month, Optional<LabelAccuracy> accuracy) {
    String period = month.toString();
    List<GroupFigures> groups =
        select(table(spark, outputRoot, "indicators"), GroupFigures.columns())
            .filter(col("period").leq(lit(period)))
            .collectAsList()
            .stream()
            .map(GroupFigures::of)
            .toList();
    List<TopicFigures> topics =
        select(
                table(spark, outputRoot, "topics").filter(col("period").equalTo(period)),
                TopicFigures.columns())
            .collectAsList()
            .stream()
            .map(TopicFigures::of)
            .toList();
    List<SayHear> sayHear =
        select(
                table(spark, outputRoot, "say_hear").filter(col("period").equalTo(period)),
                SayHear.columns())
            .collectAsList()
            .stream()
            .map(SayHear::of)
            .sorted(java.util.Comparator.comparing(SayHear::leaderId))
            .toList();
    return new ReportInputs(month, groups, topics, sayHear, accuracy);
  }

  /**
   * Up to {@code perTopic} redacted survey sentences per topic, from the responses that {@code
   * eligible} admits (the caller decides which groups are large enough to quote). The strongest
   * sentences first, then by id, so the same month always gives the same quotes.
   */
  public static List<Quote> quotes(
      SparkSession spark,
      String outputRoot,
      YearMonth month,
      List<String> topics,
      Column eligible,
      int perTopic) {
    if (topics.isEmpty()) {
      return List.of();
    }
    String period = month.toString();
    Dataset<Row> responses =
        table(spark, outputRoot, "responses")
            .filter(col("period").equalTo(period).and(col("source").equalTo("survey")))
            .filter(eligible)
            .select(col("response_id"), col("team"));
    Dataset<Row> sentences =
        table(spark, outputRoot, "sentences")
            .filter(col("period").equalTo(period).and(col("source").equalTo("survey")))
            .select(
                col("response_id"),
                col("sentence_index"),
                col("text_redacted"),
                col("sentiment_score"),
                explode(col("topics")).as("topic"))
            .filter(col("topic").isin(topics.toArray()));
    Dataset<Row> ranked =
        sentences
            .join(responses, "response_id")
            .withColumn(
                "rank",
                row_number()
                    .over(
                        Window.partitionBy(col("topic"))
                            .orderBy(
                                abs(col("sentiment_score")).desc(),
                                col("response_id"),
                                col("sentence_index"))))
            .filter(col("rank").leq(perTopic));
    return ranked.collectAsList().stream()
        .map(r -> new Quote(r.getAs("topic"), r.getAs("team"), r.getAs("text_redacted")))
        .sorted(
            java.util.Comparator.comparing((Quote q) -> topics.indexOf(q.topic()))
                .thenComparing(Quote::team)
                .thenComparing(Quote::text))
        .toList();
  }

  private static Dataset<Row> table(SparkSession spark, String outputRoot, String name) {
    return OutputTables.read(spark, outputRoot, OutputTables.table(name));
  }

  private static Dataset<Row> select(Dataset<Row> rows, List<String> columns) {
    return rows.select(columns.stream().map(c -> col(c)).toArray(Column[]::new));
  }
}
