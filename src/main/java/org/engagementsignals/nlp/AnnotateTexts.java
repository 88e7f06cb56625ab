package org.engagementsignals.nlp;

import java.util.Iterator;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import org.engagementsignals.config.NlpSettings;

/**
 * Annotates a partition of (text_hash, text) rows lazily, one text at a time, with the JVM's shared
 * pipeline. Counts finished texts (which drive the progress line) and their sentences into accumulators.
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
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return texts.hasNext();
      }

      @Override
      public Row next() {
        Row in = texts.next();
        TextAnnotation annotation = annotator.annotate(in.getString(1));
        done.add(1);
        sentences.add(annotation.sentences().size());
        return AnnotatedRows.toRow(in.getString(0), annotation);
      }
    };
  }
}
