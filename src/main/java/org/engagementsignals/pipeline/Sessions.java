package org.engagementsignals.pipeline;

import org.apache.spark.sql.SparkSession;
import org.engagementsignals.cluster.StandaloneConnection;
import org.engagementsignals.config.ClusterSettings;
import org.engagementsignals.config.SparkSettings;

/** Builds the SparkSession for a run; under spark-submit the submitted master wins. */
public final class Sessions {

  private Sessions() {}

  /** A session on {@code local[...]}, or under spark-submit. */
  public static SparkSession create(SparkSettings settings, boolean masterGivenOnCommandLine) {
    return create(settings, null, masterGivenOnCommandLine);
  }

  /**
   * @param cluster how to reach a standalone master ({@code spark://}) when the job connects to it
   *     itself; null when the session is only ever local or submitted
   */
  public static SparkSession create(
      SparkSettings settings, ClusterSettings cluster, boolean masterGivenOnCommandLine) {
    SparkSession.Builder builder =
        SparkSession.builder()
            .appName(settings.appName())
            .config("spark.ui.enabled", settings.ui())
            .config("spark.sql.shuffle.partitions", settings.shufflePartitions())
            // Months are UTC months; timestamps are written and read in UTC wherever the job runs.
            .config("spark.sql.session.timeZone", "UTC")
            .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
    boolean submitted = System.getProperty("spark.master") != null;
    if (!submitted || masterGivenOnCommandLine) {
      builder.master(settings.master());
    }
    if (settings.master().startsWith("local") && (!submitted || masterGivenOnCommandLine)) {
      // A laptop or CI box may not resolve its own host name; local mode needs no network.
      builder
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.driver.host", "127.0.0.1");
    }
    if (settings.master().startsWith("spark://") && (!submitted || masterGivenOnCommandLine)) {
      if (cluster == null) {
        throw new IllegalArgumentException("a standalone master needs cluster settings");
      }
      StandaloneConnection.sparkConf(settings.master(), cluster).forEach(builder::config);
    }
    return builder.getOrCreate();
  }
}
