package org.engagementsignals.nlp;

import static org.apache.spark.sql.functions.col;

import java.io.PrintStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.engagementsignals.config.NlpSettings;

/** The annotation stage: every distinct text of the month annotated exactly once. */
public final class Annotate {

  private Annotate() {}

  /** Annotated texts ({@link AnnotatedRows#TEXT}), materialised and persisted, and how many there were. */
  public record Result(Dataset<Row> texts, long distinctTexts) {}

  /**
   * @param records rows with {@code text_hash} and {@code text} columns, duplicates allowed
   */
  public static Result run(SparkSession spark, Dataset<Row> records, NlpSettings settings, PrintStream progress) {
    Dataset<Row> distinct =
        records.select(col("text_hash"), col("text")).dropDuplicates("text_hash").persist(StorageLevel.MEMORY_AND_DISK());
    long total = distinct.count();
    int tasks = (int) Math.max(1, Math.min(Integer.MAX_VALUE, (total + settings.textsPerTask() - 1) / settings.textsPerTask()));
    LongAccumulator done = spark.sparkContext().longAccumulator("texts annotated");
    Dataset<Row> annotated =
        distinct
            .repartition(tasks, col("text_hash"))
            .mapPartitions(new AnnotateTexts(settings, done), Encoders.row(AnnotatedRows.TEXT))
            .persist(StorageLevel.MEMORY_AND_DISK());
    try (ProgressReporter ignored =
        new ProgressReporter("annotate", total, done::value, settings.progressIntervalSeconds(), progress)) {
      long annotatedCount = annotated.count();
      if (annotatedCount != total) {
        throw new IllegalStateException("annotated " + annotatedCount + " texts of " + total);
      }
    }
    distinct.unpersist();
    return new Result(annotated, total);
  }
}
