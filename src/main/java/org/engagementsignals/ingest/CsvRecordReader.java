package org.engagementsignals.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.engagementsignals.config.ColumnMapping;
import org.engagementsignals.contract.Source;

/**
 * Reads an RFC 4180 CSV file with a header row into {@link RawRecord}s, one at a time.
 *
 * <p>Records are first delimited by quote balance over physical lines, then each is parsed on its
 * own by commons-csv. So a broken record is quarantined alone: a quote that is never closed, or
 * quoting that commons-csv rejects, costs only the line the record starts on (the lines after it
 * are read again as records); a record with the wrong number of fields or invalid UTF-8 costs only
 * itself.
 */
final class CsvRecordReader extends LookaheadIterator<RawRecord> {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180;

  private final LineReader lines;
  private final Deque<PhysicalLine> pushedBack = new ArrayDeque<>();
  private final Source source;
  private final String file;
  private final ColumnMapping columns;
  private final int maxRecordChars;
  private Map<String, Integer> indexByField;
  private int headerSize;
  private String headerError;
  private long recordNumber;

  CsvRecordReader(
      LineReader lines, Source source, String file, ColumnMapping columns, int maxTextChars) {
    this.lines = lines;
    this.source = source;
    this.file = file;
    this.columns = columns;
    // A record holds one text plus short fields; anything far beyond that is an unclosed quote.
    this.maxRecordChars = 2 * maxTextChars + 65_536;
  }

  @Override
  protected RawRecord readNext() {
    while (true) {
      PhysicalLine first = nextNonBlankLine();
      if (first == null) {
        return null;
      }
      if (indexByField == null && headerError == null) {
        readHeader(first);
        continue;
      }
      recordNumber++;
      if (headerError != null) {
        return RawRecord.unparseable(
            source, file, first.number(), recordNumber, first.text(), headerError);
      }
      return readRecord(first);
    }
  }

  private RawRecord readRecord(PhysicalLine first) {
    List<PhysicalLine> used = new ArrayList<>();
    StringBuilder text = new StringBuilder(first.text());
    used.add(first);
    while (quoteIsOpen(text)) {
      PhysicalLine more = text.length() > maxRecordChars ? null : lines.next();
      if (more == null) {
        // Unclosed quote: give up on the first line only and read the rest again as records.
        pushBackAllButFirst(used);
        String why =
            text.length() > maxRecordChars
                ? "quoted field opened on line "
                    + first.number()
                    + " is not closed within "
                    + maxRecordChars
                    + " characters"
                : "quoted field opened on line "
                    + first.number()
                    + " is not closed before the end of the file";
        return RawRecord.unparseable(source, file, first.number(), recordNumber, first.text(), why);
      }
      text.append('\n').append(more.text());
      used.add(more);
    }
    String raw = text.toString();
    for (PhysicalLine l : used) {
      if (!l.validUtf8()) {
        return RawRecord.unparseable(
            source, file, first.number(), recordNumber, raw, "invalid UTF-8 on line " + l.number());
      }
    }
    CSVRecord record;
    try {
      record = parseSingle(raw);
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      // A stray quote can pull the next records into this one: give up on the first line only.
      pushBackAllButFirst(used);
      return RawRecord.unparseable(
          source,
          file,
          first.number(),
          recordNumber,
          first.text(),
          "broken CSV quoting: " + e.getMessage());
    }
    if (record.size() != headerSize) {
      return RawRecord.unparseable(
          source,
          file,
          first.number(),
          recordNumber,
          raw,
          "record has " + record.size() + " fields, the header has " + headerSize);
    }
    Map<String, String> fields = new HashMap<>();
    indexByField.forEach((field, index) -> fields.put(field, record.get(index)));
    return new RawRecord(source, file, first.number(), recordNumber, fields, raw, null);
  }

  private void pushBackAllButFirst(List<PhysicalLine> used) {
    for (int i = used.size() - 1; i >= 1; i--) {
      pushedBack.push(used.get(i));
    }
  }

  private void readHeader(PhysicalLine first) {
    if (!first.validUtf8()) {
      headerError = "the header row (line " + first.number() + ") is not valid UTF-8";
      return;
    }
    CSVRecord header;
    try {
      header = parseSingle(first.text());
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      headerError =
          "the header row (line " + first.number() + ") cannot be read: " + e.getMessage();
      return;
    }
    Map<String, Integer> indexByColumn = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      indexByColumn.putIfAbsent(ColumnMapping.normalizeHeader(header.get(i)), i);
    }
    Map<String, Integer> byField = new HashMap<>();
    for (String field : allFields()) {
      Integer index = indexByColumn.get(ColumnMapping.normalizeHeader(columns.column(field)));
      if (index != null) {
        byField.put(field, index);
      }
    }
    headerSize = header.size();
    indexByField = byField;
  }

  private List<String> allFields() {
    List<String> all = new ArrayList<>(source.requiredFields());
    all.addAll(source.optionalFields());
    return all;
  }

  private PhysicalLine nextNonBlankLine() {
    PhysicalLine line;
    do {
      line = pushedBack.isEmpty() ? lines.next() : pushedBack.pop();
    } while (line != null && line.isBlank());
    return line;
  }

  private static boolean quoteIsOpen(CharSequence text) {
    int quotes = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '"') {
        quotes++;
      }
    }
    return quotes % 2 == 1;
  }

  private static CSVRecord parseSingle(String text) throws IOException {
    try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
      List<CSVRecord> records = parser.getRecords();
      if (records.size() != 1) {
        throw new IOException("expected one record, found " + records.size());
      }
      return records.get(0);
    }
  }
}
