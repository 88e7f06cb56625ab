package org.engagementsignals.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Survey CSV exports with a header row, read whole: the material that generated inputs draw on. */
public final class SurveyExports {

  private SurveyExports() {}

  /**
   * Every record of every {@code .csv} file under {@code folder}, a folder's own files before its
   * subfolders' and each in name order, so that the same folder always gives the same records.
   */
  public static List<CSVRecord> readAll(Path folder) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files =
          walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".csv"))
              .sorted(Comparator.comparingInt(Path::getNameCount).thenComparing(Path::toString))
              .toList();
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException(folder + " holds no .csv survey export");
    }
    List<CSVRecord> records = new ArrayList<>();
    for (Path file : files) {
      records.addAll(read(file));
    }
    return records;
  }

  /** Every record of one CSV export with a header row. */
  public static List<CSVRecord> read(Path csv) throws IOException {
    try (var reader = Files.newBufferedReader(csv)) {
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(reader)
          .getRecords();
    }
  }
}
