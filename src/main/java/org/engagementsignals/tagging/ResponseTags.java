package org.engagementsignals.tagging;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a whole response talks about, from its sentences.
 *
 * @param resultsShare share of its sentences that talk about results (RESULTS or MIXED)
 * @param processShare share of its sentences that talk about process (PROCESS or MIXED)
 * @param trust net polarity over its sentences: -1, 0, +1
 */
public record ResponseTags(
    Focus focus,
    double resultsShare,
    double processShare,
    List<String> topics,
    List<String> indicators,
    int trust,
    int connection,
    boolean challengePersonal,
    boolean challengeProfessional) {

  public static ResponseTags of(List<SentenceTags> sentences) {
    int results = 0;
    int process = 0;
    int trust = 0;
    int connection = 0;
    boolean trustNegative = false;
    boolean connectionNegative = false;
    boolean personal = false;
    boolean professional = false;
    Set<String> topics = new TreeSet<>();
    for (SentenceTags s : sentences) {
      results += s.focus() == Focus.RESULTS || s.focus() == Focus.MIXED ? 1 : 0;
      process += s.focus() == Focus.PROCESS || s.focus() == Focus.MIXED ? 1 : 0;
      trust += s.trust();
      connection += s.connection();
      trustNegative |= s.trust() < 0;
      connectionNegative |= s.connection() < 0;
      personal |= s.challengePersonal();
      professional |= s.challengeProfessional();
      topics.addAll(s.topics());
    }
    // A tie between positive and negative sentences reads as negative
    // (docs/labelling-guidelines.md):
    // "Great communication as always. We found out from the news."
    trust = trust == 0 && trustNegative ? -1 : Integer.signum(trust);
    connection = connection == 0 && connectionNegative ? -1 : Integer.signum(connection);
    List<String> indicators = Indicators.of(personal, professional, connection, trust);
    int n = Math.max(1, sentences.size());
    return new ResponseTags(
        Focus.of(results > 0, process > 0),
        (double) results / n,
        (double) process / n,
        List.copyOf(topics),
        indicators,
        trust,
        connection,
        personal,
        professional);
  }
}
