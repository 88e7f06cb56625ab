package org.engagementsignals.evaluation;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.engagementsignals.config.SettingsException;
import org.engagementsignals.labels.Label;

/**
 * Reads a gold file in the format of {@code ../shared/labelling/real-comments.tsv}: a header, a
 * {@code text} column, and any of the gold columns {@code gold_focus}, {@code gold_trust}, {@code
 * gold_connection}, {@code gold_challenge}, {@code gold_sentiment} (or the same without {@code
 * gold_}). {@code .tsv} is tab-separated, anything else RFC 4180 CSV. Optional: {@code unit_id},
 * {@code split}, and the annotators' {@code focus_a}/{@code focus_b} etc. A gold value of {@code ?}
 * or empty leaves that label out for the unit; any other value outside the label's classes is an
 * error naming the line.
 */
public final class GoldFile {

  private GoldFile() {}

  public static List<GoldUnit> read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new SettingsException("--labels " + file + " does not exist or is not a file");
    }
    CSVFormat format =
        (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tsv")
                ? CSVFormat.TDF.builder().setQuote(null)
                : CSVFormat.RFC4180.builder())
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreHeaderCase(true)
            .get();
    List<GoldUnit> units = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      var parser = format.parse(in);
      Map<String, Integer> header = parser.getHeaderMap();
      Map<Label, String> goldColumns = new EnumMap<>(Label.class);
      for (Label label : Label.values()) {
        for (String name : List.of("gold_" + label.id(), label.id())) {
          if (header.containsKey(name)) {
            goldColumns.put(label, name);
            break;
          }
        }
      }
      if (!header.containsKey("text") || goldColumns.isEmpty()) {
        throw new SettingsException(
            "--labels "
                + file
                + " needs a 'text' column and at least one of gold_focus, gold_trust,"
                + " gold_connection, gold_challenge, gold_sentiment; it has "
                + header.keySet());
      }
      for (CSVRecord r : parser) {
        units.add(unit(file, r, header, goldColumns));
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new SettingsException("--labels " + file + " cannot be read: " + e.getMessage());
    }
    return units;
  }

  /**
   * Weakly labelled sentiment units ({@code ../shared/labelling/weak-sentiment.tsv}): a review's
   * pros as +1 and its cons as -1 ({@code proxy_sentiment}), the first {@code limit} of them.
   */
  public static List<GoldUnit> readWeak(Path file, int limit) {
    if (!Files.isRegularFile(file)) {
      throw new SettingsException("--weak " + file + " does not exist or is not a file");
    }
    List<GoldUnit> units = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      var parser =
          CSVFormat.TDF
              .builder()
              .setQuote(null)
              .setHeader()
              .setSkipHeaderRecord(true)
              .get()
              .parse(in);
      for (CSVRecord r : parser) {
        if (units.size() >= limit) {
          break;
        }
        String sentiment = Label.SENTIMENT.canonical(r.get("proxy_sentiment"));
        if (sentiment == null || r.get("text").isBlank()) {
          continue;
        }
        units.add(
            new GoldUnit(
                "weak-" + r.getRecordNumber(),
                "weak",
                r.get("text"),
                Map.of(Label.SENTIMENT, sentiment),
                Map.of()));
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new SettingsException("--weak " + file + " cannot be read: " + e.getMessage());
    }
    return units;
  }

  private static GoldUnit unit(
      Path file, CSVRecord r, Map<String, Integer> header, Map<Label, String> goldColumns) {
    if (!r.isConsistent()) {
      throw new SettingsException(
          "--labels "
              + file
              + " line "
              + r.getParser().getCurrentLineNumber()
              + ": has "
              + r.size()
              + " fields, the header "
              + header.size());
    }
    Map<Label, String> gold = new EnumMap<>(Label.class);
    Map<Label, String[]> annotators = new EnumMap<>(Label.class);
    for (Map.Entry<Label, String> e : goldColumns.entrySet()) {
      Label label = e.getKey();
      String value = r.get(e.getValue()).strip();
      if (!value.isEmpty() && !value.equals("?")) {
        gold.put(label, checked(file, r, label, value));
      }
      String a = label.id() + "_a";
      String b = label.id() + "_b";
      if (header.containsKey(a) && header.containsKey(b)) {
        annotators.put(
            label,
            new String[] {checked(file, r, label, r.get(a)), checked(file, r, label, r.get(b))});
      }
    }
    String id = header.containsKey("unit_id") ? r.get("unit_id") : "line-" + r.getRecordNumber();
    String split = header.containsKey("split") ? r.get("split").strip() : "all";
    return new GoldUnit(id, split, r.get("text"), gold, annotators);
  }

  private static String checked(Path file, CSVRecord r, Label label, String value) {
    String c = label.canonical(value);
    if (c == null) {
      throw new SettingsException(
          "--labels "
              + file
              + " record "
              + r.getRecordNumber()
              + ": "
              + label.id()
              + " = \""
              + value
              + "\" is not one of "
              + label.classes()
              + " (or ? for no agreement)");
    }
    return c;
  }
}
