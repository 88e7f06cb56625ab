package org.engagementsignals.labels;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.engagementsignals.nlp.SentenceAnnotation;
import org.engagementsignals.tagging.NegationScope;
import org.engagementsignals.tagging.SentenceTags;
import org.engagementsignals.tagging.Tagger;

/**
 * What the label model sees of a text: named terms from CoreNLP's annotations and the taxonomy's
 * matches (a bag: each term once per text), and a few numbers from CoreNLP's sentence sentiment.
 * Training and the monthly job both build features here, from the same annotations, so the model
 * sees in a run exactly what it was trained on. Immutable and thread-safe.
 */
public final class LabelFeatures implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Feature families, chosen by cross-validation and recorded in the model's metadata. */
  public enum Family {
    /** {@code w:manager}: lower-cased lemmas. */
    LEMMAS,
    /** {@code b:great person}: adjacent lemma pairs within a sentence. */
    BIGRAMS,
    /** {@code neg:listen}: content lemmas inside a negation cue's scope. */
    NEGATION,
    /** {@code t:trust_blame_fear}, {@code i:trust:-1}: the taxonomy's topics and indicators. */
    TAXONOMY,
    /** {@code ner:MONEY}: CoreNLP's entity and quantity types. */
    NER,
    /** {@code j:fair}: adjective lemmas, from CoreNLP's POS tags. */
    ADJECTIVES,
    /** The dense numbers: CoreNLP's sentence sentiment, summed up over the text. */
    SENTIMENT
  }

  /** The dense features, in vector order. */
  public static final List<String> DENSE_NAMES =
      List.of(
          "sentiment p(very negative)",
          "sentiment p(negative)",
          "sentiment p(neutral)",
          "sentiment p(positive)",
          "sentiment p(very positive)",
          "lowest sentence sentiment",
          "highest sentence sentiment",
          "log tokens");

  private static final Set<String> CONTENT_POS = Set.of("NN", "VB", "JJ", "RB");

  private final Tagger tagger;
  private final Set<Family> families;

  /**
   * @param tagger the taxonomy the model was trained with (it ships in the model's folder)
   */
  public LabelFeatures(Tagger tagger, Set<Family> families) {
    this.tagger = tagger;
    this.families = families.isEmpty() ? Set.of() : EnumSet.copyOf(families);
  }

  public Set<Family> families() {
    return families;
  }

  public Tagger tagger() {
    return tagger;
  }

  /** One annotated sentence: lemmas, POS and NER per token, and CoreNLP's five probabilities. */
  public record Sentence(
      List<String> lemmas, List<String> pos, List<String> ner, double[] probabilities) {}

  /** A text's features: its terms, sorted, and its dense numbers in {@link #DENSE_NAMES} order. */
  public record Features(List<String> terms, double[] dense) {}

  /**
   * @param tags each sentence's tags by {@link #tagger()}, or null to tag here
   */
  public Features of(List<Sentence> sentences, List<SentenceTags> tags) {
    Set<String> terms = new TreeSet<>();
    double[] probs = new double[5];
    double lowest = 0;
    double highest = 0;
    int tokens = 0;
    for (int s = 0; s < sentences.size(); s++) {
      Sentence sentence = sentences.get(s);
      List<String> lemmas = lower(sentence.lemmas());
      List<String> words = new ArrayList<>(lemmas.size());
      boolean[] negated = NegationScope.negatedTokens(lemmas, sentence.pos());
      for (int i = 0; i < lemmas.size(); i++) {
        String lemma = lemmas.get(i);
        String pos = sentence.pos().get(i);
        if (!isWord(lemma)) {
          continue;
        }
        words.add(lemma);
        add(terms, Family.LEMMAS, "w:" + lemma);
        boolean content = pos.length() >= 2 && CONTENT_POS.contains(pos.substring(0, 2));
        if (negated[i] && content) {
          add(terms, Family.NEGATION, "neg:" + lemma);
        }
        if (pos.startsWith("JJ")) {
          add(terms, Family.ADJECTIVES, "j:" + lemma);
        }
        String ner = sentence.ner().get(i);
        if (!ner.equals("O")) {
          add(terms, Family.NER, "ner:" + ner);
        }
      }
      for (int i = 0; i + 1 < words.size(); i++) {
        add(terms, Family.BIGRAMS, "b:" + words.get(i) + " " + words.get(i + 1));
      }
      if (families.contains(Family.TAXONOMY)) {
        SentenceTags t =
            tags != null
                ? tags.get(s)
                : tagger.tag(sentence.lemmas(), sentence.pos(), sentence.ner(), score(sentence));
        t.topics().forEach(topic -> terms.add("t:" + topic));
        t.indicators().forEach(indicator -> terms.add("i:" + indicator));
        terms.add("f:" + t.focus().name());
      }
      int n = Math.max(1, lemmas.size());
      double score = score(sentence);
      for (int c = 0; c < probs.length; c++) {
        probs[c] += n * sentence.probabilities()[c];
      }
      lowest = s == 0 ? score : Math.min(lowest, score);
      highest = s == 0 ? score : Math.max(highest, score);
      tokens += n;
    }
    double[] dense = new double[DENSE_NAMES.size()];
    if (families.contains(Family.SENTIMENT) && tokens > 0) {
      for (int c = 0; c < probs.length; c++) {
        dense[c] = probs[c] / tokens;
      }
      dense[5] = lowest;
      dense[6] = highest;
      dense[7] = Math.log1p(tokens);
    }
    return new Features(List.copyOf(terms), dense);
  }

  private void add(Set<String> terms, Family family, String term) {
    if (families.contains(family)) {
      terms.add(term);
    }
  }

  private static double score(Sentence s) {
    return SentenceAnnotation.score(s.probabilities());
  }

  /** A token with a letter or digit: punctuation and symbols carry no topic. */
  private static boolean isWord(String lemma) {
    for (int i = 0; i < lemma.length(); i++) {
      if (Character.isLetterOrDigit(lemma.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static List<String> lower(List<String> lemmas) {
    List<String> out = new ArrayList<>(lemmas.size());
    for (String l : lemmas) {
      out.add(l.toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /** Families by name, for metadata and options: {@code LEMMAS,BIGRAMS}. */
  public static Set<Family> parse(String names) {
    Set<Family> out = new LinkedHashSet<>();
    for (String name : names.split(",")) {
      if (!name.isBlank()) {
        out.add(Family.valueOf(name.strip().toUpperCase(Locale.ROOT)));
      }
    }
    return out;
  }
}
