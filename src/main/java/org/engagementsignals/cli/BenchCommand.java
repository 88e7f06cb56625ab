package org.engagementsignals.cli;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.engagementsignals.bench.CommentGenerator;
import org.engagementsignals.config.NlpSettings;
import org.engagementsignals.config.Settings;
import org.engagementsignals.config.SparkSettings;
import org.engagementsignals.ingest.TextNormalizer;
import org.engagementsignals.nlp.Annotate;
import org.engagementsignals.nlp.CoreNlpPipelines;
import org.engagementsignals.pipeline.Sessions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Annotation throughput on the same sentences: (a) plain CoreNLP with the job's exact annotators and",
      "options in T threads sharing one pipeline, (b) the job's annotation stage on Spark local[T]. Both run",
      "warm (after one untimed pass) on one loaded pipeline, so model loading is counted once for both.",
      "Ends with: bench: plain=<sent/s> spark=<sent/s> ratio=<spark/plain>"
    })
final class BenchCommand implements Callable<Integer> {

  @Option(names = "--comments", defaultValue = "2000", description = "Generated comments (default: ${DEFAULT-VALUE}).")
  int comments;

  @Option(names = "--threads", defaultValue = "2", description = "Threads and Spark local[T] (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--input", paramLabel = "FILE", description = "Comments from a CSV with a 'text' column instead of the generator.")
  Path input;

  @Option(names = "--seed", defaultValue = "2026", description = "Generator seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @CommandLine.Mixin SettingsOptions settingsOptions;

  @Override
  public Integer call() throws Exception {
    Settings settings = settingsOptions.load();
    NlpSettings nlp = settings.nlp();
    List<String> texts = texts(settings);
    PrintStream out = System.out;
    long loadStart = System.nanoTime();
    StanfordCoreNLP pipeline = CoreNlpPipelines.getOrCreate(nlp);
    out.printf("bench: %d comments, %d threads, chain %s; pipeline loaded in %.1f s%n", texts.size(), threads, nlp.fingerprintSource(), (System.nanoTime() - loadStart) / 1e9);

    plain(pipeline, texts);
    long start = System.nanoTime();
    int sentences = plain(pipeline, texts);
    double plainRate = sentences / ((System.nanoTime() - start) / 1e9);
    out.printf("plain CoreNLP, %d threads: %d sentences, %.1f sentences/s%n", threads, sentences, plainRate);

    SparkSession spark = Sessions.create(new SparkSettings("local[" + threads + "]", "engagement-signals-bench", 4, false), true);
    try {
      StructType schema = new StructType().add("text_hash", DataTypes.StringType).add("text", DataTypes.StringType);
      List<Row> rows = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        rows.add(RowFactory.create(Integer.toString(i), texts.get(i)));
      }
      Dataset<Row> records = spark.createDataFrame(rows, schema);
      records.cache().count();
      PrintStream quiet = new PrintStream(PrintStream.nullOutputStream());
      start = System.nanoTime();
      Annotate.Result result = Annotate.run(spark, records, nlp, null, quiet);
      long sparkSentences = result.texts().selectExpr("size(sentences)").as(Encoders.INT()).reduce((org.apache.spark.api.java.function.ReduceFunction<Integer>) Integer::sum);
      double sparkSeconds = (System.nanoTime() - start) / 1e9;
      double sparkRate = sparkSentences / sparkSeconds;
      out.printf("job annotation stage, Spark local[%d]: %d sentences, %.1f sentences/s%n", threads, sparkSentences, sparkRate);
      out.printf("peak heap %.0f MiB (max %.0f MiB)%n", peakHeapMiB(), Runtime.getRuntime().maxMemory() / 1048576.0);
      out.printf("bench: plain=%.1f spark=%.1f ratio=%.3f%n", plainRate, sparkRate, sparkRate / plainRate);
    } finally {
      spark.stop();
    }
    return SignalsCli.OK;
  }

  private List<String> texts(Settings settings) throws Exception {
    List<String> raw = new ArrayList<>();
    if (input != null) {
      try (var reader = Files.newBufferedReader(input)) {
        for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
          raw.add(r.get("text"));
        }
      }
      return raw.stream().map(TextNormalizer::normalize).filter(t -> !t.isEmpty()).limit(comments).toList();
    }
    Path samples = SettingsOptions.projectFile("data-samples/survey/2026-10/part-1-engineering-sales.csv");
    for (Path p : List.of(samples, samples.resolveSibling("more/part-2-ops-people-finance.csv"))) {
      try (var reader = Files.newBufferedReader(p)) {
        for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
          raw.add(r.get("text"));
        }
      }
    }
    return CommentGenerator.generate(CommentGenerator.sentences(raw), comments, seed);
  }

  private int plain(StanfordCoreNLP pipeline, List<String> texts) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicInteger next = new AtomicInteger();
    AtomicInteger sentences = new AtomicInteger();
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(
            pool.submit(
                () -> {
                  int i;
                  while ((i = next.getAndIncrement()) < texts.size()) {
                    Annotation a = new Annotation(texts.get(i));
                    pipeline.annotate(a);
                    sentences.addAndGet(a.get(CoreAnnotations.SentencesAnnotation.class).size());
                  }
                }));
      }
      for (Future<?> w : workers) {
        w.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return sentences.get();
  }

  private static double peakHeapMiB() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / 1048576.0;
  }
}
