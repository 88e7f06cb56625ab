package org.engagementsignals.nlp;

import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import org.engagementsignals.config.NlpSettings;

/**
 * Annotates a partition of (text_hash, text) rows lazily, one text at a time, with the JVM's shared
 * pipeline, and yields one row per distinct text. The partitioner puts every copy of a text in the same
 * partition, so dropping the copies seen before here drops them from the whole month. Counts the rows read
 * (which drive the progress line) and the sentences annotated into accumulators.
 */
final class AnnotateTexts implements FlatMapFunction<Iterator<Row>, Row> {
  private static final long serialVersionUID = 1L;
  private final NlpSettings settings;
  private final LongAccumulator done;
  private final LongAccumulator sentences;

  AnnotateTexts(NlpSettings settings, LongAccumulator done, LongAccumulator sentences) {
    this.settings = settings;
    this.done = done;
    this.sentences = sentences;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> texts) {
    if (!texts.hasNext()) {
      // Nothing to annotate (e.g. every text came from the cache): do not load the models for it.
      return java.util.Collections.emptyIterator();
    }
    TextAnnotator annotator =
        new TextAnnotator(CoreNlpPipelines.getOrCreate(settings), settings.parseMaxTokens());
    Set<String> seen = new HashSet<>();
    return new Iterator<>() {
      private Row nextText = advance();

      /** The next row whose text this partition has not seen yet, or null at the end; copies count as done. */
      private Row advance() {
        while (texts.hasNext()) {
          Row row = texts.next();
          if (seen.add(row.getString(0))) {
            return row;
          }
          done.add(1);
        }
        return null;
      }

      @Override
      public boolean hasNext() {
        return nextText != null;
      }

      @Override
      public Row next() {
        if (nextText == null) {
          throw new NoSuchElementException();
        }
        Row in = nextText;
        TextAnnotation annotation = annotator.annotate(in.getString(1));
        done.add(1);
        sentences.add(annotation.sentences().size());
        nextText = advance();
        return AnnotatedRows.toRow(in.getString(0), annotation);
      }
    };
  }
}
