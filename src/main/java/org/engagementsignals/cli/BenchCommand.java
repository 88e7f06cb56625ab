package org.engagementsignals.cli;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.engagementsignals.bench.CommentGenerator;
import org.engagementsignals.config.NlpSettings;
import org.engagementsignals.config.SparkSettings;
import org.engagementsignals.contract.Sha256;
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
      "options in T threads sharing one pipeline, (b) the job's annotation stage on Spark local[T]. Both use",
      "one loaded pipeline and get the same warm-up passes; then timed rounds alternate them and the medians",
      "are reported, each pass with its cores busy (annotating threads, and the rest: JIT, GC, Spark).",
      "Ends with: bench: plain=<sent/s> spark=<sent/s> ratio=<spark/plain>"
    })
final class BenchCommand implements Callable<Integer> {

  private static final String PLAIN_WORKER = "bench-plain-";

  @Option(names = "--comments", defaultValue = "2000", description = "Generated comments (default: ${DEFAULT-VALUE}).")
  int comments;

  @Option(
      names = "--threads",
      split = ",",
      defaultValue = "2",
      paramLabel = "T[,T...]",
      description = "Threads and Spark local[T]; several (e.g. 1,2) are measured in the same rounds and their scaling is printed (default: ${DEFAULT-VALUE}).")
  List<Integer> threads;

  @Option(names = "--input", paramLabel = "FILE", description = "Comments from a CSV with a 'text' column instead of the generator.")
  Path input;

  @Option(names = "--seed", defaultValue = "2026", description = "Generator seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--warmup", defaultValue = "2", description = "Untimed passes of each before the rounds (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--rounds", defaultValue = "3", description = "Timed rounds of each, alternating; medians are reported (default: ${DEFAULT-VALUE}).")
  int rounds;

  @CommandLine.Mixin SettingsOptions settingsOptions;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    OptionChecks.requireAtLeast(spec, "--comments", comments, 1);
    for (int t : threads) {
      OptionChecks.requireAtLeast(spec, "--threads", t, 1);
    }
    OptionChecks.requireAtLeast(spec, "--warmup", warmup, 0);
    OptionChecks.requireAtLeast(spec, "--rounds", rounds, 1);
    List<Integer> threadCounts = threads.stream().distinct().sorted().toList();
    int most = threadCounts.get(threadCounts.size() - 1);
    NlpSettings nlp = settingsOptions.load().nlp();
    List<String> texts = texts();
    PrintStream out = System.out;
    long loadStart = System.nanoTime();
    StanfordCoreNLP pipeline = CoreNlpPipelines.getOrCreate(nlp);
    out.printf(
        "bench: %d comments, threads %s, chain %s; pipeline loaded in %.1f s%n",
        texts.size(), threadCounts, nlp.fingerprintSource(), (System.nanoTime() - loadStart) / 1e9);

    // One pool per thread count for every plain pass, so that its threads' CPU time can be read after a pass.
    AtomicInteger workerNumber = new AtomicInteger();
    Map<Integer, ExecutorService> pools = new TreeMap<>();
    for (int t : threadCounts) {
      pools.put(t, Executors.newFixedThreadPool(t, r -> new Thread(r, PLAIN_WORKER + workerNumber.incrementAndGet())));
    }
    try (SparkStages stages = new SparkStages(texts, nlp)) {
      // The JIT compiles for two passes or more (docs/performance.md): both get the same warm-up, at the most
      // threads (JIT state is the JVM's, whatever the thread count).
      stages.prepare(most);
      for (int pass = 1; pass <= warmup; pass++) {
        Pass plainPass = timed(() -> plain(pools.get(most), most, pipeline, texts));
        Pass sparkPass = timed(stages::run);
        out.printf("warm-up %d: plain %s | job stage %s%n", pass, plainPass, sparkPass);
      }
      // Alternate the two in the same JVM state, so drift and JIT changes hit both alike; report medians.
      TreeMap<Integer, List<Pass>> plainPasses = new TreeMap<>();
      TreeMap<Integer, List<Pass>> sparkPasses = new TreeMap<>();
      for (int round = 1; round <= rounds; round++) {
        for (int t : threadCounts) {
          stages.prepare(t);
          Pass plainPass = timed(() -> plain(pools.get(t), t, pipeline, texts));
          Pass sparkPass = timed(stages::run);
          plainPasses.computeIfAbsent(t, k -> new ArrayList<>()).add(plainPass);
          sparkPasses.computeIfAbsent(t, k -> new ArrayList<>()).add(sparkPass);
          out.printf("round %d: plain CoreNLP %d threads %s | job stage local[%d] %s%n", round, t, plainPass, t, sparkPass);
        }
      }
      report(out, plainPasses, sparkPasses);
    } finally {
      pools.values().forEach(ExecutorService::shutdownNow);
    }
    return SignalsCli.OK;
  }

  /**
   * Medians per thread count, the scaling from the fewest threads to the most, and the summary line for the
   * most threads.
   */
  private static void report(
      PrintStream out, TreeMap<Integer, List<Pass>> plainPasses, TreeMap<Integer, List<Pass>> sparkPasses) {
    out.printf("peak heap %.0f MiB (max %.0f MiB)%n", peakHeapMiB(), Runtime.getRuntime().maxMemory() / 1048576.0);
    for (int t : plainPasses.keySet()) {
      // Each round's two passes ran minutes apart at most, so their ratio is the least touched by drift.
      StringBuilder perRound = new StringBuilder();
      for (int r = 0; r < plainPasses.get(t).size(); r++) {
        perRound.append(String.format(Locale.ROOT, " %.3f", sparkPasses.get(t).get(r).rate() / plainPasses.get(t).get(r).rate()));
      }
      out.printf(
          "threads=%d: plain=%.1f spark=%.1f ratio=%.3f (each round:%s)%n",
          t, median(plainPasses.get(t)), median(sparkPasses.get(t)), median(sparkPasses.get(t)) / median(plainPasses.get(t)),
          perRound);
    }
    int fewest = plainPasses.firstKey();
    int most = plainPasses.lastKey();
    if (fewest != most) {
      out.printf(
          "scaling %d -> %d threads: plain %.2fx, spark %.2fx%n",
          fewest, most, median(plainPasses.get(most)) / median(plainPasses.get(fewest)),
          median(sparkPasses.get(most)) / median(sparkPasses.get(fewest)));
    }
    double plainRate = median(plainPasses.get(most));
    double sparkRate = median(sparkPasses.get(most));
    out.printf("bench: plain=%.1f spark=%.1f ratio=%.3f%n", plainRate, sparkRate, sparkRate / plainRate);
  }

  /**
   * The job's annotation stage on Spark local[T]. A JVM runs one SparkContext at a time, so changing T
   * stops the session and starts another (untimed, in {@link #prepare}), with the texts cached in it.
   */
  private static final class SparkStages implements AutoCloseable {
    private final List<String> texts;
    private final NlpSettings nlp;
    private SparkSession spark;
    private int threads;
    private Dataset<Row> records;

    SparkStages(List<String> texts, NlpSettings nlp) {
      this.texts = texts;
      this.nlp = nlp;
    }

    void prepare(int t) {
      if (spark != null && threads == t) {
        return;
      }
      close();
      spark = Sessions.create(new SparkSettings("local[" + t + "]", "engagement-signals-bench", 4, false), true);
      threads = t;
      StructType schema = new StructType().add("text_hash", DataTypes.StringType).add("text", DataTypes.StringType);
      List<Row> rows = texts.stream().map(text -> RowFactory.create(Sha256.hex(text), text)).toList();
      records = spark.createDataFrame(rows, schema);
      records.cache().count();
    }

    /** One pass over the texts on the prepared session, fully materialised; returns the sentences it produced. */
    long run() {
      Annotate.Result result =
          Annotate.run(spark, records, texts.size(), nlp, null, new PrintStream(PrintStream.nullOutputStream()));
      result.texts().unpersist();
      return result.sentencesAnnotated();
    }

    @Override
    public void close() {
      if (spark != null) {
        spark.stop();
        spark = null;
      }
    }
  }

  private List<String> texts() throws Exception {
    if (input != null) {
      return SampleExports.read(input).stream()
          .map(r -> TextNormalizer.normalize(r.get("text")))
          .filter(t -> !t.isEmpty())
          .limit(comments)
          .toList();
    }
    List<String> samples = SampleExports.samples().stream().map(r -> r.get("text")).toList();
    return CommentGenerator.generate(CommentGenerator.sentences(samples), comments, seed);
  }

  /**
   * One timed pass: sentences annotated, wall seconds, and CPU seconds of the annotating threads and of the
   * whole JVM (the difference is the JIT compiler, the garbage collector and Spark's own threads); with the
   * seconds the JIT spent compiling and the garbage collector's pauses.
   */
  private record Pass(
      long sentences, double seconds, double workerCpuSeconds, double processCpuSeconds, double jitSeconds,
      double gcSeconds) {
    double rate() {
      return sentences / seconds;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%d sentences, %.1f sentences/s; cores busy %.2f (annotating %.2f, other %.2f); JIT %.1f s, GC %.1f s",
          sentences, rate(), processCpuSeconds / seconds, workerCpuSeconds / seconds,
          (processCpuSeconds - workerCpuSeconds) / seconds, jitSeconds, gcSeconds);
    }
  }

  private interface Work {
    long sentences() throws Exception;
  }

  private static Pass timed(Work work) throws Exception {
    long start = System.nanoTime();
    long jitStart = jitMillis();
    long gcStart = gcMillis();
    long cpuStart = processCpuNanos();
    Map<Long, Long> workersStart = workerCpuNanos();
    long sentences = work.sentences();
    double seconds = (System.nanoTime() - start) / 1e9;
    double processCpu = (processCpuNanos() - cpuStart) / 1e9;
    long workerCpu = 0;
    for (var e : workerCpuNanos().entrySet()) {
      workerCpu += e.getValue() - workersStart.getOrDefault(e.getKey(), 0L);
    }
    return new Pass(
        sentences, seconds, workerCpu / 1e9, processCpu, (jitMillis() - jitStart) / 1e3, (gcMillis() - gcStart) / 1e3);
  }

  /**
   * CPU time of the threads that annotate: this bench's plain workers and Spark's task threads (Spark names
   * them "Executor task launch worker ..." while busy and "Executor task idle worker ..." while idle).
   */
  private static Map<Long, Long> workerCpuNanos() {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    Map<Long, Long> cpu = new HashMap<>();
    for (ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds())) {
      String name = info == null ? "" : info.getThreadName();
      if (name.startsWith(PLAIN_WORKER) || name.startsWith("Executor task ")) {
        cpu.put(info.getThreadId(), mx.getThreadCpuTime(info.getThreadId()));
      }
    }
    return cpu;
  }

  private static double median(List<Pass> passes) {
    double[] rates = passes.stream().mapToDouble(Pass::rate).sorted().toArray();
    int n = rates.length;
    return n % 2 == 1 ? rates[n / 2] : (rates[n / 2 - 1] + rates[n / 2]) / 2;
  }

  /** T threads taking texts from one queue, like a plain multi-threaded CoreNLP program. */
  private static int plain(ExecutorService pool, int threads, StanfordCoreNLP pipeline, List<String> texts)
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
                  pipeline.annotate(a);
                  sentences.addAndGet(a.get(CoreAnnotations.SentencesAnnotation.class).size());
                }
              }));
    }
    // A failed worker throws here; call() shuts the pool down either way.
    for (Future<?> w : workers) {
      w.get();
    }
    return sentences.get();
  }

  /** Time the JIT compiler threads spent compiling, summed over them. */
  private static long jitMillis() {
    return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
  }

  /** Time in garbage collection pauses. */
  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
  }

  /** CPU time of the whole JVM: with the wall time it tells idle cores from slower work. */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
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
