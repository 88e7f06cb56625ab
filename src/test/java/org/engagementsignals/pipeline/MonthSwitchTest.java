package org.engagementsignals.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The month switch and its recovery on the local file system, with crashes simulated by leaving the
 * folders as a crash at each step would. The real job killed with SIGKILL is {@code
 * FaultInjectionTest}.
 */
class MonthSwitchTest {
  private static final List<String> TABLES = List.of("responses", "sentences", "indicators");

  @TempDir Path root;
  private FileSystem fs;
  private MonthSwitch monthSwitch;

  @BeforeEach
  void localFileSystem() throws IOException {
    fs = FileSystem.getLocal(new Configuration());
    monthSwitch = new MonthSwitch(fs, new org.apache.hadoop.fs.Path(root.toString()));
  }

  @Test
  void aFirstRunMovesEveryTableAndTheManifestInAndCommits() throws IOException {
    stage("run-1", "2026-10");
    monthSwitch.commit("2026-10", "run-1", TABLES);

    assertThat(runsIn("2026-10"))
        .isEqualTo(Map.of("indicators", "run-1", "responses", "run-1", "sentences", "run-1"));
    assertThat(root.resolve("runs/run_id=run-1/part-00000-run-1.parquet")).exists();
    assertThat(record("2026-10")).contains("\"run_id\" : \"run-1\"", "\"state\" : \"committed\"");
    assertThat(root.resolve("_staging")).doesNotExist();
  }

  @Test
  void aRerunReplacesItsMonthAndLeavesOtherMonthsAlone() throws IOException {
    stage("run-9", "2026-09");
    monthSwitch.commit("2026-09", "run-9", TABLES);
    stage("run-1", "2026-10");
    monthSwitch.commit("2026-10", "run-1", TABLES);
    stage("run-2", "2026-10");
    monthSwitch.commit("2026-10", "run-2", TABLES);

    assertThat(runsIn("2026-10"))
        .containsOnly(
            Map.entry("indicators", "run-2"),
            Map.entry("responses", "run-2"),
            Map.entry("sentences", "run-2"));
    assertThat(runsIn("2026-09")).containsValues("run-9").doesNotContainValue("run-2");
    assertThat(record("2026-10")).contains("\"run_id\" : \"run-2\"");
    assertThat(record("2026-09")).contains("\"run_id\" : \"run-9\"");
    assertThat(root.resolve("runs")).isDirectoryContaining(p -> p.endsWith("run_id=run-1"));
  }

  @Test
  void aRunThatDiedBeforeItsCommitPointIsRolledBack() throws IOException {
    stage("run-1", "2026-10");
    monthSwitch.commit("2026-10", "run-1", TABLES);
    stage("run-2", "2026-10"); // staged, then killed before the record was written

    List<String> done = monthSwitch.recover();

    assertThat(done).containsExactly("removed the staging of run run-2, which never committed");
    assertThat(runsIn("2026-10").values()).containsOnly("run-1");
    assertThat(root.resolve("_staging")).doesNotExist();
  }

  @Test
  void aSwitchCutShortAtAnyStepIsRolledForward() throws IOException {
    for (int step = 0; step <= 7; step++) {
      Path fresh = root.resolve("step-" + step);
      MonthSwitch atStep = new MonthSwitch(fs, new org.apache.hadoop.fs.Path(fresh.toString()));
      stage(fresh, "run-1", "2026-10");
      atStep.commit("2026-10", "run-1", TABLES);
      stage(fresh, "run-2", "2026-10");
      new CommitRecord("2026-10", "run-2", CommitRecord.SWITCHING, TABLES)
          .write(fs, new org.apache.hadoop.fs.Path(fresh.toString()));
      crashAfter(fresh, "run-2", step);

      assertThat(atStep.recover()).as("step %d", step).hasSize(1);

      assertThat(runsIn(fresh, "2026-10"))
          .as("step %d", step)
          .containsOnly(
              Map.entry("indicators", "run-2"),
              Map.entry("responses", "run-2"),
              Map.entry("sentences", "run-2"));
      assertThat(Files.readString(fresh.resolve("_commits/2026-10.json")))
          .contains("\"run_id\" : \"run-2\"", "\"state\" : \"committed\"");
      assertThat(fresh.resolve("runs/run_id=run-2")).as("step %d", step).exists();
      assertThat(fresh.resolve("_staging")).doesNotExist();
    }
  }

  @Test
  void readersSkipAMonthBeingSwitchedOrWithAHalfWrittenRecord() throws IOException {
    org.apache.hadoop.fs.Path hadoopRoot = new org.apache.hadoop.fs.Path(root.toString());
    assertThat(CommittedMonths.notCommitted(fs, hadoopRoot)).isEmpty();
    stage("run-9", "2026-09");
    monthSwitch.commit("2026-09", "run-9", TABLES);
    stage("run-1", "2026-10");
    monthSwitch.commit("2026-10", "run-1", TABLES);
    stage("run-2", "2026-11");
    new CommitRecord("2026-11", "run-2", CommitRecord.SWITCHING, TABLES).write(fs, hadoopRoot);
    Files.writeString(root.resolve("_commits/.2026-10.json.tmp"), "{ \"period\" : \"2026-10\"");

    assertThat(CommittedMonths.notCommitted(fs, hadoopRoot)).containsExactly("2026-10", "2026-11");
    // Reading changes nothing: recovery is the next job's.
    assertThat(root.resolve("_commits/.2026-10.json.tmp")).exists();
  }

  @Test
  void aRecordWriteCutShortIsFinishedWhenWholeAndDroppedWhenNot() throws IOException {
    stage("run-1", "2026-10");
    monthSwitch.commit("2026-10", "run-1", TABLES);
    Path commits = root.resolve("_commits");
    // Cut short while writing: half a record in the temporary file, the old record intact.
    Files.writeString(commits.resolve(".2026-10.json.tmp"), "{ \"period\" : \"2026-10\", \"ru");

    assertThat(monthSwitch.recover()).isEmpty();
    assertThat(record("2026-10")).contains("\"run_id\" : \"run-1\"");
    assertThat(commits.resolve(".2026-10.json.tmp")).doesNotExist();

    // Cut short after writing: a whole new record not yet renamed over the old one.
    stage("run-2", "2026-10");
    org.apache.hadoop.fs.Path hadoopRoot = new org.apache.hadoop.fs.Path(root.toString());
    new CommitRecord("2026-10", "run-2", CommitRecord.SWITCHING, TABLES).write(fs, hadoopRoot);
    fs.rename(
        CommitRecord.path(hadoopRoot, "2026-10"),
        new org.apache.hadoop.fs.Path(commits.toString(), ".2026-10.json.tmp"));
    try (var out = fs.create(CommitRecord.path(hadoopRoot, "2026-10"))) {
      out.write(
          "{\"period\":\"2026-10\",\"run_id\":\"run-1\",\"state\":\"committed\",\"tables\":[]}"
              .getBytes(StandardCharsets.UTF_8));
    }

    assertThat(monthSwitch.recover()).hasSize(1);
    assertThat(runsIn("2026-10").values()).containsOnly("run-2");
    assertThat(record("2026-10")).contains("\"run_id\" : \"run-2\"", "committed");
  }

  /** Leaves run-2's switch as a crash after {@code step} of its renames would. */
  private void crashAfter(Path at, String runId, int step) throws IOException {
    Path staging = at.resolve("_staging/" + runId);
    int done = 0;
    for (String table : TABLES) {
      if (done++ >= step) {
        return;
      }
      Files.createDirectories(staging.resolve("_replaced"));
      Files.move(at.resolve(table + "/period=2026-10"), staging.resolve("_replaced/" + table));
    }
    for (String table : TABLES) {
      if (done++ >= step) {
        return;
      }
      Files.move(staging.resolve(table), at.resolve(table + "/period=2026-10"));
    }
    if (done++ >= step) {
      return;
    }
    Files.createDirectories(at.resolve("runs"));
    Files.move(staging.resolve(MonthSwitch.MANIFEST), at.resolve("runs/run_id=" + runId));
  }

  private void stage(String runId, String period) throws IOException {
    stage(root, runId, period);
  }

  private static void stage(Path at, String runId, String period) throws IOException {
    for (String table : TABLES) {
      Path folder = at.resolve("_staging/" + runId + "/" + table);
      Files.createDirectories(folder);
      Files.writeString(folder.resolve("part-00000-" + runId + ".parquet"), period);
    }
    Path manifest = at.resolve("_staging/" + runId + "/" + MonthSwitch.MANIFEST);
    Files.createDirectories(manifest);
    Files.writeString(manifest.resolve("part-00000-" + runId + ".parquet"), period);
  }

  private Map<String, String> runsIn(String period) throws IOException {
    return runsIn(root, period);
  }

  /** Table to the run in its data file names, for one month. */
  private static Map<String, String> runsIn(Path at, String period) throws IOException {
    Map<String, String> runs = new TreeMap<>();
    for (String table : TABLES) {
      Path folder = at.resolve(table + "/period=" + period);
      if (Files.isDirectory(folder)) {
        try (Stream<Path> files = Files.list(folder)) {
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.startsWith("part-"))
              .forEach(n -> runs.put(table, n.replaceAll("^part-\\d+-|\\.parquet$", "")));
        }
      }
    }
    return runs;
  }

  private String record(String period) throws IOException {
    return Files.readString(root.resolve("_commits/" + period + ".json"), StandardCharsets.UTF_8);
  }
}
