package org.engagementsignals.pipeline;

import org.apache.spark.sql.SparkSession;
import org.engagementsignals.config.SparkSettings;

/** Builds the SparkSession for a run; under spark-submit the submitted master wins. */
public final class Sessions {

  private Sessions() {}

  public static SparkSession create(SparkSettings settings, boolean masterGivenOnCommandLine) {
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
    return builder.getOrCreate();
  }
}
