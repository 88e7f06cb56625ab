package org.engagementsignals.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.engagementsignals.testing.SharedSpark;
import org.engagementsignals.testing.SuppressionScanner;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real job, in its own JVM through the CLI's entry point, killed with SIGKILL at points across
 * ingest, annotation, writing and the month's commit (and inside the recovery of a killed commit),
 * each run starting where the last one died; then run once more to the end. Meanwhile a reader
 * polls the output folder. The month must come out equal to an uninterrupted run's, no reader may
 * ever see two runs' tables at once or a committed month that is not complete, and the other month
 * must not change. Tagged {@code faults}: {@code mvn -B -P faults test} (in {@code .ci/run}).
 */
@Tag("faults")
@ExtendWith(SharedSpark.class)
class FaultInjectionTest {
  private static final Path INPUT = Path.of("src/test/resources/FaultInjectionTest");
  private static final String MONTH = "2026-10";
  private static final List<String> TABLES =
      List.of(
          "quarantine",
          "responses",
          "sentences",
          "indicators",
          "topics",
          "say_hear",
          "suppression");

  /** The seed of the random delays, printed with the results: a failure can be replayed. */
  private static final long SEED = Long.getLong("faults.seed", 17L);

  /**
   * Where to kill the job: at a pause point ({@code pauseAt}), or {@code delayMs} after it reached
   * {@code after}, wherever it then is.
   */
  private record Kill(String phase, String pauseAt, String after, long delayMs) {
    static Kill at(String phase, String point) {
      return new Kill(phase, point, null, 0);
    }

    static Kill after(String phase, String point, long delayMs) {
      return new Kill(phase, null, point, delayMs);
    }
  }

  @TempDir Path work;

  @Test
  void aMonthKilledAtAnyPointComesOutAsIfUninterruptedAndNoReaderSeesItHalfDone(SparkSession spark)
      throws Exception {
    Random random = new Random(SEED);
    List<Kill> kills =
        List.of(
            // With a cache of its own, still empty: CoreNLP at work.
            Kill.after("annotate", "annotate.start", 4_000 + random.nextInt(4_000)),
            Kill.after("ingest", "ingest.start", 300 + random.nextInt(1_200)),
            Kill.at("ingest", "ingest.done"),
            Kill.at("annotate", "annotate.done"),
            Kill.at("write", "stage.quarantine"),
            Kill.at("write", "stage.manifest"),
            Kill.at("commit", "commit.recorded"),
            Kill.at("commit", "commit.moved-away.responses"),
            Kill.at("commit", "recover.moved-in.sentences"),
            Kill.at("commit", "commit.moved-in.indicators"));
    Path input = work.resolve("input");
    copyTree(INPUT, input);
    Path out = work.resolve("out");
    Path cache = work.resolve("cache");

    // The uninterrupted run: every later state of the month must hold exactly its rows.
    assertThat(runToTheEnd(input, out, cache, MONTH)).isZero();
    Map<String, List<String>> uninterrupted = new TreeMap<>();
    Map<String, Long> rows = new TreeMap<>();
    for (String table : TABLES) {
      uninterrupted.put(table, sortedJson(spark, out, table));
      rows.put(table, (long) uninterrupted.get(table).size());
    }
    Map<String, Object> manifest = manifestCounts(spark, out);
    // Another month, committed, that no run or recovery may touch: a copy of this one as July.
    copyMonth(out, MONTH, "2026-07");
    Map<String, String> july = listing(out, "2026-07");

    MonthReader reader = new MonthReader(out, MONTH, TABLES, rows, july);
    Thread polling = new Thread(reader, "month-reader");
    polling.start();
    List<String> log = new ArrayList<>();
    try {
      for (int i = 0; i < kills.size(); i++) {
        Kill kill = kills.get(i);
        Path marks = work.resolve("marks-" + i);
        long started = System.nanoTime();
        Path cacheOfRun = i == 0 ? work.resolve("cache-cold") : cache;
        Process job = start(input, out, cacheOfRun, MONTH, marks, kill.pauseAt(), "kill-" + i);
        String point =
            kill.pauseAt() != null ? kill.pauseAt() + ".paused" : kill.after() + ".reached";
        awaitFile(job, marks.resolve(point), work.resolve("kill-" + i + ".log"));
        if (kill.delayMs() > 0) {
          Thread.sleep(kill.delayMs());
        }
        job.destroyForcibly(); // SIGKILL on Linux
        assertThat(job.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(job.exitValue()).as("exit code of a SIGKILLed JVM").isEqualTo(137);
        String last = kill.pauseAt() != null ? kill.pauseAt() : lastReached(marks);
        log.add(
            String.format(
                "kill %2d  %-8s %-34s last point reached: %-30s after %5.1f s",
                i + 1,
                kill.phase(),
                kill.pauseAt() != null
                    ? kill.pauseAt()
                    : kill.after() + " + " + kill.delayMs() + " ms",
                last,
                (System.nanoTime() - started) / 1e9));
        assertThat(phaseOf(last)).as("where kill %d landed", i + 1).isEqualTo(kill.phase());
      }
      assertThat(runToTheEnd(input, out, cache, MONTH)).isZero();
    } finally {
      reader.stop();
      polling.join();
      log.forEach(System.out::println);
      System.out.println("faults: seed " + SEED + ", reader " + reader.summary());
    }

    assertThat(reader.violations()).isEmpty();
    assertThat(reader.committedViews()).as("the reader saw committed months").isPositive();
    // The month run again after all that gives the same rows: nothing lost, nothing doubled.
    for (String table : TABLES) {
      assertThat(sortedJson(spark, out, table)).as(table).isEqualTo(uninterrupted.get(table));
    }
    assertThat(manifestCounts(spark, out)).isEqualTo(manifest);
    assertThat(listing(out, "2026-07")).as("the other month").isEqualTo(july);
    assertThat(out.resolve("_staging")).doesNotExist();
    assertThat(Files.readString(out.resolve("_commits/" + MONTH + ".json"))).contains("committed");
    assertThat(SuppressionScanner.scan(spark, out, MONTH, 5)).isEmpty();
  }

  private int runToTheEnd(Path input, Path out, Path cache, String month) throws Exception {
    String name = out.getFileName() + "-" + month;
    Process job = start(input, out, cache, month, null, null, name);
    if (!job.waitFor(10, TimeUnit.MINUTES)) {
      job.destroyForcibly();
      throw new AssertionError("the run " + name + " did not finish in 10 minutes");
    }
    if (job.exitValue() != 0) {
      System.out.println(Files.readString(work.resolve(name + ".log")));
    }
    return job.exitValue();
  }

  /** The job's CLI in a JVM of its own, as {@code jobs/signals run} starts it. */
  private Process start(
      Path input, Path out, Path cache, String month, Path marks, String pauseAt, String name)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx2g");
    command.add("-XX:+UseParallelGC");
    // Short runs on little data: the quick compiler alone saves JIT time and changes no result.
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-Dlog4j2.configurationFile=" + Path.of("conf/log4j2.properties").toAbsolutePath());
    if (marks != null) {
      command.add("-Dengagement-signals.pause-dir=" + marks);
      command.add("-Dengagement-signals.pause-at=" + (pauseAt == null ? "" : pauseAt));
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("org.engagementsignals.cli.SignalsCli");
    command.addAll(
        List.of(
            "run",
            "--month",
            month,
            "--input",
            input.toString(),
            "--output",
            out.toString(),
            "--master",
            "local[2]",
            "-Dsignals.nlp.cache-dir=" + cache,
            "-Dsignals.spark.shuffle-partitions=2",
            "-Dsignals.nlp.progress-interval-seconds=60"));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("SIGNALS_PSEUDONYM_KEY", "fault-test-key-not-a-secret");
    builder.redirectErrorStream(true);
    builder.redirectOutput(work.resolve(name + ".log").toFile());
    return builder.start();
  }

  private static void awaitFile(Process job, Path file, Path log) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (!Files.exists(file)) {
      if (!job.isAlive() || System.nanoTime() > deadline) {
        job.destroyForcibly();
        throw new AssertionError(
            "the job never reached " + file.getFileName() + "; its log:\n" + Files.readString(log));
      }
      Thread.sleep(20);
    }
  }

  /** The last point a killed run reached, by the order in which the job reaches them. */
  private static String lastReached(Path marks) throws IOException {
    String last = "none";
    if (Files.isDirectory(marks)) {
      try (Stream<Path> files = Files.list(marks)) {
        for (Path p : files.filter(f -> f.toString().endsWith(".reached")).toList()) {
          String point = p.getFileName().toString().replace(".reached", "");
          if (last.equals("none")
              || rank(point) > rank(last)
              || rank(point) == rank(last)
                  && Files.getLastModifiedTime(p)
                          .compareTo(Files.getLastModifiedTime(marks.resolve(last + ".reached")))
                      > 0) {
            last = point;
          }
        }
      }
    }
    return last;
  }

  private static final List<String> ORDER =
      List.of(
          "recover.moved-away",
          "recover.moved-in",
          "recover.manifest",
          "recover.committed",
          "recover.cleaned",
          "ingest.start",
          "ingest.done",
          "annotate.start",
          "annotate.done",
          "stage.",
          "stage.manifest",
          "commit.recorded",
          "commit.moved-away",
          "commit.moved-in",
          "commit.manifest",
          "commit.committed",
          "commit.cleaned");

  private static int rank(String point) {
    int rank = -1;
    for (int i = 0; i < ORDER.size(); i++) {
      if (point.startsWith(ORDER.get(i))) {
        rank = i;
      }
    }
    return rank;
  }

  /** The phase a run was in when the last point it reached was {@code point}. */
  private static String phaseOf(String point) {
    if (point.startsWith("ingest.")) {
      return "ingest";
    }
    if (point.startsWith("annotate.")) {
      return "annotate";
    }
    if (point.startsWith("stage.")) {
      return "write";
    }
    return point.startsWith("commit.") || point.startsWith("recover.") ? "commit" : point;
  }

  private static org.apache.spark.sql.Dataset<Row> month(
      SparkSession spark, Path root, String table) {
    return spark
        .read()
        .parquet(root.resolve(table).toString())
        .filter(col("period").equalTo(MONTH));
  }

  private static List<String> sortedJson(SparkSession spark, Path root, String table) {
    List<String> rows = new ArrayList<>(month(spark, root, table).toJSON().collectAsList());
    rows.sort(String::compareTo);
    return rows;
  }

  /** The last manifest of the month, without what differs between runs by design. */
  private static Map<String, Object> manifestCounts(SparkSession spark, Path root) {
    Row last =
        spark
            .read()
            .parquet(root.resolve("runs").toString())
            .filter(col("period").equalTo(MONTH))
            .orderBy(col("finished_at").desc())
            .first();
    Map<String, Object> counts = new LinkedHashMap<>();
    for (String c :
        List.of(
            "code_version",
            "nlp_chain",
            "config_fingerprint",
            "n_read",
            "n_valid",
            "n_quarantined",
            "n_other_period",
            "n_sentences",
            "n_texts")) {
      counts.put(c, last.getAs(c));
    }
    return counts;
  }

  /** Every file of one month (all tables) with its size, and the month's commit record. */
  private static Map<String, String> listing(Path root, String period) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p :
          all.filter(Files::isRegularFile)
              .filter(
                  p ->
                      p.toString().contains("period=" + period)
                          || p.toString().endsWith("_commits/" + period + ".json"))
              .toList()) {
        files.put(
            root.relativize(p).toString(),
            Files.size(p) + ":" + java.util.Arrays.hashCode(Files.readAllBytes(p)));
      }
    }
    return files;
  }

  /** Copies every table's month and its commit record to another month. */
  private static void copyMonth(Path root, String from, String to) throws IOException {
    for (String table : TABLES) {
      copyTree(root.resolve(table + "/period=" + from), root.resolve(table + "/period=" + to));
    }
    Files.writeString(
        root.resolve("_commits/" + to + ".json"),
        Files.readString(root.resolve("_commits/" + from + ".json")).replace(from, to));
    Files.deleteIfExists(root.resolve("_commits/." + to + ".json.crc"));
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
