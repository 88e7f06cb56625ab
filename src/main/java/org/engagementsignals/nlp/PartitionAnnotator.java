package org.engagementsignals.nlp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import org.engagementsignals.config.NlpSettings;
import scala.Tuple2;

/**
 * The per-partition function of the annotation stage: annotates a partition of (text_hash, text)
 * pairs lazily, a few texts at a time, with the JVM's shared pipeline on its {@link
 * IsolatedAnnotator isolated} annotation threads, and yields one row per distinct text. The
 * partitioner puts every copy of a text in the same partition, so dropping the copies seen before
 * here drops them from the whole month. Counts the rows read (which drive the progress line) and
 * the sentences annotated into accumulators.
 */
final class PartitionAnnotator implements MapPartitionsFunction<Tuple2<String, String>, Row> {
  private static final long serialVersionUID = 1L;

  /**
   * Texts annotated together in one CoreNLP document ({@link CoreNlpAnnotator#annotateAll}): less
   * CPU than a document per text, with identical annotations
   * (docs/decisions/006-annotation-stage-on-spark.md).
   */
  static final int TEXTS_PER_DOCUMENT = 20;

  /**
   * A document takes no more texts once it holds this many characters, so that one document is at
   * most about two of the longest texts' work, and one time budget fits a document as well as a
   * text. Comments are far shorter: this only cuts documents of long reflections.
   */
  static final int DOCUMENT_CHARS = 20_000;

  private final NlpSettings settings;
  private final LongAccumulator done;
  private final LongAccumulator sentences;

  PartitionAnnotator(NlpSettings settings, LongAccumulator done, LongAccumulator sentences) {
    this.settings = settings;
    this.done = done;
    this.sentences = sentences;
  }

  @Override
  public Iterator<Row> call(Iterator<Tuple2<String, String>> texts) {
    if (!texts.hasNext()) {
      // Nothing to annotate (e.g. every text came from the cache): do not load the models for it.
      return java.util.Collections.emptyIterator();
    }
    IsolatedAnnotator annotator = new IsolatedAnnotator(settings);
    Set<String> seen = new HashSet<>();
    return new Iterator<>() {
      private final Deque<Row> annotated = new ArrayDeque<>();

      @Override
      public boolean hasNext() {
        if (annotated.isEmpty()) {
          annotateNextTexts();
        }
        return !annotated.isEmpty();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return annotated.poll();
      }

      /**
       * Annotates the next texts this partition has not seen yet, together; copies count as done.
       */
      private void annotateNextTexts() {
        List<String> hashes = new ArrayList<>(TEXTS_PER_DOCUMENT);
        List<String> batch = new ArrayList<>(TEXTS_PER_DOCUMENT);
        int chars = 0;
        while (batch.size() < TEXTS_PER_DOCUMENT && chars < DOCUMENT_CHARS && texts.hasNext()) {
          Tuple2<String, String> text = texts.next();
          if (seen.add(text._1())) {
            hashes.add(text._1());
            batch.add(text._2());
            chars += text._2().length();
          } else {
            done.add(1);
          }
        }
        if (batch.isEmpty()) {
          return;
        }
        List<TextAnnotation> annotations;
        try {
          annotations = annotator.annotateAll(batch);
        } catch (InterruptedException e) {
          // Spark is cancelling this task: stop here, as CoreNLP itself would.
          Thread.currentThread().interrupt();
          throw new edu.stanford.nlp.util.RuntimeInterruptedException(e);
        }
        for (int i = 0; i < batch.size(); i++) {
          sentences.add(annotations.get(i).sentences().size());
          annotated.add(AnnotationSchema.toRow(hashes.get(i), annotations.get(i)));
        }
        done.add(batch.size());
      }
    };
  }
}
