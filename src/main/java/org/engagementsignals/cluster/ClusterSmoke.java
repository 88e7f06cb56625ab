package org.engagementsignals.cluster;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  private static final Pattern TOTAL = Pattern.compile("total ([0-9.]+) s");
  private static final Pattern RETRIED = Pattern.compile("; (\\d+) retried");
  private static final String PIPELINE_LOADED = "CoreNLP pipeline loaded";
  private static final String TASK_FINISHED = "Finished task";

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

  /** A finished run of the job. */
  private record Run(
      String name, Path output, Path events, Path log, Duration wall, String stdout) {
    Optional<Double> jobTotalSeconds() {
      Matcher m = TOTAL.matcher(stdout);
      return m.find() ? Optional.of(Double.parseDouble(m.group(1))) : Optional.empty();
    }

    Optional<Long> retriedInSummary() {
      Matcher m = RETRIED.matcher(stdout);
      return m.find() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }

    String timing() {
      return String.format(
          Locale.ROOT,
          "%.1f s wall, job total %s",
          wall.toMillis() / 1000.0,
          jobTotalSeconds().map(t -> String.format(Locale.ROOT, "%.1f s", t)).orElse("?"));
    }
  }

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

    long start = System.nanoTime();
    Run submitted;
    Run killed = null;
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
      submitted = submit(processes, env, work, cluster.masterUrl(), models);
      if (options.kill()) {
        killed = launchAndKill(processes, env, work, cluster, models);
      }
    }
    Run local = launch(processes, env, work, "local", "local[2]", "-Xmx3g", List.of());

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

  /** The month through spark-submit, as a user submits it, models on each worker's disk. */
  private Run submit(
      ChildProcesses processes, Map<String, String> env, Path work, String master, String models)
      throws IOException, InterruptedException {
    Path output = work.resolve("out-spark-submit");
    Path events = Files.createDirectories(work.resolve("events-spark-submit"));
    List<String> command = new ArrayList<>();
    command.addAll(
        List.of(
            LocalCluster.java(),
            "-Xmx1g",
            "-XX:+UseParallelGC",
            "-cp",
            // As spark-submit --driver-class-path MODELS: the driver checks the models exist.
            env.get("SPARK_HOME") + "/jars/*:" + models,
            "org.apache.spark.deploy.SparkSubmit",
            "--master",
            master,
            "--deploy-mode",
            "client",
            "--class",
            "org.engagementsignals.cli.SignalsCli",
            "--executor-memory",
            options.executorMemory()));
    if (options.shipModels()) {
      command.addAll(List.of("--jars", models.replace(':', ',')));
    } else {
      command.addAll(List.of("--conf", "spark.executor.extraClassPath=" + models));
    }
    command.addAll(sparkConfArguments(events));
    command.addAll(
        List.of(
            options.home().resolve("target").resolve(StandaloneConnection.CLUSTER_JAR).toString(),
            "run"));
    command.addAll(runArguments(output));
    return await(
        "spark-submit",
        processes.start(command, env, options.home(), work.resolve("spark-submit.log")),
        output,
        events,
        work.resolve("spark-submit.log"),
        System.nanoTime());
  }

  private List<String> sparkConfArguments(Path events) {
    List<String> args = new ArrayList<>();
    eventLogConf(events)
        .forEach(
            (k, v) -> {
              args.add("--conf");
              args.add(k + "=" + v);
            });
    args.addAll(
        List.of(
            "--conf",
            "spark.driver.host=127.0.0.1",
            "--conf",
            "spark.driver.bindAddress=127.0.0.1"));
    return args;
  }

  private static Map<String, String> eventLogConf(Path events) {
    Map<String, String> conf = new LinkedHashMap<>();
    conf.put("spark.eventLog.enabled", "true");
    conf.put("spark.eventLog.dir", events.toUri().toString());
    // One plain file: Spark 4 rolls event logs into a folder by default.
    conf.put("spark.eventLog.rolling.enabled", "false");
    conf.put("spark.eventLog.compress", "false");
    return conf;
  }

  private List<String> runArguments(Path output) {
    return List.of(
        "--month",
        options.month(),
        "--input",
        options.input().toAbsolutePath().toString(),
        "--output",
        output.toAbsolutePath().toString());
  }

  /** The month through {@code jobs/signals run --master MASTER}. */
  private Run launch(
      ChildProcesses processes,
      Map<String, String> env,
      Path work,
      String name,
      String master,
      String heap,
      List<String> settings)
      throws IOException, InterruptedException {
    Path output = work.resolve("out-" + name);
    Path events = Files.createDirectories(work.resolve("events-" + name));
    Path log = work.resolve(name + ".log");
    long start = System.nanoTime();
    Process process =
        processes.start(
            launcherCommand(master, output, settings),
            launcherEnv(env, heap, events),
            options.home(),
            log);
    return await(name, process, output, events, log, start);
  }

  private List<String> launcherCommand(String master, Path output, List<String> settings) {
    List<String> command = new ArrayList<>();
    command.add(options.home().resolve("jobs").resolve("signals").toString());
    command.add("run");
    command.addAll(runArguments(output));
    command.add("--master");
    command.add(master);
    command.addAll(settings);
    return command;
  }

  private static Map<String, String> launcherEnv(
      Map<String, String> env, String heap, Path events) {
    Map<String, String> launcherEnv = new LinkedHashMap<>(env);
    // Spark reads spark.* system properties as its settings; the launcher passes these to the JVM.
    launcherEnv.put(
        "SIGNALS_JAVA_OPTS",
        heap
            + " -XX:+UseParallelGC "
            + eventLogConf(events).entrySet().stream()
                .map(e -> "-D" + e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" ")));
    return launcherEnv;
  }

  /**
   * The month through {@code jobs/signals run --master spark://...}; once an executor has loaded
   * CoreNLP and finished an annotation task, it is killed (SIGKILL) while it annotates.
   */
  private Run launchAndKill(
      ChildProcesses processes,
      Map<String, String> env,
      Path work,
      LocalCluster cluster,
      String models)
      throws IOException, InterruptedException {
    String name = "killed-executor";
    Path output = work.resolve("out-" + name);
    Path events = Files.createDirectories(work.resolve("events-" + name));
    Path log = work.resolve(name + ".log");
    List<Path> earlierApps = cluster.appDirs();
    List<String> settings =
        List.of(
            "-Dsignals.cluster.executor-memory=" + options.executorMemory(),
            "-Dsignals.cluster.models=" + (options.shipModels() ? "ship" : models));
    long start = System.nanoTime();
    long deadline = start + options.timeout().toNanos();
    Process process =
        processes.start(
            launcherCommand(cluster.masterUrl(), output, settings),
            launcherEnv(env, "-Xmx1g", events),
            options.home(),
            log);
    boolean done = false;
    while (!done && process.isAlive() && System.nanoTime() < deadline) {
      for (Path app : cluster.appDirs()) {
        if (!done && !earlierApps.contains(app)) {
          done = killIfAnnotating(cluster, app);
        }
      }
      if (!done) {
        process.waitFor(250, TimeUnit.MILLISECONDS);
      }
    }
    check(done, "an executor was killed while it annotated");
    return await(name, process, output, events, log, start);
  }

  /** Kills the first executor of {@code app} that finished a task after loading CoreNLP. */
  private boolean killIfAnnotating(LocalCluster cluster, Path app) throws IOException {
    List<Path> executorDirs;
    try (Stream<Path> dirs = Files.list(app)) {
      executorDirs = dirs.filter(Files::isDirectory).sorted().toList();
    }
    for (Path executorDir : executorDirs) {
      Path stderr = executorDir.resolve("stderr");
      if (!Files.exists(stderr)) {
        continue;
      }
      String log = Files.readString(stderr, StandardCharsets.UTF_8);
      int loaded = log.indexOf(PIPELINE_LOADED);
      if (loaded >= 0 && log.indexOf(TASK_FINISHED, loaded) >= 0) {
        String appId = app.getFileName().toString();
        String executorId = executorDir.getFileName().toString();
        Optional<ProcessHandle> executor = cluster.executor(appId, executorId);
        if (executor.isPresent()) {
          executor.get().destroyForcibly();
          out.printf(
              "cluster-smoke: killed executor %s (pid %d) of %s during annotation%n",
              executorId, executor.get().pid(), appId);
          return true;
        }
      }
    }
    return false;
  }

  private Run await(String name, Process process, Path output, Path events, Path log, long start)
      throws IOException, InterruptedException {
    long left = options.timeout().toNanos() - (System.nanoTime() - start);
    if (!process.waitFor(Math.max(1, left), TimeUnit.NANOSECONDS)) {
      throw new IllegalStateException(
          name + " run did not finish within " + options.timeout() + ": see " + log);
    }
    Duration wall = Duration.ofNanos(System.nanoTime() - start);
    String stdout = Files.readString(log, StandardCharsets.UTF_8);
    if (process.exitValue() != 0) {
      throw new IllegalStateException(
          name + " run failed with exit code " + process.exitValue() + ": see " + log);
    }
    Run run = new Run(name, output, events, log, wall, stdout);
    out.printf("cluster-smoke: %s run finished: %s%n", name, run.timing());
    stdout
        .lines()
        .filter(
            l ->
                l.startsWith("  records") || l.startsWith("  annotated") || l.startsWith("  tasks"))
        .forEach(l -> out.println("  " + l.strip()));
    return run;
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

  private void compare(OutputComparison comparison, Run cluster, Run local) throws IOException {
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
