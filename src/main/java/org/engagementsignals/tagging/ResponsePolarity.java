package org.engagementsignals.tagging;

import java.util.List;
import org.engagementsignals.nlp.SentenceAnnotation;

/**
 * One polarity for a whole response from its sentences' CoreNLP sentiment. CoreNLP's sentence
 * output is kept untouched beside it; this only decides how sentences combine.
 */
public final class ResponsePolarity {
  /** A response is positive or negative when its score is beyond this margin, else neutral. */
  static final double LABEL_MARGIN = 0.1;

  private ResponsePolarity() {}

  /**
   * Sentence inputs: its five class probabilities, its token count, its tags, whether it has a
   * contrast cue.
   */
  public record SentenceInput(
      double[] probabilities, int tokens, SentenceTags tags, boolean contrast) {

    private static final java.util.Set<String> CONTRAST =
        java.util.Set.of("but", "although", "though", "however", "yet", "whereas");

    public static SentenceInput of(double[] probabilities, List<String> lemmas, SentenceTags tags) {
      boolean contrast =
          lemmas.stream().anyMatch(l -> CONTRAST.contains(l.toLowerCase(java.util.Locale.ROOT)));
      return new SentenceInput(probabilities, lemmas.size(), tags, contrast);
    }
  }

  /** The response's score (-1..1) and label (-1, 0, +1). */
  public record Result(double score, int label) {}

  /**
   * The score is the token-weighted mean of CoreNLP's sentence scores. The label comes from the
   * calibrated model when there is one, else from the score with a fixed margin.
   */
  public static Result of(List<SentenceInput> sentences, PolarityModel model) {
    double score = meanScore(sentences);
    int label;
    if (model != null && !sentences.isEmpty()) {
      label = model.label(PolarityFeatures.of(sentences));
    } else {
      label = score > LABEL_MARGIN ? 1 : score < -LABEL_MARGIN ? -1 : 0;
    }
    return new Result(score, label);
  }

  /** CoreNLP's sentence scores averaged, weighted by sentence length in tokens. */
  static double meanScore(List<SentenceInput> sentences) {
    double weighted = 0;
    int tokens = 0;
    for (SentenceInput s : sentences) {
      weighted += SentenceAnnotation.score(s.probabilities()) * s.tokens();
      tokens += s.tokens();
    }
    return tokens == 0 ? 0 : weighted / tokens;
  }
}
