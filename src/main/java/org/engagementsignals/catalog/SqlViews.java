package org.engagementsignals.catalog;

import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * Registers every output as a temporary view named after it ({@code responses}, {@code sentences},
 * {@code indicators}, {@code topics}, {@code say_hear}, {@code runs}), with the contract's column
 * comments. A filter on {@code period} prunes the month folders Spark reads.
 */
public final class SqlViews {

  private SqlViews() {}

  /** Registers the views and returns their names. */
  public static List<String> register(SparkSession spark, String outputRoot) {
    for (OutputTables.Table table : OutputTables.ALL) {
      OutputTables.read(spark, outputRoot, table).createOrReplaceTempView(table.name());
    }
    return OutputTables.ALL.stream().map(OutputTables.Table::name).toList();
  }
}
