package org.engagementsignals.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts a too-long sentence into chunks of at most {@code cap} tokens, preferring to cut after
 * clause punctuation once a chunk is at least half the cap, so that each chunk reads as a clause.
 */
final class LongSentenceChunker {
  private static final Set<String> CLAUSE_BREAKS =
      Set.of(",", ";", ":", "--", "-", "–", "—", "...", "…");

  private LongSentenceChunker() {}

  /** Chunks as [start, end) token index pairs covering every token once, in order. */
  static List<int[]> chunks(List<CoreLabel> tokens, int cap) {
    List<int[]> chunks = new ArrayList<>();
    int start = 0;
    int lastBreak = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (CLAUSE_BREAKS.contains(tokens.get(i).originalText())) {
        lastBreak = i;
      }
      if (i - start + 1 == cap) {
        int end = lastBreak >= start + cap / 2 ? lastBreak + 1 : i + 1;
        chunks.add(new int[] {start, end});
        start = end;
        lastBreak = -1;
      }
    }
    if (start < tokens.size()) {
      chunks.add(new int[] {start, tokens.size()});
    }
    return chunks;
  }
}
