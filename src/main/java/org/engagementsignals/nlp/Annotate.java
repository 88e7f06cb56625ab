package org.engagementsignals.nlp;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.rdd.RDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.engagementsignals.config.NlpSettings;
import scala.Tuple2;

/**
 * The annotation stage, on Spark: every distinct text of the month annotated exactly once, or taken
 * from the annotation cache. Named like the other stages ({@code Ingest}, {@code Assemble}).
 */
public final class Annotate {
  /**
   * The counter annotation tasks add their sentences to. Spark records it with each task, so a task
   * that annotated can be told from the others in its event log and by a listener.
   */
  public static final String SENTENCES_ANNOTATED = "sentences annotated";

  private Annotate() {}

  /**
   * Annotated texts ({@link AnnotationSchema#TEXT}), materialised and persisted: how many distinct
   * texts there were, how many were annotated now and how many came from the cache, how many of
   * those annotated now the full chain failed on, and how many sentences the newly annotated texts
   * had (from an accumulator: for progress and benchmarks, not for outputs). {@link #release} frees
   * what is persisted.
   */
  public record Result(
      Dataset<Row> texts,
      long distinctTexts,
      long annotated,
      long reused,
      long failed,
      long sentencesAnnotated,
      List<Dataset<Row>> persisted) {

    /** Unpersists the texts and whatever they are made of. */
    public void release() {
      persisted.forEach(Dataset::unpersist);
    }
  }

  public static Result run(
      SparkSession spark,
      Dataset<Row> records,
      long recordCount,
      NlpSettings settings,
      String cache,
      PrintStream progress) {
    Dataset<Row> texts = records.select(col("text_hash"), col("text"));
    Dataset<Row> reused = cache == null ? null : cachedAnnotations(spark, cache, texts);
    long reusedCount = reused == null ? 0 : reused.count();
    Dataset<Row> missing =
        reused == null
            ? texts
            : texts.join(reused.select(col("text_hash")), seq("text_hash"), "left_anti");
    long missingRecords = reused == null ? recordCount : missing.count();
    // Duplicates are dropped inside the annotation tasks: a text's task follows from its hash, so
    // all copies of a text meet in one task. That saves the month a separate shuffle and job to
    // deduplicate.
    TaskPlan plan =
        TaskPlan.of(
            missingRecords, settings.textsPerTask(), spark.sparkContext().defaultParallelism());
    LongAccumulator done =
        spark.sparkContext().longAccumulator("records annotated or found duplicate");
    LongAccumulator sentences = spark.sparkContext().longAccumulator(SENTENCES_ANNOTATED);
    RDD<Tuple2<String, String>> tasks =
        missing
            .javaRDD()
            .mapToPair(
                row -> new Tuple2<>(row.<String>getAs("text_hash"), row.<String>getAs("text")))
            .partitionBy(plan)
            .rdd();
    // Annotating inside a Dataset (not an RDD turned into a DataFrame) lets Spark generate the code
    // that converts the nested rows once per query, not once per task
    // (docs/decisions/006-annotation-stage-on-spark.md).
    Dataset<Row> annotated =
        spark
            .createDataset(tasks, Encoders.tuple(Encoders.STRING(), Encoders.STRING()))
            .mapPartitions(
                new PartitionAnnotator(settings, done, sentences),
                Encoders.row(AnnotationSchema.TEXT))
            .persist(StorageLevel.MEMORY_AND_DISK());
    long annotatedCount;
    try (ProgressReporter ignored =
        new ProgressReporter(
            "annotate",
            missingRecords,
            done::value,
            settings.progressIntervalSeconds(),
            progress)) {
      annotatedCount = countInOneJob(annotated);
    }
    long total = annotatedCount + reusedCount;
    Column failedText = col("failure").isNotNull();
    long failedCount = annotatedCount == 0 ? 0 : annotated.filter(failedText).count();
    List<Dataset<Row>> persisted = new ArrayList<>();
    Dataset<Row> all;
    if (cache != null && annotatedCount > failedCount) {
      // Failed texts stay out of the cache: the next run tries them again, on a machine that may
      // be less busy, or with code that no longer fails on them.
      annotated.filter(not(failedText)).write().mode(SaveMode.Append).parquet(cache);
      // Writing to the cache makes Spark rebuild every cached plan that reads it, so `reused` would
      // now hold this run's new texts too. The cache holds all of the month's texts now: take them
      // from there.
      if (reused != null) {
        reused.unpersist();
      }
      all = cachedAnnotations(spark, cache, texts);
      persisted.add(all);
      long allCount = all.count();
      if (allCount != total - failedCount) {
        throw new IllegalStateException(
            "the annotation cache holds "
                + allCount
                + " of "
                + (total - failedCount)
                + " texts after writing");
      }
      if (failedCount > 0) {
        Dataset<Row> failures =
            annotated.filter(failedText).persist(StorageLevel.MEMORY_AND_DISK());
        failures.count();
        persisted.add(failures);
        all = all.unionByName(failures);
      }
      annotated.unpersist();
    } else {
      persisted.add(annotated);
      if (reused != null) {
        persisted.add(reused);
      }
      all = reused == null ? annotated : annotated.unionByName(reused);
    }
    return new Result(
        all, total, annotatedCount, reusedCount, failedCount, sentences.value(), persisted);
  }

  /**
   * Counts a persisted dataset in the job that fills its cache. Counted as a Dataset, with adaptive
   * execution on, Spark fills the cache in a job of its own and then counts in a second pass over
   * every partition; the same rows counted through the RDD API have no exchange, so adaptive
   * execution does not apply and one job fills and counts. The session's settings are left alone
   * (docs/decisions/006-annotation-stage-on-spark.md).
   */
  static long countInOneJob(Dataset<Row> persisted) {
    return persisted.javaRDD().count();
  }

  /** This month's texts that the cache already holds, one row each, materialised. */
  private static Dataset<Row> cachedAnnotations(
      SparkSession spark, String cache, Dataset<Row> texts) {
    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(cache);
    try {
      if (!path.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(path)) {
        return null;
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read the annotation cache " + cache, e);
    }
    return spark
        .read()
        .schema(AnnotationSchema.TEXT)
        .parquet(cache)
        .join(texts.select(col("text_hash")), seq("text_hash"), "left_semi")
        .dropDuplicates("text_hash")
        .persist(StorageLevel.MEMORY_AND_DISK());
  }

  private static scala.collection.immutable.Seq<String> seq(String column) {
    return scala.jdk.javaapi.CollectionConverters.asScala(java.util.List.of(column)).toSeq();
  }
}
