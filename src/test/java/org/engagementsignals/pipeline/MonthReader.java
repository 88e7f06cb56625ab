package org.engagementsignals.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;

/**
 * A reader polling an output folder while jobs are killed and rerun, in two ways:
 *
 * <ul>
 *   <li>as a plain reader that globs the month's folders one table after the other: a table's
 *       folder must never hold files of two runs. Across tables it may find some without the month,
 *       or, when its listing overlaps a switch, tables of the old and the new run: it counts both;
 *   <li>as a reader that follows docs/outputs.md: commit record before and after, both {@code
 *       committed} with the same content. Then every table must hold the month, all its files from
 *       the record's run, complete (Parquet footers read) and with the uninterrupted run's row
 *       counts.
 * </ul>
 *
 * It also checks that another month's files never change.
 */
final class MonthReader implements Runnable {
  private static final Pattern RUN_OF_FILE = Pattern.compile("part-\\d+-(.+?)\\.[^-]*parquet");
  private static final Pattern RUN_OF_RECORD = Pattern.compile("\"run_id\" : \"([^\"]+)\"");

  private final Path root;
  private final String period;
  private final List<String> tables;
  private final Map<String, Long> expectedRows;
  private final Map<String, String> otherMonth;
  private final Configuration hadoop = new Configuration();
  private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
  private volatile boolean stopped;
  private long polls;
  private long committedViews;
  private long incompleteViews;
  private long monthlessViews;
  private long switchingViews;
  private long mixedViews;

  /**
   * @param expectedRows rows per table of the month in an uninterrupted run
   * @param otherMonth a listing of another month (as the test makes it) that must stay the same
   */
  MonthReader(
      Path root,
      String period,
      List<String> tables,
      Map<String, Long> expectedRows,
      Map<String, String> otherMonth) {
    this.root = root;
    this.period = period;
    this.tables = tables;
    this.expectedRows = expectedRows;
    this.otherMonth = otherMonth;
  }

  @Override
  public void run() {
    while (!stopped) {
      try {
        poll();
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (IOException | RuntimeException e) {
        violations.add("the reader failed: " + e);
      }
    }
  }

  void stop() {
    stopped = true;
  }

  List<String> violations() {
    return List.copyOf(violations);
  }

  long committedViews() {
    return committedViews;
  }

  String summary() {
    return String.format(
        "%d polls: %d saw a committed month whole, %d a month being switched; as a plain glob, %d"
            + " found some tables without the month, %d tables of two runs, %d no month; %d"
            + " violations",
        polls,
        committedViews,
        switchingViews,
        incompleteViews,
        mixedViews,
        monthlessViews,
        violations.size());
  }

  private void poll() throws IOException {
    polls++;
    String before = record();
    Map<String, Set<String>> runsByTable = new TreeMap<>();
    Map<String, Long> rowsByTable = new TreeMap<>();
    boolean readFailed = false;
    for (String table : tables) {
      Set<String> runs = new TreeSet<>();
      long rows = 0;
      for (Path file : files(root.resolve(table).resolve("period=" + period))) {
        Matcher m = RUN_OF_FILE.matcher(file.getFileName().toString());
        if (!m.matches()) {
          continue;
        }
        runs.add(m.group(1));
        try (ParquetFileReader reader =
            ParquetFileReader.open(
                HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(file.toString()), hadoop))) {
          rows += reader.getRecordCount();
        } catch (IOException | RuntimeException e) {
          readFailed = true; // moved away while reading: only a committed view must not see this
        }
      }
      runsByTable.put(table, runs);
      rowsByTable.put(table, rows);
    }
    String after = record();

    Set<String> allRuns = new TreeSet<>();
    runsByTable.forEach(
        (table, runs) -> {
          allRuns.addAll(runs);
          if (runs.size() > 1) {
            violations.add(table + " holds files of two runs: " + runs);
          }
        });
    if (allRuns.size() > 1) {
      mixedViews++;
    }
    long withMonth = runsByTable.values().stream().filter(r -> !r.isEmpty()).count();
    if (withMonth == 0) {
      monthlessViews++;
    } else if (withMonth < tables.size()) {
      incompleteViews++;
    }

    if (before != null && before.equals(after)) {
      if (before.contains("\"state\" : \"committed\"")) {
        committedViews++;
        Matcher run = RUN_OF_RECORD.matcher(before);
        String runId = run.find() ? run.group(1) : "?";
        if (readFailed) {
          violations.add("a committed month could not be read: " + runsByTable);
        }
        for (String table : tables) {
          if (!runsByTable.get(table).equals(Set.of(runId))) {
            violations.add(
                "committed month of run "
                    + runId
                    + " has "
                    + table
                    + " of "
                    + runsByTable.get(table));
          } else if (!rowsByTable.get(table).equals(expectedRows.get(table))) {
            violations.add(
                "committed month of run "
                    + runId
                    + ": "
                    + table
                    + " has "
                    + rowsByTable.get(table)
                    + " rows, the uninterrupted run "
                    + expectedRows.get(table));
          }
        }
      } else {
        switchingViews++;
      }
    }
    if (!otherMonth.isEmpty() && polls % 50 == 0) {
      checkOtherMonth();
    }
  }

  private void checkOtherMonth() throws IOException {
    for (Map.Entry<String, String> file : otherMonth.entrySet()) {
      Path p = root.resolve(file.getKey());
      String now;
      try {
        now = Files.size(p) + ":" + java.util.Arrays.hashCode(Files.readAllBytes(p));
      } catch (NoSuchFileException e) {
        now = "missing";
      }
      if (!now.equals(file.getValue())) {
        violations.add("the other month changed: " + file.getKey());
      }
    }
  }

  private String record() throws IOException {
    try {
      return Files.readString(root.resolve("_commits/" + period + ".json"));
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  private static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.toList();
    } catch (NoSuchFileException e) {
      return List.of();
    }
  }
}
