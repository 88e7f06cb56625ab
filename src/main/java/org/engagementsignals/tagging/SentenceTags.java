package org.engagementsignals.tagging;

import java.util.List;

/**
 * What a sentence talks about.
 *
 * @param topics topic ids, sorted
 * @param indicators e.g. {@code trust:-1}, {@code connection:+1}, {@code challenge.personal},
 *     sorted
 * @param negated whether any mention sits in a negation's scope
 * @param evidence the matched lemma phrases, as {@code topic: lemmas}, with the negation cue if any
 * @param trust net polarity of trust mentions: -1, 0 or +1
 * @param connection net polarity of connection mentions: -1, 0 or +1
 */
public record SentenceTags(
    Focus focus,
    List<String> topics,
    List<String> indicators,
    boolean negated,
    List<String> evidence,
    int trust,
    int connection,
    boolean challengePersonal,
    boolean challengeProfessional) {}
