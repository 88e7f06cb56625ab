package org.engagementsignals.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.engagementsignals.contract.Sha256;
import org.engagementsignals.testing.SharedSpark;
import org.engagementsignals.testing.TestSettings;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The annotation stage on a real SparkSession and the real models: each distinct text once, then
 * from the cache.
 */
@Tag("nlp")
@ExtendWith(SharedSpark.class)
class AnnotateTest {
  private static final StructType RECORDS =
      new StructType().add("text_hash", DataTypes.StringType).add("text", DataTypes.StringType);
  private static final PrintStream QUIET = new PrintStream(PrintStream.nullOutputStream());

  @Test
  void aPersistedResultIsFilledAndCountedInOneJobWithTheSessionLeftAlone(SparkSession spark)
      throws Exception {
    String adaptive = spark.conf().get("spark.sql.adaptive.enabled");
    Dataset<Row> persisted =
        spark.range(0, 1000, 1, 4).toDF().persist(StorageLevel.MEMORY_AND_DISK());
    AtomicInteger jobs = new AtomicInteger();
    SparkListener counter =
        new SparkListener() {
          @Override
          public void onJobStart(SparkListenerJobStart start) {
            jobs.incrementAndGet();
          }
        };
    spark.sparkContext().listenerBus().waitUntilEmpty();
    spark.sparkContext().addSparkListener(counter);
    try {
      assertThat(Annotate.countInOneJob(persisted)).isEqualTo(1000);
      spark.sparkContext().listenerBus().waitUntilEmpty();
      assertThat(jobs.get()).isEqualTo(1);
      assertThat(spark.conf().get("spark.sql.adaptive.enabled")).isEqualTo(adaptive);
    } finally {
      spark.sparkContext().removeSparkListener(counter);
      persisted.unpersist();
    }
  }

  @Test
  void copiesOfATextAnywhereInTheInputAreAnnotatedOnce(SparkSession spark) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      texts.add("Team " + i + " shares feedback openly.");
      if (i % 4 == 0) {
        texts.add("No comment.");
      }
    }
    Annotate.Result result =
        Annotate.run(spark, records(spark, texts), texts.size(), TestSettings.nlp(), null, QUIET);

    assertThat(result.distinctTexts()).isEqualTo(41);
    assertThat(result.annotated()).isEqualTo(41);
    assertThat(result.reused()).isZero();
    assertThat(result.sentencesAnnotated()).isEqualTo(41);
    List<String> hashes =
        result
            .texts()
            .select("text_hash")
            .as(org.apache.spark.sql.Encoders.STRING())
            .collectAsList();
    assertThat(hashes).hasSize(41).doesNotHaveDuplicates().contains(Sha256.hex("No comment."));
    result.release();
  }

  @Test
  void aRerunTakesKnownTextsFromTheCacheAndAnnotatesOnlyNewOnes(
      SparkSession spark, @TempDir Path cache) {
    List<String> first =
        List.of("We learn from failure.", "Targets were missed again.", "We learn from failure.");
    Annotate.Result firstRun =
        Annotate.run(
            spark,
            records(spark, first),
            first.size(),
            TestSettings.nlp(),
            cache.toString(),
            QUIET);
    assertThat(firstRun.annotated()).isEqualTo(2);
    firstRun.release();

    List<String> second =
        List.of("Targets were missed again.", "My lead trusts us.", "We learn from failure.");
    Annotate.Result rerun =
        Annotate.run(
            spark,
            records(spark, second),
            second.size(),
            TestSettings.nlp(),
            cache.toString(),
            QUIET);

    assertThat(rerun.reused()).isEqualTo(2);
    assertThat(rerun.annotated()).isEqualTo(1);
    assertThat(rerun.distinctTexts()).isEqualTo(3);
    assertThat(rerun.texts().count()).isEqualTo(3);
    rerun.release();
  }

  @Test
  void aTextThatFailedIsCountedLeftOutOfTheCacheAndTriedAgainNextRun(
      SparkSession spark, @TempDir Path cache) {
    // A stack far smaller than the default, so that the repeated word overflows it for sure.
    org.engagementsignals.config.NlpSettings small =
        org.engagementsignals.config.SettingsLoader.load(
                java.util.Optional.empty(), java.util.Map.of("signals.nlp.thread-stack", "160K"))
            .nlp();
    List<String> texts = List.of("We learn from failure.", "great ".repeat(3000).strip());
    for (int run = 1; run <= 2; run++) {
      Annotate.Result result =
          Annotate.run(spark, records(spark, texts), texts.size(), small, cache.toString(), QUIET);
      assertThat(result.failed()).as("run %d", run).isEqualTo(1);
      assertThat(result.annotated()).as("run %d", run).isEqualTo(run == 1 ? 2 : 1);
      assertThat(result.reused()).as("run %d", run).isEqualTo(run == 1 ? 0 : 1);
      assertThat(result.texts().filter("failure is not null").count()).isEqualTo(1);
      assertThat(result.texts().count()).isEqualTo(2);
      result.release();
    }
  }

  private static Dataset<Row> records(SparkSession spark, List<String> texts) {
    List<Row> rows = texts.stream().map(t -> RowFactory.create(Sha256.hex(t), t)).toList();
    return spark.createDataFrame(rows, RECORDS);
  }
}
