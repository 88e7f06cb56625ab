package org.engagementsignals.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads survey CSV exports, by default the shipped October samples that generated inputs draw from.
 */
final class SampleExports {
  private static final List<String> SAMPLES =
      List.of(
          "data-samples/survey/2026-10/part-1-engineering-sales.csv",
          "data-samples/survey/2026-10/more/part-2-ops-people-finance.csv");

  private SampleExports() {}

  /** Every record of the shipped sample survey exports, in file order. */
  static List<CSVRecord> samples() throws IOException {
    List<CSVRecord> records = new ArrayList<>();
    for (String sample : SAMPLES) {
      records.addAll(read(SettingsOptions.projectFile(sample)));
    }
    return records;
  }

  /** Every record of one CSV export with a header row. */
  static List<CSVRecord> read(Path csv) throws IOException {
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
