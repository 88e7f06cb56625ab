package org.engagementsignals.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.PrintStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.engagementsignals.config.Settings;
import org.engagementsignals.contract.OutputPaths;
import org.engagementsignals.contract.OutputSchemas;
import org.engagementsignals.contract.RowBuilder;
import org.engagementsignals.contract.Sha256;
import org.engagementsignals.indicators.PeriodGroupTables;
import org.engagementsignals.ingest.Ingest;
import org.engagementsignals.ingest.Pseudonymizer;
import org.engagementsignals.labels.LabelModel;
import org.engagementsignals.nlp.Annotate;
import org.engagementsignals.nlp.AnnotationCache;
import org.engagementsignals.nlp.SentenceAnnotation;
import org.engagementsignals.tagging.TagTexts;
import org.engagementsignals.tagging.TaggedRows;
import org.engagementsignals.tagging.Tagger;
import org.engagementsignals.tagging.Taxonomy;
import scala.jdk.javaapi.CollectionConverters;

/** One month, end to end. */
public final class MonthlyJob {
  private static final DateTimeFormatter RUN_STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private MonthlyJob() {}

  public static RunSummary run(
      SparkSession spark,
      Settings settings,
      Taxonomy taxonomy,
      YearMonth month,
      Pseudonymizer pseudonymizer,
      PrintStream progress) {
    Instant startedAt = Instant.now();
    String period = month.toString();
    String runId =
        RUN_STAMP.format(startedAt)
            + "-"
            + period
            + "-"
            + UUID.randomUUID().toString().substring(0, 8);
    StageTimer timer = new StageTimer();
    BuildInfo build = BuildInfo.load();
    org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(settings.output().dir());
    org.apache.hadoop.fs.FileSystem fs = outputFileSystem(spark, root);
    // A month whose switch a crash cut short is finished before anything else reads the outputs.
    new MonthSwitch(fs, root).recover().forEach(line -> progress.println("recover: " + line));
    PausePoints.reach("ingest.start");

    Ingest.Result ingest =
        timer.time("ingest", () -> Ingest.run(spark, settings.input(), month, pseudonymizer));
    Dataset<Row> valid = ingest.valid().persist(StorageLevel.MEMORY_AND_DISK());
    progress.printf(
        "ingest: read %d records from %d files: %d valid, %d quarantined, %d of other months%n",
        ingest.counts().read(),
        ingest.counts().files(),
        ingest.counts().valid(),
        ingest.counts().quarantined(),
        ingest.counts().otherPeriod());
    PausePoints.reach("ingest.done");

    String cache =
        AnnotationCache.prepare(
            settings.nlp(),
            settings.output().dir(),
            build.corenlpVersion(),
            build.codeIdentity(),
            spark.sparkContext().hadoopConfiguration());
    PausePoints.reach("annotate.start");
    Annotate.Result annotated =
        timer.time(
            "annotate",
            () ->
                Annotate.run(
                    spark, valid, ingest.counts().valid(), settings.nlp(), cache, progress));
    // Loading the model is the label stage's too: it is what classification adds to a run.
    LabelModel labels =
        timer.time("label", () -> LabelModel.configured(settings.tagging().labelModel()));
    Dataset<Row> tagged =
        annotated
            .texts()
            .map(
                new TagTexts(new Tagger(taxonomy), labels.features()),
                Encoders.row(TaggedRows.TEXT))
            .persist(StorageLevel.MEMORY_AND_DISK());
    // Materialised here so that the tag stage's time is its own, not folded into the writes.
    timer.time("tag", tagged::count);
    Dataset<Row> labelled = labels.label(tagged).persist(StorageLevel.MEMORY_AND_DISK());
    timer.time("label", labelled::count);
    tagged.unpersist();

    PausePoints.reach("annotate.done");
    PeriodWriter writer = new PeriodWriter(spark, fs, root, runId, settings.output().rowsPerFile());
    Dataset<Row> responses =
        Assemble.responses(valid, labelled, settings.output().responseText(), labels.version());
    Dataset<Row> sentences = Assemble.sentences(valid, labelled);
    Row sentenceCounts =
        sentences
            .agg(
                count(lit(1)).as("sentences"),
                sum(when(col("sentiment_method").equalTo(SentenceAnnotation.SPLIT), 1).otherwise(0))
                    .as("split"))
            .first();
    long sentenceCount = sentenceCounts.<Long>getAs("sentences");
    Long split = sentenceCounts.getAs("split");
    long splitCount = split == null ? 0 : split;
    Long persons = annotated.texts().agg(sum("n_persons").as("persons")).first().getAs("persons");
    Map<String, Long> redactions = new TreeMap<>(ingest.counts().redactions());
    redactions.put("person", persons == null ? 0L : persons);

    timer.time(
        "write",
        () -> {
          writer.stage(
              ingest.quarantine(),
              OutputSchemas.QUARANTINE,
              OutputPaths.QUARANTINE,
              ingest.counts().quarantined(),
              "source_file",
              "line");
          writer.stage(
              responses,
              OutputSchemas.RESPONSES,
              OutputPaths.RESPONSES,
              ingest.counts().valid(),
              "response_id",
              "source");
          writer.stage(
              sentences,
              OutputSchemas.SENTENCES,
              OutputPaths.SENTENCES,
              sentenceCount,
              "response_id",
              "source",
              "sentence_index");
          return null;
        });
    timer.time(
        "indicators",
        () -> {
          writeIndicators(spark, writer, settings, taxonomy, month, responses, sentences);
          return null;
        });

    String nlpChain = settings.nlp().fingerprintSource();
    RunSummary summary =
        new RunSummary(
            runId,
            period,
            startedAt,
            Instant.now(),
            fingerprint(settings, taxonomy, build, labels.version()),
            nlpChain,
            labels.version(),
            build,
            ingest.counts(),
            sentenceCount,
            annotated.distinctTexts(),
            annotated.annotated(),
            annotated.reused(),
            annotated.failed(),
            splitCount,
            redactions,
            timer.seconds(),
            settings.output().dir(),
            List.of(
                OutputPaths.periodPartition(OutputPaths.RESPONSES, period),
                OutputPaths.periodPartition(OutputPaths.SENTENCES, period),
                OutputPaths.periodPartition(OutputPaths.QUARANTINE, period),
                OutputPaths.periodPartition(OutputPaths.INDICATORS, period),
                OutputPaths.periodPartition(OutputPaths.TOPICS, period),
                OutputPaths.periodPartition(OutputPaths.SAY_HEAR, period),
                OutputPaths.periodPartition(OutputPaths.SUPPRESSION, period),
                OutputPaths.runPartition(runId)));
    writer.stageManifest(
        spark.createDataFrame(List.of(manifestRow(summary)), OutputSchemas.RUNS),
        OutputSchemas.RUNS);
    new MonthSwitch(fs, root).commit(period, runId, writer.stagedOutputs());
    labelled.unpersist();
    annotated.release();
    valid.unpersist();
    return summary;
  }

  /** The group tables ({@link PeriodGroupTables}) and the operators' record of what they hide. */
  private static void writeIndicators(
      SparkSession spark,
      PeriodWriter writer,
      Settings settings,
      Taxonomy taxonomy,
      YearMonth month,
      Dataset<Row> responses,
      Dataset<Row> sentences) {
    List<Row> previous = previousPeriod(spark, settings.output().dir(), month.minusMonths(1));
    Map<String, String> familyByTopic = new TreeMap<>();
    taxonomy.topics().forEach(t -> familyByTopic.put(t.id(), t.family().id()));
    PeriodGroupTables tables =
        PeriodGroupTables.of(
            responses, sentences, previous, familyByTopic, settings.indicators().minGroupSize());
    List<Row> indicators = tables.indicators();
    List<Row> topics = tables.topics();
    List<Row> sayHear = tables.sayHear();
    writer.stage(
        spark.createDataFrame(indicators, OutputSchemas.INDICATORS),
        OutputSchemas.INDICATORS,
        OutputPaths.INDICATORS,
        indicators.size(),
        "source",
        "level",
        "group_id");
    writer.stage(
        spark.createDataFrame(topics, OutputSchemas.TOPICS),
        OutputSchemas.TOPICS,
        OutputPaths.TOPICS,
        topics.size(),
        "source",
        "level",
        "group_id",
        "topic");
    writer.stage(
        spark.createDataFrame(sayHear, OutputSchemas.SAY_HEAR),
        OutputSchemas.SAY_HEAR,
        OutputPaths.SAY_HEAR,
        sayHear.size(),
        "leader_id");
    writer.stage(
        spark.createDataFrame(tables.suppression(), OutputSchemas.SUPPRESSION),
        OutputSchemas.SUPPRESSION,
        OutputPaths.SUPPRESSION,
        tables.suppression().size(),
        "table",
        "source",
        "level",
        "group_id",
        "topic");
  }

  private static org.apache.hadoop.fs.FileSystem outputFileSystem(
      SparkSession spark, org.apache.hadoop.fs.Path root) {
    try {
      return root.getFileSystem(spark.sparkContext().hadoopConfiguration());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot open the output folder " + root, e);
    }
  }

  private static List<Row> previousPeriod(
      SparkSession spark, String outputDir, YearMonth previous) {
    org.apache.hadoop.fs.Path path =
        new org.apache.hadoop.fs.Path(
            outputDir, OutputPaths.periodPartition(OutputPaths.INDICATORS, previous.toString()));
    try {
      if (!path.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(path)) {
        return List.of();
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    // Read with today's schema: a month written before a column existed has it as null, and one
    // written with a column since dropped does not bring it along (issue 17, defect 7).
    return spark.read().schema(OutputSchemas.INDICATORS).parquet(path.toString()).collectAsList();
  }

  /**
   * Hash of the settings that shape outputs and of the code (version, commit and build, annotation
   * format): equal fingerprints, equal outputs.
   */
  static String fingerprint(
      Settings settings, Taxonomy taxonomy, BuildInfo build, String labelModel) {
    return Sha256.short16(
        settings.outputAffectingSettings()
            + ";taxonomy="
            + taxonomy.fingerprintSource()
            + ";code="
            + build.version()
            + ";"
            + AnnotationCache.key(settings.nlp(), build.corenlpVersion(), build.codeIdentity())
            + ";labels="
            + labelModel);
  }

  private static Row manifestRow(RunSummary s) {
    Ingest.Counts c = s.counts();
    return RowBuilder.of(OutputSchemas.RUNS)
        .set("period", s.period())
        .set("started_at", Timestamp.from(s.startedAt()))
        .set("finished_at", Timestamp.from(s.finishedAt()))
        .set("code_version", s.build().version())
        .set("spark_version", s.build().sparkVersion())
        .set("corenlp_version", s.build().corenlpVersion())
        .set("nlp_chain", s.nlpChain())
        .set("label_model", s.labelModel())
        .set("config_fingerprint", s.configFingerprint())
        .set("n_read", c.read())
        .set("n_valid", c.valid())
        .set("n_quarantined", c.quarantined())
        .set("n_other_period", c.otherPeriod())
        .set("n_sentences", s.sentences())
        .set("n_texts", s.distinctTexts())
        .set("n_texts_annotated", s.textsAnnotated())
        .set("n_texts_reused", s.textsReused())
        .set("quarantined_by_reason", scalaMap(c.quarantinedByReason()))
        .set("redactions", scalaMap(s.redactions()))
        .set("stage_seconds", scalaMap(s.stageSeconds()))
        .set("n_texts_failed", s.textsFailed())
        .set("code_commit", s.build().commit())
        .set("code_build_time", s.build().buildTime())
        .build();
  }

  private static <V> scala.collection.Map<String, V> scalaMap(Map<String, V> map) {
    return CollectionConverters.asScala(new TreeMap<>(map));
  }
}
