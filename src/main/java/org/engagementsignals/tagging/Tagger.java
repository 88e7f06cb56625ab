package org.engagementsignals.tagging;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.engagementsignals.contract.IndicatorValues;

/** Tags one sentence with the taxonomy. Immutable and thread-safe. */
public final class Tagger implements Serializable {
  private static final long serialVersionUID = 1L;

  /** NER tags that are results evidence when the sentence also has a results topic. */
  static final Set<String> RESULTS_NER = Set.of("MONEY", "PERCENT", "NUMBER", "DATE", "DURATION");

  /** A sentiment-polarity mention takes a direction only from a clearly non-neutral sentence. */
  static final double SENTIMENT_MARGIN = 0.15;

  private record Entry(Topic topic, List<TokenPattern> phrase) implements Serializable {}

  private final Taxonomy taxonomy;
  private final Map<String, List<Entry>> byFirstLemma = new HashMap<>();
  private final List<Entry> startingWithoutLemma = new ArrayList<>();

  public Tagger(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
    for (Topic topic : taxonomy.topics()) {
      for (List<TokenPattern> phrase : topic.phrases()) {
        Entry e = new Entry(topic, phrase);
        String first = phrase.get(0).lemma();
        if (first == null) {
          startingWithoutLemma.add(e);
        } else {
          byFirstLemma.computeIfAbsent(first, k -> new ArrayList<>()).add(e);
        }
      }
    }
  }

  public Taxonomy taxonomy() {
    return taxonomy;
  }

  public SentenceTags tag(
      List<String> lemmas, List<String> pos, List<String> ner, double sentimentScore) {
    List<String> lower = new ArrayList<>(lemmas.size());
    for (String l : lemmas) {
      lower.add(l.toLowerCase(Locale.ROOT));
    }
    NegationScope negation = new NegationScope(lower, pos);
    Set<String> topics = new TreeSet<>();
    Set<String> evidence = new java.util.LinkedHashSet<>();
    boolean results = false;
    boolean process = false;
    boolean negated = false;
    int trust = 0;
    int connection = 0;
    boolean personal = false;
    boolean professional = false;
    for (Mention m : longestMentions(lower, pos, ner)) {
      Topic t = m.topic();
      topics.add(t.id());
      results |= t.focus() == Focus.RESULTS;
      process |= t.focus() == Focus.PROCESS;
      String cue = negation.cueFor(m.start(), m.end());
      negated |= cue != null;
      evidence.add(
          t.id()
              + ": "
              + String.join(" ", lower.subList(m.start(), m.end()))
              + (cue == null ? "" : " [negated by '" + cue + "']"));
      int polarity = polarity(t, cue != null, sentimentScore);
      switch (t.family()) {
        case TRUST -> trust += polarity;
        case CONNECTION -> connection += polarity;
        case CHALLENGE_PERSONAL -> personal = true;
        case CHALLENGE_PROFESSIONAL -> professional = true;
        default -> {}
      }
    }
    if (results) {
      addResultsCues(lower, ner, evidence);
    }
    List<String> indicators = IndicatorValues.of(personal, professional, connection, trust);
    return new SentenceTags(
        Focus.of(results, process),
        List.copyOf(topics),
        indicators,
        negated,
        List.copyOf(evidence),
        Integer.signum(trust),
        Integer.signum(connection),
        personal,
        professional);
  }

  private record Mention(Topic topic, int start, int end) {}

  /**
   * Every phrase match, less those inside a longer match: "lose * trust" is one negative trust
   * mention, not also a positive one for "trust". One mention per topic and start.
   */
  private List<Mention> longestMentions(List<String> lemmas, List<String> pos, List<String> ner) {
    List<Mention> all = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < lemmas.size(); i++) {
      for (Entry e : candidates(lemmas.get(i))) {
        int end = matchEnd(e.phrase, lemmas, pos, ner, i);
        if (end >= 0 && seen.add(e.topic.id() + "@" + i + "-" + end)) {
          all.add(new Mention(e.topic, i, end));
        }
      }
    }
    List<Mention> kept = new ArrayList<>();
    Set<String> topicStarts = new java.util.HashSet<>();
    for (Mention m : all) {
      boolean inside =
          all.stream()
              .anyMatch(
                  o ->
                      o != m
                          && o.start() <= m.start()
                          && o.end() >= m.end()
                          && (o.end() - o.start()) > (m.end() - m.start()));
      if (!inside && topicStarts.add(m.topic().id() + "@" + m.start())) {
        kept.add(m);
      }
    }
    return kept;
  }

  private List<Entry> candidates(String lemma) {
    List<Entry> byLemma = byFirstLemma.getOrDefault(lemma, List.of());
    if (startingWithoutLemma.isEmpty()) {
      return byLemma;
    }
    List<Entry> all = new ArrayList<>(byLemma);
    all.addAll(startingWithoutLemma);
    return all;
  }

  /** The end (exclusive) of a match of {@code phrase} starting at {@code start}, or -1. */
  private static int matchEnd(
      List<TokenPattern> phrase,
      List<String> lemmas,
      List<String> pos,
      List<String> ner,
      int start) {
    if (start + phrase.size() > lemmas.size()) {
      return -1;
    }
    for (int k = 0; k < phrase.size(); k++) {
      int j = start + k;
      if (!phrase.get(k).matches(lemmas.get(j), pos.get(j), ner.get(j))) {
        return -1;
      }
    }
    return start + phrase.size();
  }

  private static int polarity(Topic t, boolean negated, double sentimentScore) {
    if (!t.family().polar()) {
      return 0;
    }
    if (t.polarity() == Polarity.SENTIMENT) {
      // CoreNLP's sentiment already reads the negation; flipping again would double count it.
      return Math.abs(sentimentScore) < SENTIMENT_MARGIN ? 0 : (sentimentScore > 0 ? 1 : -1);
    }
    int p = t.polarity() == Polarity.POSITIVE ? 1 : -1;
    return negated ? -p : p;
  }

  private static void addResultsCues(List<String> lemmas, List<String> ner, Set<String> evidence) {
    for (int i = 0; i < ner.size(); i++) {
      String tag = ner.get(i);
      if (!RESULTS_NER.contains(tag)) {
        continue;
      }
      int j = i;
      while (j + 1 < ner.size() && ner.get(j + 1).equals(tag)) {
        j++;
      }
      evidence.add("results cue " + tag + ": " + String.join(" ", lemmas.subList(i, j + 1)));
      i = j;
    }
  }
}
