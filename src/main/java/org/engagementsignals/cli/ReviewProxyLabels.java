package org.engagementsignals.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.engagementsignals.config.SettingsException;
import org.engagementsignals.evaluation.LabelledItem;

/**
 * Real reviews as polarity test items: a review's "pros" text is positive, its "cons" text
 * negative.
 */
final class ReviewProxyLabels {

  private ReviewProxyLabels() {}

  static List<LabelledItem> read(Path file, int limit) {
    List<LabelledItem> items = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord r :
          CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        if (r.getRecordNumber() > limit) {
          break;
        }
        add(items, "R" + r.getRecordNumber() + "p", r.isMapped("pros") ? r.get("pros") : "", 1);
        add(items, "R" + r.getRecordNumber() + "c", r.isMapped("cons") ? r.get("cons") : "", -1);
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new SettingsException("--reviews " + file + " cannot be read: " + e.getMessage());
    }
    if (items.isEmpty()) {
      throw new SettingsException("--reviews " + file + " has no pros or cons text");
    }
    return items;
  }

  private static void add(List<LabelledItem> items, String id, String text, int polarity) {
    if (!text.isBlank()) {
      items.add(new LabelledItem(id, "review", text, "NEITHER", 0, 0, false, false, polarity));
    }
  }
}
