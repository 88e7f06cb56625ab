package org.engagementsignals.pipeline;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.engagementsignals.contract.OutputPaths;
import org.engagementsignals.contract.Schemas;

/**
 * Writes one month of one output so that a rerun replaces exactly that month: the rows go to a
 * staging folder first, and only when they are complete does the old {@code period=} folder give
 * way to them.
 */
final class PeriodWriter {
  private final SparkSession spark;
  private final Path root;
  private final String runId;
  private final int rowsPerFile;

  PeriodWriter(SparkSession spark, String root, String runId, int rowsPerFile) {
    this.spark = spark;
    this.root = new Path(root);
    this.runId = runId;
    this.rowsPerFile = rowsPerFile;
  }

  /**
   * Writes {@code rows} (shaped as {@code schema}) as {@code output/period=...}, sorted by {@code
   * sortBy}.
   */
  void replace(
      Dataset<Row> rows,
      StructType schema,
      String output,
      String period,
      long rowCount,
      String... sortBy) {
    Schemas.requireSameIgnoringNullability(schema, rows.schema(), output);
    Column[] order = Arrays.stream(sortBy).map(c -> col(c)).toArray(Column[]::new);
    int files = (int) Math.max(1, (rowCount + rowsPerFile - 1) / rowsPerFile);
    Dataset<Row> sorted = rows.repartitionByRange(files, order).sortWithinPartitions(order);
    Path staging = new Path(root, OutputPaths.STAGING + "/" + runId + "/" + output);
    // Re-applying the contract schema writes its nullability into the Parquet files.
    spark
        .createDataFrame(sorted.rdd(), schema)
        .write()
        .mode(SaveMode.ErrorIfExists)
        .parquet(staging.toString());
    swapIn(staging, new Path(root, OutputPaths.periodPartition(output, period)));
  }

  /** Writes a small table (the run manifest) to {@code relativePath}. */
  void writeSmall(Dataset<Row> rows, StructType schema, String relativePath) {
    Schemas.requireSameIgnoringNullability(schema, rows.schema(), relativePath);
    Path staging =
        new Path(root, OutputPaths.STAGING + "/" + runId + "/" + relativePath.replace('/', '_'));
    spark
        .createDataFrame(rows.coalesce(1).rdd(), schema)
        .write()
        .mode(SaveMode.ErrorIfExists)
        .parquet(staging.toString());
    swapIn(staging, new Path(root, relativePath));
  }

  void cleanUp() {
    try {
      Path staging = new Path(root, OutputPaths.STAGING + "/" + runId);
      FileSystem fs = staging.getFileSystem(spark.sparkContext().hadoopConfiguration());
      fs.delete(staging, true);
      Path stagingRoot = new Path(root, OutputPaths.STAGING);
      if (fs.exists(stagingRoot) && fs.listStatus(stagingRoot).length == 0) {
        fs.delete(stagingRoot, false);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the staging folder of run " + runId, e);
    }
  }

  private void swapIn(Path staging, Path target) {
    try {
      FileSystem fs = target.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (fs.exists(target) && !fs.delete(target, true)) {
        throw new IOException("cannot delete " + target);
      }
      fs.mkdirs(target.getParent());
      if (!fs.rename(staging, target)) {
        throw new IOException("cannot move " + staging + " to " + target);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
