package org.engagementsignals.nlp;

import java.util.List;

/**
 * One sentence as CoreNLP saw it, person names already replaced by {@code [PERSON]}.
 *
 * @param sentiment CoreNLP's class, 0 (very negative) to 4 (very positive)
 * @param probabilities the five class probabilities
 * @param score the expectation over the classes mapped to -1..1
 * @param method {@code parse}, or {@code split} when the sentence was longer than the parser's cap
 *     and was scored as the token-weighted mean of its clause chunks' probabilities
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
