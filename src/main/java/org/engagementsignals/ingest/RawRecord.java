package org.engagementsignals.ingest;

import java.io.Serializable;
import java.util.Map;
import org.engagementsignals.contract.Source;

/**
 * One record as read from a file, before validation.
 *
 * @param fields canonical field name to value, for the fields the source maps (absent = null)
 * @param raw the record's text as it stood in the file, for the quarantine
 * @param parseError why the record could not be read, or null when it was read
 */
public record RawRecord(
    Source source,
    String sourceFile,
    long line,
    long recordNumber,
    Map<String, String> fields,
    String raw,
    String parseError)
    implements Serializable {

  static RawRecord unparseable(
      Source source, String file, long line, long recordNumber, String raw, String error) {
    return new RawRecord(source, file, line, recordNumber, Map.of(), raw, error);
  }
}
