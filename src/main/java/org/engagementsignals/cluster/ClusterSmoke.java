package org.engagementsignals.cluster;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * {@code jobs/cluster-smoke}: the monthly job on a real Spark standalone cluster on this machine,
 * checked against {@code local[2]}. It starts a master and two one-core workers on loopback, runs
 * the month through spark-submit with two executors, runs it again through {@code jobs/signals run
 * --master spark://...} and kills one executor while it annotates, stops the cluster, runs the
 * month on {@code local[2]}, and then checks that
 *
 * <ul>
 *   <li>both executors ran annotation tasks (from Spark's event log);
 *   <li>every output table of both cluster runs equals the local run's by content;
 *   <li>the killed executor's tasks were retried and the run's summary counted them as Spark did.
 * </ul>
 *
 * Every process it starts is stopped by its pid, also on failure. The work folder is removed when
 * the checks pass and kept for its logs when they fail.
 */
public final class ClusterSmoke {
  /** Only for this smoke test's synthetic sample data. */
  static final String TEST_KEY = "cluster-smoke-test-key-not-a-secret";

  /**
   * @param home the project folder: jobs/, conf/, target/ with the jars and class paths
   * @param input the input folder
   * @param month the month to run
   * @param work the work folder, or null for a new temporary one
   * @param executorMemory each executor's heap
   * @param workerMemory the memory each worker offers (at least the executor's)
   * @param shipModels send the model jars to the executors rather than use them in place
   * @param kill kill an executor during annotation in the second cluster run
   * @param timeout for the cluster to start, and for each run
   * @param tolerance relative tolerance for floating-point values
   */
  public record Options(
      Path home,
      Path input,
      String month,
      Path work,
      String executorMemory,
      String workerMemory,
      boolean shipModels,
      boolean kill,
      Duration timeout,
      double tolerance) {}

  private final Options options;
  private final PrintStream out;
  private final List<String> failures = new ArrayList<>();

  private ClusterSmoke(Options options, PrintStream out) {
    this.options = options;
    this.out = out;
  }

  /** Runs the smoke test; true when every check passed. */
  public static boolean run(Options options, PrintStream out)
      throws IOException, InterruptedException {
    return new ClusterSmoke(options, out).run();
  }

  private boolean run() throws IOException, InterruptedException {
    Path work =
        options.work() != null
            ? Files.createDirectories(options.work())
            : Files.createTempDirectory("cluster-smoke-");
    boolean passed = false;
    try (ChildProcesses processes = new ChildProcesses()) {
      passed = runIn(work, processes);
    } finally {
      if (passed && options.work() == null) {
        deleteTree(work);
      } else {
        out.println("cluster-smoke: logs and outputs kept in " + work);
      }
    }
    return passed;
  }

  private boolean runIn(Path work, ChildProcesses processes)
      throws IOException, InterruptedException {
    Path sparkHome = SparkHome.prepare(work.resolve("spark-home"), sparkJars());
    Map<String, String> env = new LinkedHashMap<>();
    env.put("SPARK_HOME", sparkHome.toString());
    env.put("SPARK_SCALA_VERSION", "2.13");
    env.put("SPARK_LOCAL_IP", "127.0.0.1");
    env.put("SIGNALS_PSEUDONYM_KEY", TEST_KEY);
    String models =
        ModelJars.on(ClusterSmoke.class.getClassLoader()).stream()
            .map(Path::toString)
            .collect(Collectors.joining(":"));

    JobRuns runs = new JobRuns(options, processes, env, work, models, out);
    long start = System.nanoTime();
    JobRun submitted;
    JobRun killed = null;
    try (LocalCluster cluster =
        LocalCluster.start(
            processes,
            sparkHome,
            env,
            work.resolve("cluster"),
            2,
            1,
            options.workerMemory(),
            options.timeout())) {
      out.printf(
          Locale.ROOT,
          "cluster-smoke: master %s and 2 workers (1 core, %s each) alive after %.1f s%n",
          cluster.masterUrl(),
          options.workerMemory(),
          (System.nanoTime() - start) / 1e9);
      submitted = runs.submit(cluster.masterUrl());
      if (options.kill()) {
        killed = runs.withExecutorKilled(cluster);
        check(killed.killedExecutor().isPresent(), "an executor was killed while it annotated");
      }
    }
    JobRun local = runs.local();

    EventLog submittedLog = EventLog.readOnlyApplication(submitted.events());
    reportExecutors("spark-submit", submittedLog);
    check(
        submittedLog.annotationByExecutor().size() >= 2,
        "both executors ran annotation tasks in the spark-submit run");
    try (SparkSession spark = comparisonSession()) {
      OutputComparison comparison = new OutputComparison(spark, options.tolerance());
      compare(comparison, submitted, local);
      if (killed != null) {
        EventLog killedLog = EventLog.readOnlyApplication(killed.events());
        reportExecutors("killed-executor", killedLog);
        out.printf(
            Locale.ROOT,
            "  retried tasks: %d in Spark's event log %s, %s in the run's summary%n",
            killedLog.retried(),
            killedLog.retriedByReason(),
            killed.retriedInSummary().map(String::valueOf).orElse("none"));
        check(
            killedLog.retriedByReason().containsKey("ExecutorLostFailure"),
            "a task of the killed executor failed and was retried");
        check(
            killed.retriedInSummary().equals(Optional.of(killedLog.retried())),
            "the run's summary counts the retried tasks as Spark's event log does");
        compare(comparison, killed, local);
      }
    }
    out.printf(
        Locale.ROOT,
        "cluster-smoke: times: spark-submit on 2 executors %s; local[2] %s%s%n",
        submitted.timing(),
        local.timing(),
        killed == null ? "" : "; with an executor killed " + killed.timing());
    if (failures.isEmpty()) {
      out.println("cluster-smoke: PASSED");
      return true;
    }
    out.println("cluster-smoke: FAILED: " + String.join("; ", failures));
    return false;
  }

  private void reportExecutors(String name, EventLog log) {
    out.printf(
        "cluster-smoke: %s run, from Spark's event log: executors %s%s%n",
        name, log.executors(), log.removed().isEmpty() ? "" : ", lost " + log.removed());
    log.annotationByExecutor()
        .forEach(
            (executor, a) ->
                out.printf(
                    Locale.ROOT,
                    "  executor %s: %d annotation tasks, %d sentences%n",
                    executor,
                    a.tasks(),
                    a.sentences()));
  }

  private void compare(OutputComparison comparison, JobRun cluster, JobRun local)
      throws IOException {
    out.printf("cluster-smoke: %s outputs against %s outputs%n", cluster.name(), local.name());
    List<OutputComparison.Table> tables = comparison.compare(cluster.output(), local.output());
    for (OutputComparison.Table table : tables) {
      out.println(table.render(cluster.name(), local.name()));
    }
    check(!tables.isEmpty(), cluster.name() + " wrote tables");
    check(
        tables.stream().allMatch(OutputComparison.Table::equal),
        cluster.name() + " outputs equal the local run's");
  }

  private void check(boolean condition, String what) {
    out.println("  check: " + what + ": " + (condition ? "yes" : "NO"));
    if (!condition) {
      failures.add(what);
    }
  }

  private List<Path> sparkJars() throws IOException {
    Path file = options.home().resolve("target").resolve("spark-classpath.txt");
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          file + " is missing: build with 'mvn -B -DskipTests package'");
    }
    return Stream.of(Files.readString(file).strip().split(java.io.File.pathSeparator))
        .map(Path::of)
        .toList();
  }

  private static SparkSession comparisonSession() {
    return SparkSession.builder()
        .appName("cluster-smoke-comparison")
        .master("local[1]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }
}
