package org.engagementsignals.nlp;

import java.util.ArrayList;
import java.util.List;
import org.engagementsignals.config.NlpSettings;
import org.engagementsignals.nlp.AnnotationThreads.Attempt;
import org.engagementsignals.nlp.AnnotationThreads.Done;
import org.engagementsignals.nlp.AnnotationThreads.Failed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Annotates texts so that a text CoreNLP cannot annotate costs only itself: every call runs on an
 * {@link AnnotationThreads annotation thread} with a time budget. Texts go together in one
 * document; when the document fails, each of its texts is tried alone. A text that fails alone
 * falls back to the chain without parse and sentiment (tokens, lemmas, POS and names still found,
 * so tagging and redaction still work; {@code sentiment_method = failed}); if even that fails, the
 * text is withheld (no sentences, no text). Either way the text records why.
 */
final class IsolatedAnnotator {
  private static final Logger LOG = LoggerFactory.getLogger(IsolatedAnnotator.class);

  private final NlpSettings settings;
  private final CoreNlpAnnotator full;
  private final AnnotationThreads threads;
  private final long budgetMillis;
  private CoreNlpAnnotator unscored;

  IsolatedAnnotator(NlpSettings settings) {
    this.settings = settings;
    this.full =
        new CoreNlpAnnotator(CoreNlpPipelines.getOrCreate(settings), settings.parseMaxTokens());
    this.threads = AnnotationThreads.getOrCreate(settings.threadStackBytes());
    this.budgetMillis = settings.textTimeBudgetSeconds() * 1000L;
  }

  /** One annotation per text, in order. */
  List<TextAnnotation> annotateAll(List<String> texts) throws InterruptedException {
    Attempt<List<TextAnnotation>> together =
        threads.run(() -> full.annotateAll(texts), budgetMillis);
    if (together instanceof Done<List<TextAnnotation>> done) {
      return done.value();
    }
    if (texts.size() == 1) {
      return List.of(fallBack(texts.get(0), (Failed<?>) together));
    }
    List<TextAnnotation> out = new ArrayList<>(texts.size());
    for (String text : texts) {
      Attempt<List<TextAnnotation>> alone =
          threads.run(() -> full.annotateAll(List.of(text)), budgetMillis);
      out.add(
          alone instanceof Done<List<TextAnnotation>> done
              ? done.value().get(0)
              : fallBack(text, (Failed<?>) alone));
    }
    return out;
  }

  private TextAnnotation fallBack(String text, Failed<?> failure) throws InterruptedException {
    String cause = failure.cause().id();
    // Ids and sizes only: the text itself never goes to a log.
    LOG.warn(
        "a text of {} characters failed annotation ({}: {}); annotating it without parse and"
            + " sentiment",
        text.length(),
        cause,
        failure.detail());
    CoreNlpAnnotator reduced = unscoredAnnotator();
    Attempt<List<TextAnnotation>> attempt =
        threads.run(() -> reduced.annotateAll(List.of(text)), budgetMillis);
    if (attempt instanceof Done<List<TextAnnotation>> done) {
      return done.value().get(0).failedWith(cause);
    }
    Failed<?> again = (Failed<?>) attempt;
    LOG.warn(
        "a text of {} characters also failed without parse and sentiment ({}: {}); it is withheld",
        text.length(),
        again.cause().id(),
        again.detail());
    return TextAnnotation.withheld(cause);
  }

  private CoreNlpAnnotator unscoredAnnotator() {
    if (unscored == null) {
      unscored = CoreNlpAnnotator.unscored(CoreNlpPipelines.getOrCreateUnscored(settings));
    }
    return unscored;
  }
}
