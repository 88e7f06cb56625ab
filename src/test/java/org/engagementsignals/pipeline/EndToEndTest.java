package org.engagementsignals.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.engagementsignals.contract.OutputSchemas;
import org.engagementsignals.contract.Schemas;
import org.engagementsignals.ingest.PseudonymKey;
import org.engagementsignals.ingest.Pseudonymizer;
import org.engagementsignals.labels.LabelModel;
import org.engagementsignals.testing.SharedSpark;
import org.engagementsignals.testing.SuppressionScanner;
import org.engagementsignals.testing.TestSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The monthly job on a slice of data-samples (one October survey file, the October reflections, the
 * whole bad/ folder, and a planted file), real CoreNLP, real Parquet, read back from disk.
 */
@Tag("nlp")
@ExtendWith(SharedSpark.class)
class EndToEndTest {
  private static final Path SAMPLES = Path.of("data-samples");
  private static final Path PLANTED = Path.of("src/test/resources/EndToEndTest/planted.csv");

  /** Two people who answered in two teams, or about two leaders, in October. */
  private static final Path MOVERS = Path.of("src/test/resources/EndToEndTest/movers.csv");

  private static final Pattern RAW_EMPLOYEE_ID = Pattern.compile("\\bE[1-5]\\d{3}\\b");
  private static final Pseudonymizer DEMO =
      new Pseudonymizer(
          PseudonymKey.resolve(
                  TestSettings.of(Path.of("."), Path.of(".")).privacy(), true, Map.of())
              .key());

  private static final org.engagementsignals.tagging.Taxonomy TAXONOMY =
      org.engagementsignals.tagging.TaxonomyLoader.load(Path.of("conf/taxonomy.conf"));

  @TempDir static Path work;
  static Path input;
  static Path output;
  static RunSummary september;
  static RunSummary october;

  @BeforeAll
  static void runSeptemberThenOctober(SparkSession spark) throws IOException {
    input = work.resolve("input");
    output = work.resolve("output");
    copy(
        SAMPLES.resolve("survey/2026-10/more/part-2-ops-people-finance.csv"),
        input.resolve("survey/2026-10/part-2.csv"));
    copy(
        SAMPLES.resolve("reflections/2026-10/leader-reflections-2026-10.jsonl"),
        input.resolve("reflections/2026-10/r.jsonl"));
    copy(SAMPLES.resolve("bad/survey/bad-survey.csv"), input.resolve("survey/bad/bad-survey.csv"));
    copy(
        SAMPLES.resolve("bad/survey/bad-survey.jsonl"),
        input.resolve("survey/bad/bad-survey.jsonl"));
    copy(
        SAMPLES.resolve("bad/reflections/bad-reflections.csv"),
        input.resolve("reflections/bad/bad-reflections.csv"));
    copy(PLANTED, input.resolve("survey/planted.csv"));
    copy(MOVERS, input.resolve("survey/movers.csv"));
    var settings = TestSettings.of(input, output, "signals.output.response-text", "true");
    september = MonthlyJob.run(spark, settings, TAXONOMY, YearMonth.of(2026, 9), DEMO, System.out);
    october = MonthlyJob.run(spark, settings, TAXONOMY, YearMonth.of(2026, 10), DEMO, System.out);
  }

  @Test
  void everyRecordReadIsValidQuarantinedOrOfAnotherMonthAndTheOutputsSayTheSame(SparkSession spark)
      throws IOException {
    long recordsInFiles =
        csvRecords(input.resolve("survey/2026-10/part-2.csv"))
            + Files.readAllLines(input.resolve("reflections/2026-10/r.jsonl")).stream()
                .filter(l -> !l.isBlank())
                .count()
            + csvRecords(PLANTED)
            + csvRecords(MOVERS)
            + 30; // data-samples/bad/README.md: 30 records in bad/
    var c = october.counts();
    assertThat(c.read()).isEqualTo(recordsInFiles);
    assertThat(c.read()).isEqualTo(c.valid() + c.quarantined() + c.otherPeriod());
    assertThat(september.counts().read()).isEqualTo(recordsInFiles);
    assertThat(september.counts().valid()).isEqualTo(3); // T-003, T-004 and the bad/ September row

    assertThat(read(spark, "responses", "2026-10").count()).isEqualTo(c.valid());
    assertThat(read(spark, "quarantine", "2026-10").count()).isEqualTo(c.quarantined());
    Dataset<Row> sentences = read(spark, "sentences", "2026-10");
    assertThat(sentences.count()).isEqualTo(october.sentences());
    assertThat(
            read(spark, "responses", "2026-10")
                .agg(org.apache.spark.sql.functions.sum("n_sentences").as("n_sentences"))
                .first()
                .<Long>getAs("n_sentences"))
        .isEqualTo(october.sentences());

    Row manifest = manifest(spark);
    assertThat(manifest.<Long>getAs("n_read")).isEqualTo(c.read());
    assertThat(manifest.<Long>getAs("n_valid")).isEqualTo(c.valid());
    assertThat(manifest.<Long>getAs("n_quarantined")).isEqualTo(c.quarantined());
    assertThat(manifest.<Long>getAs("n_other_period")).isEqualTo(c.otherPeriod());
    assertThat(manifest.<Long>getAs("n_sentences")).isEqualTo(october.sentences());
  }

  private static Row manifest(SparkSession spark) {
    return spark
        .read()
        .parquet(output.resolve("runs").toString())
        .filter(col("run_id").equalTo(october.runId()))
        .first();
  }

  @Test
  void badRecordsAreQuarantinedWithTheirFileLineAndReason(SparkSession spark) {
    Map<String, String> reasonByPlace = new TreeMap<>();
    for (Row r : read(spark, "quarantine", "2026-10").collectAsList()) {
      String file = r.<String>getAs("source_file");
      reasonByPlace.put(
          file.substring(file.lastIndexOf('/') + 1) + ":" + r.<Long>getAs("line"),
          r.getAs("reason"));
      assertThat(r.<String>getAs("message")).isNotBlank();
    }
    assertThat(reasonByPlace)
        .containsEntry("bad-survey.csv:8", "MISSING_FIELD")
        .containsEntry("bad-survey.csv:12", "BAD_TIMESTAMP")
        .containsEntry("bad-survey.csv:16", "DUPLICATE_ID")
        .containsEntry("bad-survey.csv:17", "TEXT_TOO_LONG")
        .containsEntry("bad-survey.csv:19", "UNPARSEABLE")
        .containsEntry("bad-survey.csv:20", "UNPARSEABLE")
        .containsEntry("bad-survey.jsonl:5", "UNPARSEABLE")
        .containsEntry("bad-reflections.csv:11", "BAD_TIMESTAMP")
        .containsEntry("planted.csv:3", "BAD_RATING")
        .hasSize((int) october.counts().quarantined());
  }

  @Test
  void outputsMatchTheContract(SparkSession spark) {
    assertMatchesContract(spark, "responses", OutputSchemas.RESPONSES, "period");
    assertMatchesContract(spark, "sentences", OutputSchemas.SENTENCES, "period");
    assertMatchesContract(spark, "quarantine", OutputSchemas.QUARANTINE, "period");
    assertMatchesContract(spark, "runs", OutputSchemas.RUNS, "run_id");
    assertMatchesContract(spark, "indicators", OutputSchemas.INDICATORS, "period");
    assertMatchesContract(spark, "topics", OutputSchemas.TOPICS, "period");
    assertMatchesContract(spark, "say_hear", OutputSchemas.SAY_HEAR, "period");
    assertMatchesContract(spark, "suppression", OutputSchemas.SUPPRESSION, "period");
    for (Row s : read(spark, "sentences", "2026-10").collectAsList()) {
      assertThat(s.<Integer>getAs("sentiment")).isBetween(0, 4);
      assertThat(s.<Double>getAs("sentiment_score")).isBetween(-1.0, 1.0);
      assertThat(s.getList(s.fieldIndex("sentiment_probs"))).hasSize(5);
    }
    String model =
        LabelModel.configured(TestSettings.of(input, output).tagging().labelModel()).version();
    for (Row r : read(spark, "responses", "2026-10").collectAsList()) {
      assertThat(r.<Integer>getAs("n_sentences")).isPositive();
      assertThat(r.<Integer>getAs("sentiment_label")).isBetween(-1, 1);
      // Every response carries the learned labels' reasons, and the model that gave them.
      assertThat(r.<String>getAs("label_model")).isEqualTo(model);
      List<String> evidence = r.getList(r.fieldIndex("evidence"));
      assertThat(evidence)
          .anyMatch(e -> e.startsWith("focus " + r.getAs("focus")))
          .anyMatch(e -> e.startsWith("sentiment "));
      assertThat(r.<Double>getAs("results_share")).isBetween(0.0, 1.0);
    }
    assertThat(manifest(spark).<String>getAs("label_model")).isEqualTo(model);
  }

  @Test
  void noRawIdentityOrContactDetailLeavesThePipelineExceptToQuarantine(SparkSession spark) {
    List<String> published = new ArrayList<>();
    for (String output : List.of("responses", "sentences", "runs")) {
      published.addAll(
          spark
              .read()
              .parquet(EndToEndTest.output.resolve(output).toString())
              .toJSON()
              .collectAsList());
    }
    assertThat(published).isNotEmpty();
    for (String row : published) {
      assertThat(row)
          .doesNotContain("RAW-RESPONDENT-")
          .doesNotContain("planted.person@example.com")
          .doesNotContain("555 0188")
          .doesNotContain("wiki.example.com")
          .doesNotContain("Priya")
          .doesNotContain("Raman");
      assertThat(RAW_EMPLOYEE_ID.matcher(row).find()).as(row).isFalse();
    }
    // Positive control: the same scan finds the raw id where it is allowed, in quarantine.
    assertThat(read(spark, "quarantine", "2026-10").toJSON().collectAsList())
        .anyMatch(
            r -> r.contains("RAW-RESPONDENT-7731") && r.contains("planted.person@example.com"));

    Row planted =
        read(spark, "responses", "2026-10").filter(col("response_id").equalTo("T-001")).first();
    assertThat(planted.<String>getAs("respondent_key"))
        .isEqualTo(DEMO.keyFor("RAW-RESPONDENT-7731"));
    assertThat(planted.<String>getAs("text_redacted"))
        .isEqualTo(
            "Please email [EMAIL] or call [PHONE] (rota: [URL]). [PERSON] was great in our 1:1 this week.");
    assertThat(october.redactions()).containsKeys("email", "phone", "url", "person");
    assertThat(october.redactions().values()).allSatisfy(n -> assertThat(n).isPositive());
  }

  @Test
  void publishedGroupsCoverAtLeastKRespondentsAndSuppressedRowsCarryNoMetrics(SparkSession spark) {
    List<Row> rows = read(spark, "indicators", "2026-10").collectAsList();
    assertThat(rows).extracting(r -> r.<String>getAs("level")).contains("org", "team", "leader");
    assertThat(rows)
        .anyMatch(r -> r.<Boolean>getAs("suppressed"))
        .anyMatch(r -> !r.<Boolean>getAs("suppressed"));
    for (Row r : rows) {
      boolean survey = r.<String>getAs("source").equals("survey");
      if (r.<Boolean>getAs("suppressed")) {
        // One uniform marker: the reason and the size band are for operators only.
        assertThat((Object) r.getAs("suppression_reason")).isNull();
        assertThat((Object) r.getAs("respondents_band")).isNull();
        assertThat((Object) r.getAs("n_respondents")).isNull();
        assertThat((Object) r.getAs("trust_index")).isNull();
        assertThat((Object) r.getAs("results_share")).isNull();
      } else if (survey) {
        assertThat(r.<Long>getAs("n_respondents")).isGreaterThanOrEqualTo(5L);
      }
    }
    Row org =
        rows.stream()
            .filter(r -> r.getAs("level").equals("org") && r.getAs("source").equals("survey"))
            .findFirst()
            .orElseThrow();
    assertThat(org.<Double>getAs("process_share")).isBetween(0.0, 1.0);
    assertThat(org.<Double>getAs("process_share_ci_low"))
        .isLessThanOrEqualTo(org.getAs("process_share"));
    assertThat(org.<Double>getAs("trust_index")).isBetween(-1.0, 1.0);
    for (Row t : read(spark, "topics", "2026-10").collectAsList()) {
      if (!t.<Boolean>getAs("suppressed") && t.getAs("source").equals("survey")) {
        assertThat(t.<Long>getAs("n_respondents")).isGreaterThanOrEqualTo(5L);
      }
    }
    assertThat(read(spark, "say_hear", "2026-10").count()).isPositive();
    // Every hidden survey row has its reason in the operators' table, and only those.
    long hiddenSurveyRows =
        rows.stream()
            .filter(r -> r.<Boolean>getAs("suppressed") && r.getAs("source").equals("survey"))
            .count();
    assertThat(
            read(spark, "suppression", "2026-10")
                .filter(col("table").equalTo("indicators"))
                .collectAsList())
        .hasSize((int) hiddenSurveyRows)
        .allSatisfy(r -> assertThat(r.<String>getAs("reason")).isNotBlank());
  }

  @Test
  void aScannerFromOutsideFindsNoHiddenCountRecoverable(SparkSession spark) {
    assertThat(
            read(spark, "responses", "2026-10").filter(col("response_id").startsWith("M-")).count())
        .isEqualTo(4);
    assertThat(SuppressionScanner.scan(spark, output, "2026-10", 5)).isEmpty();
    assertThat(SuppressionScanner.scan(spark, output, "2026-09", 5)).isEmpty();
  }

  @Test
  void identicalTextsAreAnnotatedOnce(SparkSession spark) {
    assertThat(october.distinctTexts()).isLessThan(october.counts().valid());
    List<Row> twins =
        read(spark, "sentences", "2026-10")
            .filter(col("response_id").isin("T-005", "T-006"))
            .orderBy("response_id")
            .collectAsList();
    assertThat(twins).hasSize(2);
    assertThat(twins.get(0).<String>getAs("text_redacted"))
        .isEqualTo(twins.get(1).getAs("text_redacted"));
  }

  @Test
  void aRerunReplacesExactlyItsMonthAndGivesTheSameRows(SparkSession spark, @TempDir Path dir)
      throws IOException {
    Path in = dir.resolve("in");
    Path out = dir.resolve("out");
    copy(PLANTED, in.resolve("survey/planted.csv"));
    var settings = TestSettings.of(in, out);
    MonthlyJob.run(spark, settings, TAXONOMY, YearMonth.of(2026, 9), DEMO, System.out);
    Map<String, byte[]> septemberFiles = files(out, "period=2026-09");
    MonthlyJob.run(spark, settings, TAXONOMY, YearMonth.of(2026, 10), DEMO, System.out);
    List<String> first = sortedJson(spark, out, "responses", "2026-10");
    List<String> firstSentences = sortedJson(spark, out, "sentences", "2026-10");

    RunSummary rerun =
        MonthlyJob.run(spark, settings, TAXONOMY, YearMonth.of(2026, 10), DEMO, System.out);
    // The rerun takes every annotation from the cache, and the rows are the same.
    assertThat(rerun.textsAnnotated()).isZero();
    assertThat(rerun.textsReused()).isEqualTo(rerun.distinctTexts()).isPositive();
    assertThat(sortedJson(spark, out, "responses", "2026-10")).isEqualTo(first);
    assertThat(sortedJson(spark, out, "sentences", "2026-10")).isEqualTo(firstSentences);
    assertThat(files(out, "period=2026-09")).containsOnlyKeys(septemberFiles.keySet());
    files(out, "period=2026-09")
        .forEach((k, v) -> assertThat(v).as(k).isEqualTo(septemberFiles.get(k)));

    // Fewer October records now: the month is replaced, not appended to.
    Files.writeString(
        in.resolve("survey/planted.csv"),
        String.join("\n", Files.readAllLines(PLANTED).subList(0, 2)) + "\n",
        StandardCharsets.UTF_8);
    MonthlyJob.run(spark, settings, TAXONOMY, YearMonth.of(2026, 10), DEMO, System.out);
    assertThat(sortedJson(spark, out, "responses", "2026-10")).hasSize(1);
    assertThat(
            spark
                .read()
                .parquet(out.resolve("quarantine").toString())
                .filter(col("period").equalTo("2026-10"))
                .count())
        .isZero();
    assertThat(spark.read().parquet(out.resolve("runs").toString()).count()).isEqualTo(4);
    assertThat(out.resolve("_staging")).doesNotExist();
  }

  private static void assertMatchesContract(
      SparkSession spark, String name, StructType contract, String partitionColumn) {
    StructType actual = spark.read().parquet(output.resolve(name).toString()).schema();
    assertThat(actual.fieldNames()).endsWith(partitionColumn);
    StructType withoutPartition =
        new StructType(java.util.Arrays.copyOf(actual.fields(), actual.fields().length - 1));
    Schemas.requireSameIgnoringNullability(contract, withoutPartition, name);
  }

  private static Dataset<Row> read(SparkSession spark, String name, String period) {
    return spark
        .read()
        .parquet(output.resolve(name).toString())
        .filter(col("period").equalTo(period));
  }

  private static List<String> sortedJson(SparkSession spark, Path out, String name, String period) {
    List<String> rows =
        new ArrayList<>(
            spark
                .read()
                .parquet(out.resolve(name).toString())
                .filter(col("period").equalTo(period))
                .toJSON()
                .collectAsList());
    rows.sort(String::compareTo);
    return rows;
  }

  private static Map<String, byte[]> files(Path out, String partition) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(out)) {
      for (Path p :
          all.filter(Files::isRegularFile).filter(p -> p.toString().contains(partition)).toList()) {
        files.put(out.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  private static long csvRecords(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(r)
          .getRecords()
          .size();
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    Files.copy(from, to);
  }
}
