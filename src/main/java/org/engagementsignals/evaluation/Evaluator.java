package org.engagementsignals.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.engagementsignals.ingest.PiiRedactor;
import org.engagementsignals.ingest.TextNormalizer;
import org.engagementsignals.nlp.SentenceAnnotation;
import org.engagementsignals.nlp.TextAnnotation;
import org.engagementsignals.nlp.TextAnnotator;
import org.engagementsignals.tagging.PolarityModel;
import org.engagementsignals.tagging.ResponsePolarity;
import org.engagementsignals.tagging.ResponseTags;
import org.engagementsignals.tagging.SentenceTags;
import org.engagementsignals.tagging.Tagger;

/**
 * Runs the job's own text path on labelled items (normalise, redact contact details, CoreNLP, tag,
 * roll up to the response) and scores it. Spark is left out: it adds nothing to 500 texts, and the
 * per-text code is the same code the job's tasks run.
 */
public final class Evaluator {
  private static final List<String> FOCUS = List.of("RESULTS", "PROCESS", "MIXED", "NEITHER");
  private static final List<String> POLARITY = List.of("-1", "0", "+1");
  private static final List<String> MENTIONED = List.of("-1", "+1");
  private static final List<String> YES_NO = List.of("no", "yes");

  private Evaluator() {}

  /** What the pipeline said about one item. */
  public record Prediction(
      LabelledItem item,
      List<SentenceTags> sentences,
      List<ResponsePolarity.SentenceInput> polarityInputs,
      ResponseTags tags,
      ResponsePolarity.Result polarity) {}

  public static List<Prediction> predict(
      List<LabelledItem> items,
      TextAnnotator annotator,
      Tagger tagger,
      PolarityModel model,
      int threads)
      throws InterruptedException, ExecutionException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Prediction>> futures = new ArrayList<>();
      for (LabelledItem item : items) {
        futures.add(pool.submit(() -> predict(item, annotator, tagger, model)));
      }
      List<Prediction> out = new ArrayList<>();
      for (Future<Prediction> f : futures) {
        out.add(f.get());
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  static Prediction predict(
      LabelledItem item, TextAnnotator annotator, Tagger tagger, PolarityModel model) {
    TextAnnotation a =
        annotator.annotate(PiiRedactor.redact(TextNormalizer.normalize(item.text())).text());
    List<SentenceTags> tags = new ArrayList<>();
    List<ResponsePolarity.SentenceInput> inputs = new ArrayList<>();
    for (SentenceAnnotation s : a.sentences()) {
      SentenceTags t = tagger.tag(s.lemmas(), s.pos(), s.ner(), s.score());
      tags.add(t);
      inputs.add(ResponsePolarity.SentenceInput.of(s.probabilities(), s.lemmas(), t));
    }
    return new Prediction(
        item, tags, inputs, ResponseTags.of(tags), ResponsePolarity.of(inputs, model));
  }

  /** The scores of one split ("dev", "test" or "all"). */
  public record Scores(
      String split,
      int n,
      Confusion focus,
      Confusion trust,
      Confusion connection,
      Confusion personal,
      Confusion professional,
      Confusion sentiment) {

    public String summaryLine() {
      return String.format(
          Locale.ROOT,
          "evaluate[%s n=%d]: focus macro-F1=%.3f trust F1=%.3f connection F1=%.3f challenge.personal F1=%.3f "
              + "challenge.professional F1=%.3f sentiment accuracy=%.3f",
          split,
          n,
          focus.macroF1(),
          trust.microF1(MENTIONED),
          connection.microF1(MENTIONED),
          personal.f1("yes"),
          professional.f1("yes"),
          sentiment.accuracy());
    }

    public String render() {
      StringBuilder s = new StringBuilder();
      s.append(String.format(Locale.ROOT, "== split %s: %d items%n", split, n));
      s.append(focus.render(String.format(Locale.ROOT, "focus: macro-F1 %.3f", focus.macroF1())));
      s.append(
          trust.render(
              String.format(
                  Locale.ROOT,
                  "trust (F1 over mentions, polarity counted) %.3f",
                  trust.microF1(MENTIONED))));
      s.append(
          connection.render(
              String.format(
                  Locale.ROOT,
                  "connection (F1 over mentions, polarity counted) %.3f",
                  connection.microF1(MENTIONED))));
      s.append(
          personal.render(
              String.format(Locale.ROOT, "challenge.personal: F1 %.3f", personal.f1("yes"))));
      s.append(
          professional.render(
              String.format(
                  Locale.ROOT, "challenge.professional: F1 %.3f", professional.f1("yes"))));
      s.append(
          sentiment.render(
              String.format(
                  Locale.ROOT,
                  "response sentiment (3-class): accuracy %.3f, macro-F1 %.3f",
                  sentiment.accuracy(),
                  sentiment.macroF1())));
      return s.toString();
    }
  }

  public static Scores score(List<Prediction> predictions, String split) {
    Confusion focus = new Confusion(FOCUS);
    Confusion trust = new Confusion(POLARITY);
    Confusion connection = new Confusion(POLARITY);
    Confusion personal = new Confusion(YES_NO);
    Confusion professional = new Confusion(YES_NO);
    Confusion sentiment = new Confusion(POLARITY);
    int n = 0;
    for (Prediction p : predictions) {
      if (!split.equals("all") && !p.item().split().equals(split)) {
        continue;
      }
      n++;
      focus.add(p.item().focus(), p.tags().focus().name());
      trust.add(polarity(p.item().trust()), polarity(p.tags().trust()));
      connection.add(polarity(p.item().connection()), polarity(p.tags().connection()));
      personal.add(yes(p.item().challengePersonal()), yes(p.tags().challengePersonal()));
      professional.add(
          yes(p.item().challengeProfessional()), yes(p.tags().challengeProfessional()));
      sentiment.add(polarity(p.item().sentiment()), polarity(p.polarity().label()));
    }
    return new Scores(split, n, focus, trust, connection, personal, professional, sentiment);
  }

  private static String polarity(int v) {
    return v > 0 ? "+1" : v < 0 ? "-1" : "0";
  }

  private static String yes(boolean b) {
    return b ? "yes" : "no";
  }
}
