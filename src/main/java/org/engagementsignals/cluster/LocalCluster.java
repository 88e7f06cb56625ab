package org.engagementsignals.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Spark standalone master and its workers on loopback, started from Spark's jars (no Spark
 * distribution needed), every port chosen by the system. Stopping it stops the workers' executors
 * too.
 */
final class LocalCluster implements AutoCloseable {
  private static final Pattern MASTER_URL =
      Pattern.compile("Starting Spark master at (spark://\\S+)");
  private static final Pattern MASTER_UI =
      Pattern.compile("Successfully started service 'MasterUI' on port (\\d+)");
  private static final String DAEMON_HEAP = "-Xmx256m";

  /** A worker process and the folder its executors run in. */
  record Worker(Process process, Path workDir, Path log) {}

  private final String masterUrl;
  private final URI masterUi;
  private final Process master;
  private final List<Worker> workers;

  private LocalCluster(String masterUrl, URI masterUi, Process master, List<Worker> workers) {
    this.masterUrl = masterUrl;
    this.masterUi = masterUi;
    this.master = master;
    this.workers = workers;
  }

  /**
   * Starts a master and {@code workerCount} workers, each offering {@code cores} cores and {@code
   * memory}, and waits until all workers are alive.
   *
   * @param env the environment of every process: SPARK_HOME, SPARK_SCALA_VERSION, SPARK_LOCAL_IP
   */
  static LocalCluster start(
      ChildProcesses processes,
      Path sparkHome,
      Map<String, String> env,
      Path dir,
      int workerCount,
      int cores,
      String memory,
      Duration timeout)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    Files.createDirectories(dir);
    String classPath = sparkHome.resolve("jars").toString() + "/*";
    Path masterLog = dir.resolve("master.log");
    Process master =
        processes.start(
            List.of(
                java(),
                DAEMON_HEAP,
                // Its REST submission server would take fixed port 6066 and is not needed.
                "-Dspark.master.rest.enabled=false",
                "-cp",
                classPath,
                "org.apache.spark.deploy.master.Master",
                "--host",
                "127.0.0.1",
                "--port",
                "0",
                "--webui-port",
                "0"),
            env,
            dir,
            masterLog);
    String url = awaitLogLine(master, masterLog, MASTER_URL, deadline);
    URI ui = URI.create("http://127.0.0.1:" + awaitLogLine(master, masterLog, MASTER_UI, deadline));
    List<Worker> workers = new ArrayList<>();
    for (int i = 1; i <= workerCount; i++) {
      Path workDir = Files.createDirectories(dir.resolve("worker-" + i));
      Path log = dir.resolve("worker-" + i + ".log");
      Process worker =
          processes.start(
              List.of(
                  java(),
                  DAEMON_HEAP,
                  "-cp",
                  classPath,
                  "org.apache.spark.deploy.worker.Worker",
                  url,
                  "--host",
                  "127.0.0.1",
                  "--port",
                  "0",
                  "--webui-port",
                  "0",
                  "--cores",
                  Integer.toString(cores),
                  "--memory",
                  memory,
                  "--work-dir",
                  workDir.toString()),
              env,
              dir,
              log);
      workers.add(new Worker(worker, workDir, log));
    }
    LocalCluster cluster = new LocalCluster(url, ui, master, workers);
    cluster.awaitAliveWorkers(workerCount, deadline);
    return cluster;
  }

  String masterUrl() {
    return masterUrl;
  }

  List<Worker> workers() {
    return workers;
  }

  /** The folders the workers made for applications' executors so far. */
  List<Path> appDirs() throws IOException {
    List<Path> apps = new ArrayList<>();
    for (Worker worker : workers) {
      try (Stream<Path> dirs = Files.list(worker.workDir())) {
        dirs.filter(d -> d.getFileName().toString().startsWith("app-")).forEach(apps::add);
      }
    }
    return apps;
  }

  /** The process of executor {@code executorId} of application {@code appId}, if it runs. */
  Optional<ProcessHandle> executor(String appId, String executorId) {
    return workers.stream()
        .flatMap(w -> w.process().descendants())
        .filter(
            p -> {
              List<String> args = List.of(p.info().arguments().orElse(new String[0]));
              int app = args.indexOf("--app-id");
              int id = args.indexOf("--executor-id");
              return app >= 0
                  && id >= 0
                  && args.get(app + 1).equals(appId)
                  && args.get(id + 1).equals(executorId);
            })
        .findFirst();
  }

  private void awaitAliveWorkers(int expected, long deadline)
      throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    ObjectMapper json = new ObjectMapper();
    int alive = 0;
    while (System.nanoTime() < deadline) {
      for (Worker worker : workers) {
        if (!worker.process().isAlive()) {
          throw new IllegalStateException("a worker exited at start: see " + worker.log());
        }
      }
      try {
        String body =
            http.send(
                    HttpRequest.newBuilder(masterUi.resolve("/json/")).GET().build(),
                    HttpResponse.BodyHandlers.ofString())
                .body();
        JsonNode status = json.readTree(body);
        alive = status.path("aliveworkers").asInt();
        if (alive >= expected) {
          return;
        }
      } catch (IOException e) {
        // the web UI is not up yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(
        "only " + alive + " of " + expected + " workers registered with the master in time");
  }

  /** Waits for a line of {@code process}'s log that {@code pattern} matches; its first group. */
  private static String awaitLogLine(Process process, Path log, Pattern pattern, long deadline)
      throws IOException, InterruptedException {
    while (System.nanoTime() < deadline) {
      if (Files.exists(log)) {
        Matcher m = pattern.matcher(Files.readString(log));
        if (m.find()) {
          return m.group(1);
        }
      }
      if (!process.isAlive()) {
        throw new IllegalStateException("the Spark master exited at start: see " + log);
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("the Spark master did not start in time: see " + log);
  }

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** Stops the workers (and so their executors), then the master. */
  @Override
  public void close() {
    for (Worker worker : workers) {
      ChildProcesses.stop(worker.process());
    }
    ChildProcesses.stop(master);
  }
}
