package org.engagementsignals.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.storage.StorageLevel;
import org.engagementsignals.config.ColumnMapping;
import org.engagementsignals.config.InputSettings;
import org.engagementsignals.contract.OutputSchemas;
import org.engagementsignals.contract.QuarantineReason;
import org.engagementsignals.contract.RowBuilder;
import org.engagementsignals.contract.Source;

/**
 * Reads one month of input: valid records, quarantined records, and the counts that reconcile them.
 */
public final class Ingest {

  private Ingest() {}

  /** What ingest produced. {@code valid} rows follow {@link IngestedRows#VALID_RECORD}. */
  public record Result(Dataset<Row> valid, Dataset<Row> quarantine, Counts counts) {}

  /** read = valid + quarantined + otherPeriod, always. */
  public record Counts(
      long files,
      long read,
      long valid,
      long quarantined,
      long otherPeriod,
      Map<String, Long> quarantinedByReason,
      Map<String, Long> redactions) {

    public Counts {
      if (read != valid + quarantined + otherPeriod) {
        throw new IllegalStateException(
            "counts do not reconcile: read "
                + read
                + " != valid "
                + valid
                + " + quarantined "
                + quarantined
                + " + other period "
                + otherPeriod);
      }
    }
  }

  public static Result run(
      SparkSession spark, InputSettings input, YearMonth period, Pseudonymizer pseudonymizer) {
    List<InputFiles.InputFile> files =
        InputFiles.list(input.dir(), spark.sparkContext().hadoopConfiguration());
    List<Row> fileRows = new ArrayList<>();
    files.forEach(
        f ->
            fileRows.add(
                RowBuilder.of(IngestedRows.INPUT_FILE)
                    .set("source", f.source().id())
                    .set("path", f.path())
                    .build()));
    Map<Source, ColumnMapping> columns = new EnumMap<>(Source.class);
    columns.put(Source.SURVEY, input.survey());
    columns.put(Source.REFLECTION, input.reflection());

    Dataset<Row> ingested =
        spark
            .createDataFrame(fileRows, IngestedRows.INPUT_FILE)
            .repartition(Math.max(1, files.size()))
            .flatMap(
                new ReadAndValidate(
                    period,
                    input.maxTextChars(),
                    columns,
                    pseudonymizer,
                    ReadAndValidate.hadoopConfEntries(spark.sparkContext().hadoopConfiguration())),
                Encoders.row(IngestedRows.INGESTED))
            .persist(StorageLevel.MEMORY_AND_DISK());

    Dataset<Row> candidates = ingested.filter(col("status").equalTo(IngestedRows.VALID));
    Dataset<Row> ranked = rankDuplicates(candidates).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> kept = ranked.filter(col("_rank").equalTo(1));
    Dataset<Row> duplicates = ranked.filter(col("_rank").gt(1));

    Dataset<Row> valid =
        kept.select(
            col("source"),
            col("record_id").as("response_id"),
            col("respondent_key"),
            col("team"),
            col("leader_id"),
            col("question_id"),
            col("submitted_at"),
            col("rating"),
            col("text"),
            col("text_hash"),
            col("n_urls"),
            col("n_emails"),
            col("n_phones"));
    Dataset<Row> quarantine =
        quarantineRows(ingested.filter(col("status").equalTo(IngestedRows.QUARANTINED)))
            .unionByName(duplicateRows(duplicates));

    Map<String, Long> byStatus = countBy(ingested, "status");
    Map<String, Long> byReason = countBy(quarantine, "reason");
    long duplicateCount = byReason.getOrDefault(QuarantineReason.DUPLICATE_ID.name(), 0L);
    Counts counts =
        new Counts(
            files.size(),
            byStatus.values().stream().mapToLong(Long::longValue).sum(),
            byStatus.getOrDefault(IngestedRows.VALID, 0L) - duplicateCount,
            byStatus.getOrDefault(IngestedRows.QUARANTINED, 0L) + duplicateCount,
            byStatus.getOrDefault(IngestedRows.OTHER_PERIOD, 0L),
            byReason,
            redactionTotals(kept));
    return new Result(valid, quarantine, counts);
  }

  /**
   * Within a source and month an id is kept once: the earliest record wins, ties broken by file and
   * line, so the choice does not depend on how Spark split the work.
   */
  static Dataset<Row> rankDuplicates(Dataset<Row> candidates) {
    WindowSpec byId =
        Window.partitionBy(col("source"), col("record_id"))
            .orderBy(col("submitted_at"), col("source_file"), col("line"));
    return candidates
        .withColumn("_rank", row_number().over(byId))
        .withColumn("_kept_file", first(col("source_file")).over(byId))
        .withColumn("_kept_line", first(col("line")).over(byId));
  }

  private static Dataset<Row> quarantineRows(Dataset<Row> rows) {
    return rows.select(quarantineColumns(col("reason"), col("message")));
  }

  private static Dataset<Row> duplicateRows(Dataset<Row> duplicates) {
    Column message =
        concat(
            lit("id "),
            col("record_id"),
            lit(" repeats the record kept at "),
            col("_kept_file"),
            lit(" line "),
            col("_kept_line").cast("string"));
    return duplicates.select(quarantineColumns(lit(QuarantineReason.DUPLICATE_ID.name()), message));
  }

  private static Column[] quarantineColumns(Column reason, Column message) {
    List<Column> cols = new ArrayList<>();
    for (String name : OutputSchemas.QUARANTINE.fieldNames()) {
      cols.add(
          switch (name) {
            case "reason" -> reason.as("reason");
            case "message" -> message.as("message");
            default -> col(name);
          });
    }
    return cols.toArray(Column[]::new);
  }

  private static Map<String, Long> countBy(Dataset<Row> rows, String column) {
    Map<String, Long> counts = new TreeMap<>();
    for (Row r : rows.groupBy(col(column)).count().collectAsList()) {
      counts.put(r.getAs(column), r.getAs("count"));
    }
    return counts;
  }

  private static Map<String, Long> redactionTotals(Dataset<Row> kept) {
    Row totals =
        kept.agg(
                sum("n_urls").as("urls"),
                sum("n_emails").as("emails"),
                sum("n_phones").as("phones"))
            .first();
    Map<String, Long> out = new TreeMap<>();
    out.put("url", orZero(totals.getAs("urls")));
    out.put("email", orZero(totals.getAs("emails")));
    out.put("phone", orZero(totals.getAs("phones")));
    return out;
  }

  /** A sum over no rows is null. */
  private static long orZero(Long sum) {
    return sum == null ? 0L : sum;
  }
}
