package org.engagementsignals.nlp;

import java.util.List;

/**
 * One sentence as CoreNLP saw it, person names already replaced by {@code [PERSON]}.
 *
 * @param sentiment CoreNLP's class, 0 (very negative) to 4 (very positive); -1 when unscored
 * @param probabilities the five class probabilities; null when unscored
 * @param score the expectation over the classes mapped to -1..1; NaN when unscored
 * @param method {@code parse}; {@code split} when the sentence was longer than the parser's cap and
 *     was scored as the token-weighted mean of its clause chunks' probabilities; {@code failed}
 *     when the full chain failed on its text and it was annotated without parse and sentiment
 *     (unscored)
 */
public record SentenceAnnotation(
    int index,
    String textRedacted,
    List<String> tokens,
    List<String> lemmas,
    List<String> pos,
    List<String> ner,
    int sentiment,
    double[] probabilities,
    double score,
    String method) {

  public static final String PARSED = "parse";
  public static final String SPLIT = "split";
  public static final String FAILED = "failed";

  /** A sentence annotated without parse and sentiment. */
  static SentenceAnnotation unscored(
      int index,
      String textRedacted,
      List<String> tokens,
      List<String> lemmas,
      List<String> pos,
      List<String> ner) {
    return new SentenceAnnotation(
        index, textRedacted, tokens, lemmas, pos, ner, -1, null, Double.NaN, FAILED);
  }

  /** Whether CoreNLP's sentiment model scored this sentence. */
  public boolean scored() {
    return probabilities != null;
  }

  /** The most probable class (the first on a tie). */
  public static int argmax(double[] probabilities) {
    int best = 0;
    for (int c = 1; c < probabilities.length; c++) {
      if (probabilities[c] > probabilities[best]) {
        best = c;
      }
    }
    return best;
  }

  /** Expected class on the 0..4 scale, mapped linearly to -1..1. */
  public static double score(double[] probabilities) {
    double expectation = 0;
    for (int c = 0; c < probabilities.length; c++) {
      expectation += c * probabilities[c];
    }
    return (expectation - 2) / 2;
  }
}
