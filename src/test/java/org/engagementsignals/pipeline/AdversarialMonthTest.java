package org.engagementsignals.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.engagementsignals.contract.OutputSchemas;
import org.engagementsignals.ingest.Pseudonymizer;
import org.engagementsignals.nlp.SentenceAnnotation;
import org.engagementsignals.report.LeadersReport;
import org.engagementsignals.tagging.Taxonomy;
import org.engagementsignals.tagging.TaxonomyLoader;
import org.engagementsignals.testing.LogCapture;
import org.engagementsignals.testing.SharedSpark;
import org.engagementsignals.testing.TestSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The adversarial corpus through the real job, in one run for 2026-10: with annotation threads of a
 * stack smaller than a Spark task thread's 1 MB, so that the texts that used to kill the JVM fail
 * for sure (at 1 MB they do only while CoreNLP's code is not yet compiled); over a September
 * written before some indicator columns existed; with a key of its own, then a scan of everything
 * the run wrote and logged for planted personal data and the key.
 */
@Tag("nlp")
@ExtendWith(SharedSpark.class)
class AdversarialMonthTest {
  private static final YearMonth MONTH = YearMonth.of(2026, 10);
  private static final String KEY = "adversarial-month-test-key-4c1f9e";
  private static final List<String> PLANTED =
      List.of(
          "RAW-ID-447",
          "priya.raman@example.org",
          "tomasz.k@example.org",
          "7946 0958",
          "010-4477",
          "intranet.example.com",
          "tkowalczyk",
          "Priya",
          "Raman",
          "Tomasz",
          "Kowalczyk",
          "Aisha",
          "Bello");

  /** Tables only operators read; the only place raw records may appear. */
  private static final List<String> OPERATORS_ONLY = List.of("quarantine");

  @TempDir static Path work;
  static Path output;
  static RunSummary run;
  static String logged;
  static String printed;

  @BeforeAll
  static void runTheCorpusMonth(SparkSession spark) throws IOException {
    Path input = work.resolve("input");
    output = work.resolve("output");
    for (AdversarialCorpus.Case c : AdversarialCorpus.cases()) {
      if (c.reachesTheJob()) {
        AdversarialCorpus.copy(c, input);
      }
    }
    writeSeptemberWithoutTrustAndConnectionColumns(spark);
    var settings =
        TestSettings.of(
            input,
            output,
            "signals.output.response-text",
            "true",
            "signals.nlp.thread-stack",
            "160K",
            "signals.nlp.text-time-budget-seconds",
            "15",
            "signals.report.quotes",
            "true");
    Taxonomy taxonomy = TaxonomyLoader.load(Path.of("conf/taxonomy.conf"));
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    try (LogCapture logs = new LogCapture()) {
      run =
          MonthlyJob.run(
              spark,
              settings,
              taxonomy,
              MONTH,
              new Pseudonymizer(KEY.getBytes(StandardCharsets.UTF_8)),
              new PrintStream(progress, true, StandardCharsets.UTF_8));
      // The report, quotes on, is scanned for leaks with every other file the job wrote.
      LeadersReport.run(spark, settings, new LeadersReport.Request(MONTH, Optional.empty(), true));
      logged = logs.text();
    }
    printed = progress.toString(StandardCharsets.UTF_8) + run.render();
  }

  @Test
  void everyRecordIsValidQuarantinedOrOfAnotherMonthAsExpected(SparkSession spark)
      throws IOException {
    long valid = 0;
    long quarantined = 0;
    long other = 0;
    for (AdversarialCorpus.Case c : AdversarialCorpus.cases()) {
      if (c.reachesTheJob()) {
        valid += c.valid();
        quarantined += c.quarantined();
        other += c.otherMonths();
      }
    }
    var counts = run.counts();
    assertThat(counts.valid()).isEqualTo(valid);
    assertThat(counts.quarantined()).isEqualTo(quarantined);
    assertThat(counts.otherPeriod()).isEqualTo(other);
    assertThat(counts.read()).isEqualTo(valid + quarantined + other);
    assertThat(table(spark, "responses").count()).isEqualTo(valid);
    assertThat(table(spark, "quarantine").count()).isEqualTo(quarantined);
  }

  @Test
  void theTextsThatKilledTheJvmAreRecordedAsFailedAndStillTagged(SparkSession spark) {
    Row word = response(spark, "WORD-1");
    assertThat((Object) word.getAs("sentiment_score")).isNull();
    // The label model still labels it, from its lemmas, with its sentences counted as neutral.
    assertThat(word.<Integer>getAs("sentiment_label")).isBetween(-1, 1);
    assertThat(word.<Integer>getAs("n_tokens")).isEqualTo(3000);
    assertThat(word.<String>getAs("focus")).isNotNull();
    List<Row> sentences =
        table(spark, "sentences").filter(col("response_id").equalTo("WORD-1")).collectAsList();
    assertThat(sentences)
        .isNotEmpty()
        .allSatisfy(
            s -> {
              assertThat(s.<String>getAs("sentiment_method")).isEqualTo(SentenceAnnotation.FAILED);
              assertThat((Object) s.getAs("sentiment")).isNull();
              assertThat((Object) s.getAs("sentiment_score")).isNull();
            });

    long failedResponses =
        table(spark, "responses").filter(col("sentiment_score").isNull()).count();
    assertThat(run.textsFailed()).isPositive().isEqualTo(failedResponses);
    Row manifest =
        spark
            .read()
            .parquet(output.resolve("runs").toString())
            .filter(col("run_id").equalTo(run.runId()))
            .first();
    assertThat(manifest.<Long>getAs("n_texts_failed")).isEqualTo(run.textsFailed());
    assertThat(manifest.<String>getAs("code_commit")).isNotBlank();
    assertThat(printed).contains("failed    " + run.textsFailed() + " texts");
    // Texts in the same documents as failed ones were scored as usual.
    assertThat(response(spark, "EMO-1").<Double>getAs("sentiment_score")).isNotNull();
    assertThat(response(spark, "RF-1").<Double>getAs("sentiment_score")).isNotNull();
  }

  @Test
  void deltasAgainstAMonthWrittenBeforeSomeColumnsExistedAreNullForThoseOnly(SparkSession spark) {
    Row org =
        spark
            .read()
            .parquet(output.resolve("indicators/period=" + MONTH).toString())
            .filter(col("level").equalTo("org").and(col("source").equalTo("survey")))
            .first();
    assertThat(org.<Double>getAs("results_share_delta"))
        .isEqualTo(org.<Double>getAs("results_share") - 0.2);
    assertThat((Object) org.getAs("trust_index_delta")).isNull();
    assertThat((Object) org.getAs("connection_index_delta")).isNull();
  }

  @Test
  void nothingPlantedAndNotTheKeyLeavesThePipelineOutsideQuarantine(SparkSession spark)
      throws IOException {
    List<String> scanned = new ArrayList<>();
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(output)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String relative = output.relativize(file).toString();
        boolean operatorsOnly = OPERATORS_ONLY.stream().anyMatch(relative::startsWith);
        String content =
            file.toString().endsWith(".parquet")
                ? String.join("\n", spark.read().parquet(file.toString()).toJSON().collectAsList())
                : Files.readString(file, StandardCharsets.ISO_8859_1);
        scanned.add(relative);
        if (content.contains(KEY)) {
          found.add("the key in " + relative);
        }
        if (!operatorsOnly) {
          PLANTED.stream().filter(content::contains).forEach(p -> found.add(p + " in " + relative));
        }
      }
    }
    for (String stream : List.of(logged, printed)) {
      PLANTED.stream().filter(stream::contains).forEach(p -> found.add(p + " in the log"));
      if (stream.contains(KEY)) {
        found.add("the key in the log");
      }
    }
    assertThat(scanned)
        .anyMatch(f -> f.startsWith("responses/"))
        .anyMatch(f -> f.startsWith("sentences/"))
        .anyMatch(f -> f.startsWith("runs/"))
        .anyMatch(f -> f.startsWith("report/"))
        .anyMatch(f -> f.startsWith("_cache/annotations/"));
    assertThat(logged).contains("failed annotation");
    assertThat(found).isEmpty();
    // Positive control: the same scan finds what is planted where it may be, in quarantine.
    assertThat(String.join("\n", table(spark, "quarantine").toJSON().collectAsList()))
        .contains("RAW-ID-4476")
        .contains("tomasz.k@example.org");
    assertThat(response(spark, "PII-2").<String>getAs("text_redacted"))
        .isEqualTo("I met with [PERSON] yesterday and she listened to every concern.");
    assertThat(response(spark, "PII-5").<String>getAs("text_redacted"))
        .startsWith("[PERSON] said: great great");
  }

  /** Indicators of September as written before the trust and connection columns existed. */
  private static void writeSeptemberWithoutTrustAndConnectionColumns(SparkSession spark) {
    StructField[] old =
        Arrays.stream(OutputSchemas.INDICATORS.fields())
            .filter(f -> !f.name().startsWith("trust_") && !f.name().startsWith("connection_"))
            .toArray(StructField[]::new);
    StructType schema = new StructType(old);
    Object[] values = new Object[old.length];
    for (int i = 0; i < old.length; i++) {
      values[i] =
          switch (old[i].name()) {
            case "level", "group_id" -> "org";
            case "source" -> "survey";
            case "suppressed" -> false;
            case "respondents_band" -> "50-99";
            case "results_share" -> 0.2;
            default -> null;
          };
    }
    Dataset<Row> september = spark.createDataFrame(List.of(RowFactory.create(values)), schema);
    september
        .write()
        .parquet(output.resolve("indicators/period=" + MONTH.minusMonths(1)).toString());
  }

  private static Dataset<Row> table(SparkSession spark, String name) {
    return spark
        .read()
        .parquet(output.resolve(name).toString())
        .filter(col("period").equalTo(MONTH.toString()));
  }

  private static Row response(SparkSession spark, String id) {
    return table(spark, "responses").filter(col("response_id").equalTo(id)).first();
  }
}
