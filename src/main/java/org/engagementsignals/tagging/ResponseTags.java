package org.engagementsignals.tagging;

import java.util.ArrayList;
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
    boolean personal = false;
    boolean professional = false;
    Set<String> topics = new TreeSet<>();
    for (SentenceTags s : sentences) {
      results += s.focus() == Focus.RESULTS || s.focus() == Focus.MIXED ? 1 : 0;
      process += s.focus() == Focus.PROCESS || s.focus() == Focus.MIXED ? 1 : 0;
      trust += s.trust();
      connection += s.connection();
      personal |= s.challengePersonal();
      professional |= s.challengeProfessional();
      topics.addAll(s.topics());
    }
    List<String> indicators = new ArrayList<>();
    if (personal) {
      indicators.add("challenge.personal");
    }
    if (professional) {
      indicators.add("challenge.professional");
    }
    if (connection != 0) {
      indicators.add(connection > 0 ? "connection:+1" : "connection:-1");
    }
    if (trust != 0) {
      indicators.add(trust > 0 ? "trust:+1" : "trust:-1");
    }
    int n = Math.max(1, sentences.size());
    return new ResponseTags(
        Focus.of(results > 0, process > 0), (double) results / n, (double) process / n, List.copyOf(topics),
        List.copyOf(indicators), Integer.signum(trust), Integer.signum(connection), personal, professional);
  }
}
