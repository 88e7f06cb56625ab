package org.engagementsignals.config;

/** How the SparkSession is built when the job builds it (not under spark-submit). */
public record SparkSettings(String master, String appName, int shufflePartitions, boolean ui) {

  public SparkSettings {
    if (master == null || master.isBlank()) {
      throw new SettingsException("signals.spark.master", master, "must be a Spark master URL");
    }
    if (shufflePartitions < 1) {
      throw new SettingsException(
          "signals.spark.shuffle-partitions", shufflePartitions, "must be at least 1");
    }
  }
}
