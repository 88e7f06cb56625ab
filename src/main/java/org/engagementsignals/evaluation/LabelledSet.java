package org.engagementsignals.evaluation;

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

/**
 * Reads a labelled set:
 * item_id,source,text,focus,trust,connection,challenge_personal,challenge_professional,sentiment.
 */
public final class LabelledSet {

  private LabelledSet() {}

  public static List<LabelledItem> read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new SettingsException("--labels " + file + " does not exist");
    }
    List<LabelledItem> items = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord r :
          CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        try {
          items.add(
              new LabelledItem(
                  r.get("item_id"),
                  r.get("source"),
                  r.get("text"),
                  r.get("focus").strip().toUpperCase(java.util.Locale.ROOT),
                  Integer.parseInt(r.get("trust").strip()),
                  Integer.parseInt(r.get("connection").strip()),
                  r.get("challenge_personal").strip().equals("1"),
                  r.get("challenge_professional").strip().equals("1"),
                  Integer.parseInt(r.get("sentiment").strip())));
        } catch (IllegalArgumentException e) {
          throw new SettingsException(
              "--labels " + file + " record " + r.getRecordNumber() + ": " + e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new SettingsException("--labels " + file + " cannot be read: " + e.getMessage());
    }
    return items;
  }
}
