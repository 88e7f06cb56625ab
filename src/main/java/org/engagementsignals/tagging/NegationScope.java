package org.engagementsignals.tagging;

import java.util.List;
import java.util.Set;

/**
 * Which tokens of a sentence are negated. A cue ("not", "never", "no one", "without", "lack of",
 * "fail to", and the irrealis "I wish ...", "it would be nice if ...") negates the tokens after it
 * up to the end of its clause (clause punctuation or a contrast conjunction) or up to the next cue,
 * which starts its own scope: "they don't listen and we don't feel safe" negates both. Emphatic
 * "never" ("never felt so welcome", "never been happier") is not a cue. Separately, a predicative
 * trailing cue in the same clause ("trust is gone", "transparency is lacking") negates a mention
 * before it.
 */
public final class NegationScope {
  private static final Set<String> FORWARD_CUES =
      Set.of(
          "not", "never", "no", "nobody", "none", "nothing", "nowhere", "neither", "nor", "without",
          "hardly", "barely", "rarely", "seldom", "lack", "absence", "zero", "wish");
  private static final Set<String> TRAILING_CUES =
      Set.of(
          "lack",
          "lacking",
          "miss",
          "missing",
          "absent",
          "nonexistent",
          "non-existent",
          "gone",
          "disappear",
          "vanish");
  private static final Set<String> CLAUSE_BREAKS =
      Set.of(
          ",",
          ";",
          ":",
          ".",
          "!",
          "?",
          "--",
          "but",
          "although",
          "though",
          "however",
          "whereas",
          "yet",
          "except");

  /** "it would be nice if my manager knew": the wish marks an absence. */
  private static final Set<String> WISHFUL_BEFORE_IF =
      Set.of("nice", "good", "great", "helpful", "lovely", "better");

  private static final Set<String> INTENSIFIERS = Set.of("so", "such", "more");

  private final List<String> lemmas;
  private final List<String> pos;
  private final String[] coveringCue;

  NegationScope(List<String> lemmas, List<String> pos) {
    this.lemmas = lemmas;
    this.pos = pos;
    this.coveringCue = new String[lemmas.size()];
    String cue = null;
    for (int i = 0; i < lemmas.size(); i++) {
      if (CLAUSE_BREAKS.contains(lemmas.get(i))) {
        cue = null;
      } else if (isForwardCue(i)) {
        cue = lemmas.get(i);
      } else if (cue != null) {
        coveringCue[i] = cue;
      }
    }
  }

  private boolean isForwardCue(int i) {
    String lemma = lemmas.get(i);
    if (lemma.equals("fail")) {
      // "fails to listen" negates; "safe to fail" does not.
      return i + 1 < lemmas.size()
          && lemmas.get(i + 1).equals("to")
          && (i == 0 || !lemmas.get(i - 1).equals("to"));
    }
    if (lemma.equals("if")) {
      return i > 0 && WISHFUL_BEFORE_IF.contains(lemmas.get(i - 1));
    }
    if (lemma.equals("never") && emphatic(i)) {
      return false;
    }
    return FORWARD_CUES.contains(lemma);
  }

  /**
   * "never felt so ...", "never been happier": a comparative or intensifier right after "never".
   */
  private boolean emphatic(int i) {
    for (int j = i + 1; j < Math.min(lemmas.size(), i + 4); j++) {
      String tag = pos.get(j);
      if (INTENSIFIERS.contains(lemmas.get(j)) || "JJR".equals(tag) || "RBR".equals(tag)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Which tokens lie in the forward scope of a negation cue (the cue itself not included).
   *
   * @param lemmas lower-cased lemmas of one sentence
   */
  public static boolean[] negatedTokens(List<String> lemmas, List<String> pos) {
    NegationScope scope = new NegationScope(lemmas, pos);
    boolean[] out = new boolean[lemmas.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = scope.coveringCue[i] != null;
    }
    return out;
  }

  /** The cue negating a mention spanning [start, end), or null when it is not negated. */
  String cueFor(int start, int end) {
    boolean negated = coveringCue[start] != null;
    String cue = coveringCue[start];
    for (int j = end; j < lemmas.size() && !CLAUSE_BREAKS.contains(lemmas.get(j)); j++) {
      if (isTrailingCue(j)) {
        negated = !negated;
        cue = negated ? lemmas.get(j) : null;
        break;
      }
    }
    return negated ? cue : null;
  }

  /**
   * "is lacking", "is completely gone": after "be"; not "lack of X" (a forward cue) nor "we missed
   * X".
   */
  private boolean isTrailingCue(int j) {
    if (!TRAILING_CUES.contains(lemmas.get(j))
        || (j + 1 < lemmas.size() && lemmas.get(j + 1).equals("of"))) {
      return false;
    }
    return (j >= 1 && lemmas.get(j - 1).equals("be")) || (j >= 2 && lemmas.get(j - 2).equals("be"));
  }
}
