package org.engagementsignals.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.engagementsignals.contract.OutputPaths;

/**
 * Switches a month's staged tables in as one unit, and finishes or undoes a switch that a crash cut
 * short. The protocol, over plain folders of Parquet:
 *
 * <ol>
 *   <li>Every table of the month and the run manifest are written completely under {@code
 *       _staging/<run>/} ({@link PeriodWriter}).
 *   <li><b>Commit point</b>: {@code _commits/<month>.json} is written with {@code state =
 *       switching} and the run's id. From here on the month is this run's: recovery rolls forward.
 *   <li>Every old {@code <table>/period=<month>} folder is moved aside, then every staged one is
 *       moved in: each a single rename, done back to back. A reader never finds tables of two runs
 *       at once, only, for those few renames, some tables without the month.
 *   <li>The manifest is moved to {@code runs/run_id=<run>}, the record set to {@code committed},
 *       and the staging folder (with the old tables) deleted.
 * </ol>
 *
 * <p>{@link #recover} runs at the start of every job: it rolls forward every month whose record
 * says {@code switching} (each step above can be repeated), and deletes staging folders left by
 * runs that died before their commit point (their month was never touched). One job at a time may
 * write an output root.
 */
final class MonthSwitch {
  static final String REPLACED = "_replaced";
  static final String MANIFEST = "_manifest";

  private final FileSystem fs;
  private final Path root;

  MonthSwitch(FileSystem fs, Path root) {
    this.fs = fs;
    this.root = root;
  }

  static Path staging(Path root, String runId) {
    return new Path(root, OutputPaths.STAGING + "/" + runId);
  }

  /** Commits the staged month of run {@code runId}: the steps 2 to 4 above. */
  void commit(String period, String runId, List<String> tables) {
    try {
      CommitRecord record =
          new CommitRecord(period, runId, CommitRecord.SWITCHING, List.copyOf(tables));
      record.write(fs, root);
      PausePoints.reach("commit.recorded");
      switchIn(record, "commit");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit month " + period + " of run " + runId, e);
    }
  }

  /**
   * Finishes every switch a crash cut short and removes the staging of runs that never reached
   * their commit point.
   *
   * @return what was done, one line per month or folder, for the operator
   */
  List<String> recover() {
    List<String> done = new ArrayList<>();
    try {
      Set<String> switching = new HashSet<>();
      for (String period : CommitRecord.periods(fs, root)) {
        CommitRecord record = CommitRecord.read(fs, root, period);
        if (record != null && record.state().equals(CommitRecord.SWITCHING)) {
          switching.add(record.runId());
          switchIn(record, "recover");
          done.add("finished switching in month " + period + " of run " + record.runId());
        }
      }
      Path stagingRoot = new Path(root, OutputPaths.STAGING);
      if (fs.exists(stagingRoot)) {
        for (FileStatus run : fs.listStatus(stagingRoot)) {
          String runId = run.getPath().getName();
          if (!switching.contains(runId)) {
            fs.delete(run.getPath(), true);
            done.add("removed the staging of run " + runId + ", which never committed");
          }
        }
        deleteIfEmpty(stagingRoot);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot recover the output root " + root, e);
    }
    return done;
  }

  /** Steps 3 and 4; each step checks what is already done, so a repeat after a crash is safe. */
  private void switchIn(CommitRecord record, String phase) throws IOException {
    String period = record.period();
    Path staging = staging(root, record.runId());
    for (String table : record.tables()) {
      Path staged = new Path(staging, table);
      Path target = new Path(root, OutputPaths.periodPartition(table, period));
      if (fs.exists(staged) && fs.exists(target)) {
        Path aside = new Path(staging, REPLACED + "/" + table);
        fs.mkdirs(aside.getParent());
        rename(target, aside);
        PausePoints.reach(phase + ".moved-away." + table);
      }
    }
    for (String table : record.tables()) {
      Path staged = new Path(staging, table);
      if (fs.exists(staged)) {
        Path target = new Path(root, OutputPaths.periodPartition(table, period));
        fs.mkdirs(target.getParent());
        rename(staged, target);
        PausePoints.reach(phase + ".moved-in." + table);
      }
    }
    Path manifest = new Path(staging, MANIFEST);
    if (fs.exists(manifest)) {
      Path target = new Path(root, OutputPaths.runPartition(record.runId()));
      fs.mkdirs(target.getParent());
      rename(manifest, target);
      PausePoints.reach(phase + ".manifest");
    }
    record.withState(CommitRecord.COMMITTED).write(fs, root);
    PausePoints.reach(phase + ".committed");
    fs.delete(staging, true);
    deleteIfEmpty(new Path(root, OutputPaths.STAGING));
    PausePoints.reach(phase + ".cleaned");
  }

  private void rename(Path from, Path to) throws IOException {
    if (fs.exists(to)) {
      // A folder rename onto an existing folder would move it inside.
      throw new IOException("cannot move " + from + " to " + to + ": it exists");
    }
    if (!fs.rename(from, to)) {
      throw new IOException("cannot move " + from + " to " + to);
    }
  }

  private void deleteIfEmpty(Path folder) throws IOException {
    if (fs.exists(folder) && fs.listStatus(folder).length == 0) {
      fs.delete(folder, false);
    }
  }
}
