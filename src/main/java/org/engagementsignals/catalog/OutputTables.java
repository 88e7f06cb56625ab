package org.engagementsignals.catalog;

import static org.apache.spark.sql.types.DataTypes.StringType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.engagementsignals.contract.OutputPaths;
import org.engagementsignals.contract.OutputSchemas;

/**
 * Every output table as its readers see it: the contract columns (with their descriptions as column
 * comments) and the partition column ({@code period}, or {@code run_id} for runs) taken from the
 * folder names. Read with the contract schema rather than the files' own, so that a month written
 * before a column was added reads that column as null instead of failing the whole table.
 */
public final class OutputTables {

  /** One output: its view name, folder, contract schema and partition column. */
  public record Table(String name, String folder, StructType contract, String partitionColumn) {

    /** The contract columns, then the partition column, all nullable, comments kept. */
    public StructType readSchema() {
      List<StructField> fields = new ArrayList<>();
      for (StructField f : contract.fields()) {
        fields.add(new StructField(f.name(), f.dataType(), true, f.metadata()));
      }
      fields.add(new StructField(partitionColumn, StringType, true, partitionMetadata()));
      return new StructType(fields.toArray(StructField[]::new));
    }

    private Metadata partitionMetadata() {
      String meaning =
          partitionColumn.equals(PERIOD)
              ? "the month the row belongs to (UTC), from the folder name period=YYYY-MM"
              : "the run's id, from the folder name run_id=...";
      return new MetadataBuilder()
          .putString(OutputSchemas.COMMENT, meaning)
          .putString(OutputSchemas.RANGE, partitionColumn.equals(PERIOD) ? "YYYY-MM" : "")
          .putString(OutputSchemas.NULL_MEANING, "never null")
          .build();
    }
  }

  public static final String PERIOD = "period";

  /**
   * The tables researchers and reports read, in the order the docs list them. Quarantine is left
   * out on purpose: it may hold raw ids and is for operators only.
   */
  public static final List<Table> ALL =
      List.of(
          new Table("responses", OutputPaths.RESPONSES, OutputSchemas.RESPONSES, PERIOD),
          new Table("sentences", OutputPaths.SENTENCES, OutputSchemas.SENTENCES, PERIOD),
          new Table("indicators", OutputPaths.INDICATORS, OutputSchemas.INDICATORS, PERIOD),
          new Table("topics", OutputPaths.TOPICS, OutputSchemas.TOPICS, PERIOD),
          new Table("say_hear", OutputPaths.SAY_HEAR, OutputSchemas.SAY_HEAR, PERIOD),
          new Table("runs", OutputPaths.RUNS, OutputSchemas.RUNS, "run_id"));

  /** Quarantine: operators only (raw records); in the data dictionary, never a view. */
  public static final Table QUARANTINE =
      new Table("quarantine", OutputPaths.QUARANTINE, OutputSchemas.QUARANTINE, PERIOD);

  /**
   * Suppression: operators only (why each hidden row is hidden, which can tell a small group from a
   * protected one); in the data dictionary, never a view.
   */
  public static final Table SUPPRESSION =
      new Table("suppression", OutputPaths.SUPPRESSION, OutputSchemas.SUPPRESSION, PERIOD);

  private OutputTables() {}

  public static Table table(String name) {
    return ALL.stream()
        .filter(t -> t.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no output table " + name));
  }

  /**
   * The table under {@code outputRoot}; empty (with its schema) when nothing was written yet. Spark
   * prunes partitions when a query filters on the partition column.
   */
  public static Dataset<Row> read(SparkSession spark, String outputRoot, Table table) {
    Path folder = new Path(outputRoot, table.folder());
    StructType schema = table.readSchema();
    if (!hasData(spark, folder)) {
      return spark.createDataFrame(List.<Row>of(), schema);
    }
    // Spark drops the description of a partition column when it reads one; it is put back here.
    return spark
        .read()
        .schema(schema)
        .parquet(folder.toString())
        .withMetadata(table.partitionColumn(), schema.apply(table.partitionColumn()).metadata());
  }

  private static boolean hasData(SparkSession spark, Path folder) {
    try {
      FileSystem fs = folder.getFileSystem(spark.sparkContext().hadoopConfiguration());
      return fs.exists(folder) && fs.listStatus(folder).length > 0;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }
}
