package org.engagementsignals.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.Iterator;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.engagementsignals.config.ColumnMapping;
import org.engagementsignals.contract.RowBuilder;
import org.engagementsignals.contract.Sha256;
import org.engagementsignals.contract.Source;

/**
 * Per input file: read records lazily, validate each for the run's month, pseudonymise the
 * respondent, normalise and redact the text. Emits one {@link IngestedRows#INGESTED} row per record
 * read.
 */
final class ReadAndValidate implements FlatMapFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  private final YearMonth period;
  private final int maxTextChars;
  private final Map<Source, ColumnMapping> columns;
  private final Pseudonymizer pseudonymizer;
  private final Map<String, String> hadoopConf;

  ReadAndValidate(
      YearMonth period,
      int maxTextChars,
      Map<Source, ColumnMapping> columns,
      Pseudonymizer pseudonymizer,
      Map<String, String> hadoopConf) {
    this.period = period;
    this.maxTextChars = maxTextChars;
    this.columns = Map.copyOf(columns);
    this.pseudonymizer = pseudonymizer;
    this.hadoopConf = Map.copyOf(hadoopConf);
  }

  @Override
  public Iterator<Row> call(Row file) throws IOException {
    Source source = Source.fromId(file.getAs("source"));
    String path = file.getAs("path");
    Configuration conf = new Configuration(false);
    hadoopConf.forEach(conf::set);
    Path p = new Path(path);
    InputStream in = p.getFileSystem(conf).open(p);
    LineReader lines = new LineReader(new java.io.BufferedInputStream(in, 1 << 16));
    Iterator<RawRecord> records =
        InputFiles.isCsv(path)
            ? new CsvRecordReader(lines, source, path, columns.get(source), maxTextChars)
            : new JsonLinesRecordReader(lines, source, path, columns.get(source));
    return new ClosingIterator(records, in, this);
  }

  Row toRow(RawRecord r) {
    RecordValidator.Outcome outcome = RecordValidator.validate(r, period, maxTextChars);
    String recordId = r.fields().get(r.source().idField());
    RowBuilder row =
        RowBuilder.of(IngestedRows.INGESTED)
            .set("source", r.source().id())
            .set("source_file", r.sourceFile())
            .set("line", r.line())
            .set("record_number", r.recordNumber())
            .set("record_id", recordId == null ? null : recordId.strip());
    if (outcome instanceof RecordValidator.Quarantined q) {
      return row.set("status", IngestedRows.QUARANTINED)
          .set("reason", q.reason().name())
          .set("message", q.message())
          .set("raw_record", r.raw())
          .build();
    }
    if (outcome instanceof RecordValidator.OtherPeriod o) {
      return row.set("status", IngestedRows.OTHER_PERIOD)
          .set("message", "dated " + o.month())
          .build();
    }
    RecordValidator.Valid v = (RecordValidator.Valid) outcome;
    String respondent = r.fields().get("respondent_id");
    PiiRedactor.Result redacted =
        PiiRedactor.redact(TextNormalizer.normalize(r.fields().get("text")));
    String questionId = r.fields().get("question_id");
    return row.set("status", IngestedRows.VALID)
        .set("respondent_key", respondent == null ? null : pseudonymizer.keyFor(respondent))
        .set("team", v.team())
        .set("leader_id", r.fields().get("leader_id").strip())
        .set("question_id", questionId == null ? null : questionId.strip())
        .set("submitted_at", Timestamp.from(v.timestamp()))
        .set("rating", v.rating())
        .set("text", redacted.text())
        .set("text_hash", Sha256.hex(redacted.text()))
        .set("n_urls", redacted.urls())
        .set("n_emails", redacted.emails())
        .set("n_phones", redacted.phones())
        .set("raw_record", r.raw())
        .build();
  }

  /** Maps records to rows lazily and closes the file once the last record is read. */
  private static final class ClosingIterator implements Iterator<Row> {
    private final Iterator<RawRecord> records;
    private final InputStream in;
    private final ReadAndValidate owner;
    private boolean closed;

    ClosingIterator(Iterator<RawRecord> records, InputStream in, ReadAndValidate owner) {
      this.records = records;
      this.in = in;
      this.owner = owner;
    }

    @Override
    public boolean hasNext() {
      boolean more = records.hasNext();
      if (!more && !closed) {
        closed = true;
        try {
          in.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return more;
    }

    @Override
    public Row next() {
      return owner.toRow(records.next());
    }
  }

  static Map<String, String> hadoopConfEntries(Configuration conf) {
    Map<String, String> entries = new java.util.HashMap<>();
    for (Map.Entry<String, String> e : conf) {
      entries.put(e.getKey(), e.getValue());
    }
    return entries;
  }
}
