package org.engagementsignals.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.PrintStream;
import java.io.Serializable;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.engagementsignals.config.NlpSettings;
import org.engagementsignals.config.SparkSettings;
import org.engagementsignals.contract.Sha256;
import org.engagementsignals.nlp.Annotate;
import org.engagementsignals.nlp.AnnotationThreads;
import org.engagementsignals.nlp.CoreNlpPipelines;
import org.engagementsignals.pipeline.Sessions;

/**
 * One thread count of the bench, in a JVM of its own, as a real run has one Spark session per JVM.
 * {@link BenchWorkerProcess} starts it with a {@link Setup} file. It loads the pipeline and starts
 * Spark {@code local[T]}, then answers commands on standard input, one per line, on standard output
 * (logs go to standard error):
 *
 * <ul>
 *   <li>{@code pass}: a pass of plain CoreNLP in T threads, one of the same with every document
 *       handed to the job's annotation threads (the isolation's own cost), then one of the job's
 *       annotation stage;
 *   <li>{@code end}: the peak heap, then exit.
 * </ul>
 */
public final class BenchWorker {

  /** Every reply starts with this, so that anything else on standard output can be told apart. */
  static final String REPLY = "bench-worker ";

  /** What a worker measures: its thread count, the comments of every pass, the CoreNLP chain. */
  record Setup(int threads, List<String> texts, NlpSettings nlp) implements Serializable {
    private static final long serialVersionUID = 1L;

    void write(Path file) throws IOException {
      try (ObjectOutputStream out = new ObjectOutputStream(Files.newOutputStream(file))) {
        out.writeObject(this);
      }
    }

    static Setup read(Path file) throws IOException, ClassNotFoundException {
      try (ObjectInputStream in = new ObjectInputStream(Files.newInputStream(file))) {
        return (Setup) in.readObject();
      }
    }
  }

  private BenchWorker() {}

  /** {@code BenchWorker SETUP-FILE}; exits 0 after {@code end}. */
  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: BenchWorker SETUP-FILE");
    }
    serve(Setup.read(Path.of(args[0])));
  }

  private static void serve(Setup setup) throws Exception {
    int threads = setup.threads();
    List<String> texts = setup.texts();
    NlpSettings nlp = setup.nlp();
    long loadStart = System.nanoTime();
    StanfordCoreNLP pipeline = CoreNlpPipelines.getOrCreate(nlp);
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
    PrintStream out = System.out;
    AtomicInteger workerNumber = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads, r -> new Thread(r, BenchPass.PLAIN_WORKER + workerNumber.incrementAndGet()));
    try (SparkStage stage = new SparkStage(texts, nlp, threads)) {
      reply(out, "ready " + texts.size() + " " + loadSeconds);
      BufferedReader commands =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      String command;
      int passes = 0;
      while ((command = commands.readLine()) != null && command.equals("pass")) {
        // Plain and isolated swap places every pass, so that neither always follows the stage's
        // garbage.
        boolean plainFirst = passes++ % 2 == 0;
        BenchPass plain = null;
        BenchPass isolated = null;
        for (int k = 0; k < 2; k++) {
          if ((k == 0) == plainFirst) {
            plain = BenchPass.timed(() -> plain(pool, threads, pipeline, texts, null));
          } else {
            isolated = BenchPass.timed(() -> plain(pool, threads, pipeline, texts, isolation(nlp)));
          }
        }
        BenchPass spark = BenchPass.timed(stage::run);
        reply(out, "pass " + plain.fields() + " " + isolated.fields() + " " + spark.fields());
      }
      if (!"end".equals(command)) {
        throw new IllegalStateException("bench worker: expected 'pass' or 'end', got " + command);
      }
      reply(out, "end " + peakHeapMiB() + " " + Runtime.getRuntime().maxMemory() / 1048576.0);
    } finally {
      pool.shutdownNow();
    }
  }

  private static void reply(PrintStream out, String message) {
    out.println(REPLY + message);
    out.flush();
  }

  /** The job's annotation threads and time budget. */
  private static Isolation isolation(NlpSettings nlp) {
    return new Isolation(
        AnnotationThreads.getOrCreate(nlp.threadStackBytes()), nlp.textTimeBudgetSeconds() * 1000L);
  }

  private record Isolation(AnnotationThreads threads, long budgetMillis) {}

  /**
   * T threads taking texts from one queue, like a plain multi-threaded CoreNLP program; with an
   * {@code isolation}, each document goes through the job's annotation threads, as in the stage
   * (there 20 short texts make one document, here every text is one: the isolation's cost per text
   * is the most it can be).
   */
  private static int plain(
      ExecutorService pool,
      int threads,
      StanfordCoreNLP pipeline,
      List<String> texts,
      Isolation isolation)
      throws Exception {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger sentences = new AtomicInteger();
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      workers.add(
          pool.submit(
              () -> {
                int i;
                while ((i = next.getAndIncrement()) < texts.size()) {
                  Annotation a = new Annotation(texts.get(i));
                  if (isolation == null) {
                    pipeline.annotate(a);
                  } else {
                    var attempt =
                        isolation
                            .threads()
                            .run(() -> annotate(pipeline, a), isolation.budgetMillis());
                    if (attempt instanceof AnnotationThreads.Failed<?> f) {
                      throw new IllegalStateException("bench text " + i + " failed: " + f);
                    }
                  }
                  sentences.addAndGet(a.get(CoreAnnotations.SentencesAnnotation.class).size());
                }
                return null;
              }));
    }
    // A failed worker throws here; call() shuts the pool down either way.
    for (Future<?> w : workers) {
      w.get();
    }
    return sentences.get();
  }

  private static Annotation annotate(StanfordCoreNLP pipeline, Annotation a) {
    pipeline.annotate(a);
    return a;
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

  /**
   * The job's annotation stage on Spark local[T]. Like the job, it reads its records from files and
   * keeps them persisted: records made from a list in memory would carry their share of the texts
   * inside every task of every pass (a task ships its partition, and a local list's partitions hold
   * the data itself), a cost the job never pays.
   */
  private static final class SparkStage implements AutoCloseable {
    private final SparkSession spark;
    private final Path inputDir;
    private final Dataset<Row> records;
    private final int textCount;
    private final NlpSettings nlp;

    SparkStage(List<String> texts, NlpSettings nlp, int threads) throws IOException {
      this.spark =
          Sessions.create(
              new SparkSettings("local[" + threads + "]", "engagement-signals-bench", 4, false),
              true);
      this.nlp = nlp;
      this.textCount = texts.size();
      this.inputDir = Files.createTempDirectory("signals-bench-");
      StructType schema =
          new StructType().add("text_hash", DataTypes.StringType).add("text", DataTypes.StringType);
      List<Row> rows =
          texts.stream().map(text -> RowFactory.create(Sha256.hex(text), text)).toList();
      String recordsPath = inputDir.resolve("records").toString();
      spark.createDataFrame(rows, schema).write().parquet(recordsPath);
      this.records = spark.read().parquet(recordsPath).persist(StorageLevel.MEMORY_AND_DISK());
      records.count();
    }

    /** One pass over the texts, fully materialised; returns the sentences it produced. */
    long run() {
      Annotate.Result result =
          Annotate.run(
              spark,
              records,
              textCount,
              nlp,
              null,
              new PrintStream(PrintStream.nullOutputStream()));
      result.release();
      return result.sentencesAnnotated();
    }

    @Override
    public void close() throws IOException {
      spark.stop();
      try (Stream<Path> files = Files.walk(inputDir)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
  }
}
