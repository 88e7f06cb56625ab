package org.engagementsignals.tagging;

import java.util.List;
import java.util.Set;

/**
 * Which tokens of a sentence are negated. A cue ("not", "never", "no one", "without", "lack of", "fail to",
 * ...) negates the tokens after it up to the end of its clause: the next clause punctuation or contrast
 * conjunction. A token under two cues is not negated ("I never feel I can't speak up"). Separately, a
 * trailing cue later in the same clause ("transparency is lacking", "trust is gone") negates a mention.
 */
final class NegationScope {
  private static final Set<String> FORWARD_CUES =
      Set.of(
          "not", "never", "no", "nobody", "none", "nothing", "nowhere", "neither", "nor", "without", "hardly",
          "barely", "rarely", "seldom", "lack", "absence", "zero");
  private static final Set<String> TRAILING_CUES =
      Set.of("lack", "lacking", "miss", "missing", "absent", "nonexistent", "non-existent", "gone", "disappear", "vanish");
  private static final Set<String> CLAUSE_BREAKS =
      Set.of(",", ";", ":", ".", "!", "?", "--", "but", "although", "though", "however", "whereas", "yet", "except");

  private final List<String> lemmas;
  private final int[] cuesCovering;
  private final String[] coveringCue;

  NegationScope(List<String> lemmas) {
    this.lemmas = lemmas;
    this.cuesCovering = new int[lemmas.size()];
    this.coveringCue = new String[lemmas.size()];
    for (int i = 0; i < lemmas.size(); i++) {
      if (isForwardCue(i)) {
        for (int j = i + 1; j < lemmas.size() && !CLAUSE_BREAKS.contains(lemmas.get(j)); j++) {
          cuesCovering[j]++;
          coveringCue[j] = lemmas.get(i);
        }
      }
    }
  }

  private boolean isForwardCue(int i) {
    String lemma = lemmas.get(i);
    if (lemma.equals("fail")) {
      // "fails to listen" negates; "safe to fail" does not.
      return i + 1 < lemmas.size() && lemmas.get(i + 1).equals("to") && (i == 0 || !lemmas.get(i - 1).equals("to"));
    }
    return FORWARD_CUES.contains(lemma);
  }

  /** The cue negating a mention spanning [start, end), or null when it is not negated. */
  String cueFor(int start, int end) {
    boolean negated = cuesCovering[start] % 2 == 1;
    String cue = negated ? coveringCue[start] : null;
    for (int j = end; j < lemmas.size() && !CLAUSE_BREAKS.contains(lemmas.get(j)); j++) {
      if (TRAILING_CUES.contains(lemmas.get(j)) && !isForwardCueWithScope(j)) {
        negated = !negated;
        cue = negated ? lemmas.get(j) : null;
        break;
      }
    }
    return negated ? cue : null;
  }

  /** "lack of X" is a forward cue; "X is lacking" a trailing one. */
  private boolean isForwardCueWithScope(int j) {
    return j + 1 < lemmas.size() && lemmas.get(j + 1).equals("of");
  }
}
