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
import org.apache.spark.sql.RowFactory;
import org.engagementsignals.config.ColumnMapping;
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
    Source source = Source.fromId(file.getString(0));
    String path = file.getString(1);
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
    if (recordId != null) {
      recordId = recordId.strip();
    }
    if (outcome instanceof RecordValidator.Quarantined q) {
      return RowFactory.create(
          IngestedRows.QUARANTINED,
          q.reason().name(),
          q.message(),
          r.source().id(),
          r.sourceFile(),
          r.line(),
          r.recordNumber(),
          recordId,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          r.raw());
    }
    if (outcome instanceof RecordValidator.OtherPeriod o) {
      return RowFactory.create(
          IngestedRows.OTHER_PERIOD,
          null,
          "dated " + o.month(),
          r.source().id(),
          r.sourceFile(),
          r.line(),
          r.recordNumber(),
          recordId,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null);
    }
    RecordValidator.Valid v = (RecordValidator.Valid) outcome;
    String respondent = r.fields().get("respondent_id");
    String respondentKey = respondent == null ? null : pseudonymizer.keyFor(respondent);
    PiiRedactor.Result redacted =
        PiiRedactor.redact(TextNormalizer.normalize(r.fields().get("text")));
    String questionId = r.fields().get("question_id");
    return RowFactory.create(
        IngestedRows.VALID,
        null,
        null,
        r.source().id(),
        r.sourceFile(),
        r.line(),
        r.recordNumber(),
        recordId,
        respondentKey,
        v.team(),
        r.fields().get("leader_id").strip(),
        questionId == null ? null : questionId.strip(),
        Timestamp.from(v.timestamp()),
        v.rating(),
        redacted.text(),
        Sha256.hex(redacted.text()),
        redacted.urls(),
        redacted.emails(),
        redacted.phones(),
        r.raw());
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
