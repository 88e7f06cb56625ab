package org.engagementsignals.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.engagementsignals.config.Settings;
import org.engagementsignals.contract.OutputPaths;
import org.engagementsignals.contract.OutputSchemas;
import org.engagementsignals.ingest.Ingest;
import org.engagementsignals.ingest.Pseudonymizer;
import org.engagementsignals.nlp.Annotate;
import org.engagementsignals.nlp.SentenceAnnotation;
import scala.jdk.javaapi.CollectionConverters;

/** One month, end to end. */
public final class MonthlyJob {
  private static final DateTimeFormatter RUN_STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private MonthlyJob() {}

  public static RunSummary run(
      SparkSession spark, Settings settings, YearMonth month, Pseudonymizer pseudonymizer, PrintStream progress) {
    Instant startedAt = Instant.now();
    String period = month.toString();
    String runId = RUN_STAMP.format(startedAt) + "-" + period + "-" + UUID.randomUUID().toString().substring(0, 8);
    StageTimer timer = new StageTimer();
    BuildInfo build = BuildInfo.load();

    Ingest.Result ingest = timer.time("ingest", () -> Ingest.run(spark, settings.input(), month, pseudonymizer));
    Dataset<Row> valid = ingest.valid().persist(StorageLevel.MEMORY_AND_DISK());
    progress.printf(
        "ingest: read %d records from %d files: %d valid, %d quarantined, %d of other months%n",
        ingest.counts().read(), ingest.counts().files(), ingest.counts().valid(),
        ingest.counts().quarantined(), ingest.counts().otherPeriod());

    Annotate.Result annotated = timer.time("annotate", () -> Annotate.run(spark, valid, settings.nlp(), progress));

    PeriodWriter writer = new PeriodWriter(spark, settings.output().dir(), runId, settings.output().rowsPerFile());
    Dataset<Row> responses = Assemble.responses(valid, annotated.texts(), settings.output().responseText());
    Dataset<Row> sentences = Assemble.sentences(valid, annotated.texts());
    Row sentenceCounts =
        sentences
            .agg(count(lit(1)), sum(when(col("sentiment_method").equalTo(SentenceAnnotation.SPLIT), 1).otherwise(0)))
            .first();
    long sentenceCount = sentenceCounts.getLong(0);
    long splitCount = sentenceCounts.isNullAt(1) ? 0 : sentenceCounts.getLong(1);
    Row persons = annotated.texts().agg(sum("n_persons")).first();
    Map<String, Long> redactions = new TreeMap<>(ingest.counts().redactions());
    redactions.put("person", persons.isNullAt(0) ? 0L : persons.getLong(0));

    timer.time(
        "write",
        () -> {
          writer.replace(
              ingest.quarantine(), OutputSchemas.QUARANTINE, OutputPaths.QUARANTINE, period,
              ingest.counts().quarantined(), "source_file", "line");
          writer.replace(
              responses, OutputSchemas.RESPONSES, OutputPaths.RESPONSES, period, ingest.counts().valid(),
              "response_id", "source");
          writer.replace(
              sentences, OutputSchemas.SENTENCES, OutputPaths.SENTENCES, period, sentenceCount,
              "response_id", "source", "sentence_index");
          return null;
        });

    String nlpChain = settings.nlp().fingerprintSource();
    RunSummary summary =
        new RunSummary(
            runId, period, startedAt, Instant.now(), fingerprint(settings, build), nlpChain, build,
            ingest.counts(), sentenceCount, annotated.distinctTexts(), annotated.distinctTexts(), 0L,
            splitCount, redactions, timer.seconds(), settings.output().dir(),
            List.of(
                OutputPaths.periodPartition(OutputPaths.RESPONSES, period),
                OutputPaths.periodPartition(OutputPaths.SENTENCES, period),
                OutputPaths.periodPartition(OutputPaths.QUARANTINE, period),
                OutputPaths.runPartition(runId)));
    writer.writeSmall(
        spark.createDataFrame(List.of(manifestRow(summary)), OutputSchemas.RUNS),
        OutputSchemas.RUNS,
        OutputPaths.runPartition(runId));
    writer.cleanUp();
    annotated.texts().unpersist();
    valid.unpersist();
    return summary;
  }

  /** Hash of the settings that shape outputs and of the code version: equal fingerprints, equal outputs. */
  static String fingerprint(Settings settings, BuildInfo build) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest =
          sha.digest(
              (settings.outputAffectingSettings() + ";code=" + build.version() + ";corenlp=" + build.corenlpVersion())
                  .getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Row manifestRow(RunSummary s) {
    Ingest.Counts c = s.counts();
    return RowFactory.create(
        s.period(), Timestamp.from(s.startedAt()), Timestamp.from(s.finishedAt()), s.build().version(),
        s.build().sparkVersion(), s.build().corenlpVersion(), s.nlpChain(), s.configFingerprint(), c.read(),
        c.valid(), c.quarantined(), c.otherPeriod(), s.sentences(), s.distinctTexts(), s.textsAnnotated(),
        s.textsReused(), scalaMap(c.quarantinedByReason()), scalaMap(s.redactions()), scalaMap(s.stageSeconds()));
  }

  private static <V> scala.collection.Map<String, V> scalaMap(Map<String, V> map) {
    return CollectionConverters.asScala(new TreeMap<>(map));
  }
}
