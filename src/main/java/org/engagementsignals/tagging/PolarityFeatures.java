package org.engagementsignals.tagging;

import java.util.List;
import org.engagementsignals.nlp.SentenceAnnotation;

/**
 * The features a response's polarity is calibrated on: how CoreNLP's sentence classes and
 * probabilities spread over the response, where the contrast and negation cues are, and the
 * taxonomy's signals. Named so that a model file says what each weight is for.
 */
public final class PolarityFeatures {
  public static final List<String> NAMES =
      List.of(
          "p_very_negative",
          "p_negative",
          "p_neutral",
          "p_positive",
          "p_very_positive",
          "score_mean",
          "score_min",
          "score_max",
          "score_first",
          "score_last",
          "score_after_contrast",
          "share_negative_sentences",
          "share_positive_sentences",
          "contrast",
          "negated_sentences",
          "trust",
          "connection",
          "challenge_personal",
          "challenge_professional",
          "log_sentences");

  private PolarityFeatures() {}

  public static double[] of(List<ResponsePolarity.SentenceInput> sentences) {
    double[] x = new double[NAMES.size()];
    if (sentences.isEmpty()) {
      return x;
    }
    int tokens = 0;
    double min = 1;
    double max = -1;
    int negative = 0;
    int positive = 0;
    int negated = 0;
    int trust = 0;
    int connection = 0;
    boolean contrast = false;
    double afterContrast = 0;
    int afterContrastCount = 0;
    boolean personal = false;
    boolean professional = false;
    for (ResponsePolarity.SentenceInput s : sentences) {
      double score = SentenceAnnotation.score(s.probabilities());
      for (int c = 0; c < 5; c++) {
        x[c] += s.probabilities()[c] * s.tokens();
      }
      tokens += s.tokens();
      min = Math.min(min, score);
      max = Math.max(max, score);
      negative += SentenceAnnotation.argmax(s.probabilities()) <= 1 ? 1 : 0;
      positive += SentenceAnnotation.argmax(s.probabilities()) >= 3 ? 1 : 0;
      negated += s.tags().negated() ? 1 : 0;
      trust += s.tags().trust();
      connection += s.tags().connection();
      personal |= s.tags().challengePersonal();
      professional |= s.tags().challengeProfessional();
      if (contrast) {
        afterContrast += score;
        afterContrastCount++;
      }
      if (s.contrast()) {
        contrast = true;
      }
    }
    for (int c = 0; c < 5; c++) {
      x[c] /= Math.max(tokens, 1);
    }
    int n = sentences.size();
    x[5] = ResponsePolarity.meanScore(sentences);
    x[6] = min;
    x[7] = max;
    x[8] = SentenceAnnotation.score(sentences.get(0).probabilities());
    x[9] = SentenceAnnotation.score(sentences.get(n - 1).probabilities());
    x[10] = afterContrastCount == 0 ? x[5] : afterContrast / afterContrastCount;
    x[11] = (double) negative / n;
    x[12] = (double) positive / n;
    x[13] = contrast ? 1 : 0;
    x[14] = (double) negated / n;
    x[15] = Integer.signum(trust);
    x[16] = Integer.signum(connection);
    x[17] = personal ? 1 : 0;
    x[18] = professional ? 1 : 0;
    x[19] = Math.log(n);
    return x;
  }
}
