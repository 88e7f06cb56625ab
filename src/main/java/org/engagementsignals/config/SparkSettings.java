package org.engagementsignals.config;

/** How the SparkSession is built when the job builds it (not under spark-submit). */
public record SparkSettings(String master, String appName, int shufflePartitions, boolean ui) {

  public SparkSettings {
    if (master == null || master.isBlank()) {
      throw new SettingsException("signals.spark.master", master, "must be a Spark master URL");
    }
    if (!master.startsWith("local") && !master.startsWith("spark://")) {
      throw new SettingsException(
          "signals.spark.master",
          master,
          "the job itself connects to local[N] and spark://HOST:PORT masters; submit to YARN or"
              + " Kubernetes with spark-submit (docs/cluster.md)");
    }
    if (shufflePartitions < 1) {
      throw new SettingsException(
          "signals.spark.shuffle-partitions", shufflePartitions, "must be at least 1");
    }
  }
}
