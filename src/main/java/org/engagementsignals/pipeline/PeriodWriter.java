package org.engagementsignals.pipeline;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.engagementsignals.contract.Schemas;

/**
 * Writes one run's month of every output under {@code _staging/<run>/}, complete, for {@link
 * MonthSwitch} to switch in as one unit. Data files are named {@code part-00000-<run>.<ext>}, so a
 * reader can tell which run wrote a month.
 */
final class PeriodWriter {
  private final SparkSession spark;
  private final FileSystem fs;
  private final Path staging;
  private final String runId;
  private final int rowsPerFile;
  private final List<String> staged = new ArrayList<>();

  PeriodWriter(SparkSession spark, FileSystem fs, Path root, String runId, int rowsPerFile) {
    this.spark = spark;
    this.fs = fs;
    this.staging = MonthSwitch.staging(root, runId);
    this.runId = runId;
    this.rowsPerFile = rowsPerFile;
  }

  /**
   * Stages {@code rows} (shaped as {@code schema}) as the month of {@code output}, sorted by {@code
   * sortBy}.
   */
  void stage(Dataset<Row> rows, StructType schema, String output, long rowCount, String... sortBy) {
    Schemas.requireSameIgnoringNullability(schema, rows.schema(), output);
    Column[] order = Arrays.stream(sortBy).map(c -> col(c)).toArray(Column[]::new);
    int files = (int) Math.max(1, (rowCount + rowsPerFile - 1) / rowsPerFile);
    Dataset<Row> sorted = rows.repartitionByRange(files, order).sortWithinPartitions(order);
    write(spark.createDataFrame(sorted.rdd(), schema), new Path(staging, output));
    staged.add(output);
    PausePoints.reach("stage." + output);
  }

  /** Stages the run manifest, one row, which the switch moves to {@code runs/run_id=<run>}. */
  void stageManifest(Dataset<Row> rows, StructType schema) {
    Schemas.requireSameIgnoringNullability(schema, rows.schema(), "runs");
    write(
        spark.createDataFrame(rows.coalesce(1).rdd(), schema),
        new Path(staging, MonthSwitch.MANIFEST));
    PausePoints.reach("stage.manifest");
  }

  /** The outputs staged so far, in order. */
  List<String> stagedOutputs() {
    return List.copyOf(staged);
  }

  private void write(Dataset<Row> rows, Path folder) {
    // Re-applying the contract schema writes its nullability into the Parquet files.
    rows.write().mode(SaveMode.ErrorIfExists).parquet(folder.toString());
    try {
      List<FileStatus> parts = new ArrayList<>();
      for (FileStatus f : fs.listStatus(folder)) {
        if (f.getPath().getName().startsWith("part-")) {
          parts.add(f);
        }
      }
      parts.sort((a, b) -> a.getPath().getName().compareTo(b.getPath().getName()));
      for (int i = 0; i < parts.size(); i++) {
        Path from = parts.get(i).getPath();
        String name = from.getName();
        String extension = name.substring(name.indexOf('.'));
        Path to = new Path(folder, String.format("part-%05d-%s%s", i, runId, extension));
        if (!fs.rename(from, to)) {
          throw new IOException("cannot rename " + from + " to " + to);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot name the staged files in " + folder, e);
    }
  }
}
