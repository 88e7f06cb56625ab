package org.engagementsignals.cluster;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The smoke test's runs of the monthly job, each in a process of its own with its output, its log
 * and Spark's event log in a folder of the work folder: through spark-submit, through {@code
 * jobs/signals run --master spark://...} with an executor killed, and on {@code local[2]}.
 */
final class JobRuns {
  private static final String PIPELINE_LOADED = "CoreNLP pipeline loaded";
  private static final String TASK_FINISHED = "Finished task";

  private final ClusterSmoke.Options options;
  private final ChildProcesses processes;
  private final Map<String, String> env;
  private final Path work;
  private final String models;
  private final PrintStream out;

  /**
   * @param env the environment of every run: Spark's home and local address, the pseudonym key
   * @param models CoreNLP's model jars, as a class path
   */
  JobRuns(
      ClusterSmoke.Options options,
      ChildProcesses processes,
      Map<String, String> env,
      Path work,
      String models,
      PrintStream out) {
    this.options = options;
    this.processes = processes;
    this.env = env;
    this.work = work;
    this.models = models;
    this.out = out;
  }

  /** The month through spark-submit, as a user submits it, models on each worker's disk. */
  JobRun submit(String master) throws IOException, InterruptedException {
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
        System.nanoTime(),
        Optional.empty());
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

  /** The month through {@code jobs/signals run --master local[2]}, the reference. */
  JobRun local() throws IOException, InterruptedException {
    String name = "local";
    String master = "local[2]";
    Path output = work.resolve("out-" + name);
    Path events = Files.createDirectories(work.resolve("events-" + name));
    Path log = work.resolve(name + ".log");
    long start = System.nanoTime();
    Process process =
        processes.start(
            launcherCommand(master, output, List.of()),
            launcherEnv("-Xmx3g", events),
            options.home(),
            log);
    return await(name, process, output, events, log, start, Optional.empty());
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

  private Map<String, String> launcherEnv(String heap, Path events) {
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
  JobRun withExecutorKilled(LocalCluster cluster) throws IOException, InterruptedException {
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
            launcherEnv("-Xmx1g", events),
            options.home(),
            log);
    Optional<String> killed = Optional.empty();
    while (killed.isEmpty() && process.isAlive() && System.nanoTime() < deadline) {
      for (Path app : cluster.appDirs()) {
        if (killed.isEmpty() && !earlierApps.contains(app)) {
          killed = killIfAnnotating(cluster, app);
        }
      }
      if (killed.isEmpty()) {
        process.waitFor(250, TimeUnit.MILLISECONDS);
      }
    }
    return await(name, process, output, events, log, start, killed);
  }

  /** Kills the first executor of {@code app} that finished a task after loading CoreNLP. */
  private Optional<String> killIfAnnotating(LocalCluster cluster, Path app) throws IOException {
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
          return Optional.of(executorId);
        }
      }
    }
    return Optional.empty();
  }

  private JobRun await(
      String name,
      Process process,
      Path output,
      Path events,
      Path log,
      long start,
      Optional<String> killed)
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
    JobRun run = new JobRun(name, output, events, log, wall, stdout, killed);
    out.printf("cluster-smoke: %s run finished: %s%n", name, run.timing());
    stdout
        .lines()
        .filter(
            l ->
                l.startsWith("  records") || l.startsWith("  annotated") || l.startsWith("  tasks"))
        .forEach(l -> out.println("  " + l.strip()));
    return run;
  }
}
