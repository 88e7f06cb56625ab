package org.engagementsignals.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import org.engagementsignals.config.ColumnMapping;
import org.engagementsignals.contract.Source;

/** Reads a JSON Lines file, one object per non-blank line, into {@link RawRecord}s. */
final class JsonLinesRecordReader extends LookaheadIterator<RawRecord> {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private final LineReader lines;
  private final Source source;
  private final String file;
  private final Map<String, String> fieldByKey = new HashMap<>();
  private long recordNumber;

  JsonLinesRecordReader(LineReader lines, Source source, String file, ColumnMapping columns) {
    this.lines = lines;
    this.source = source;
    this.file = file;
    for (String field : source.requiredFields()) {
      fieldByKey.put(ColumnMapping.normalizeHeader(columns.column(field)), field);
    }
    for (String field : source.optionalFields()) {
      fieldByKey.put(ColumnMapping.normalizeHeader(columns.column(field)), field);
    }
  }

  @Override
  protected RawRecord readNext() {
    PhysicalLine line;
    do {
      line = lines.next();
    } while (line != null && line.isBlank());
    if (line == null) {
      return null;
    }
    recordNumber++;
    if (!line.validUtf8()) {
      return RawRecord.unparseable(
          source,
          file,
          line.number(),
          recordNumber,
          line.text(),
          "invalid UTF-8 on line " + line.number());
    }
    JsonNode node;
    try {
      node = JSON.readTree(line.text());
    } catch (JsonProcessingException e) {
      return RawRecord.unparseable(
          source,
          file,
          line.number(),
          recordNumber,
          line.text(),
          "broken JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      String kind =
          node == null ? "empty" : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
      return RawRecord.unparseable(
          source,
          file,
          line.number(),
          recordNumber,
          line.text(),
          "line is a JSON " + kind + ", not an object");
    }
    Map<String, String> fields = new HashMap<>();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      String field = fieldByKey.get(ColumnMapping.normalizeHeader(entry.getKey()));
      JsonNode value = entry.getValue();
      if (field == null || value.isNull()) {
        continue;
      }
      if (value.isContainerNode()) {
        // A field the job reads holds an object or a list: nothing in it can be trusted to be the
        // value meant (a text, a team path), so the record is not guessed at.
        String kind = value.isObject() ? "object" : "array";
        return RawRecord.unparseable(
            source,
            file,
            line.number(),
            recordNumber,
            line.text(),
            "field " + entry.getKey() + " is a JSON " + kind + ", not a single value");
      }
      fields.put(field, value.asText());
    }
    return new RawRecord(source, file, line.number(), recordNumber, fields, line.text(), null);
  }
}
