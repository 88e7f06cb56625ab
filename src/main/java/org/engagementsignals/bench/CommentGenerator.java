package org.engagementsignals.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Deterministic survey-like comments for benchmarks and scale tests: each is 1 to 3 sentences drawn
 * from a pool of real-looking sentences (the shipped samples), every comment distinct, the same for
 * the same seed.
 */
public final class CommentGenerator {

  private CommentGenerator() {}

  public static List<String> generate(List<String> sentencePool, int comments, long seed) {
    if (sentencePool.size() < 10) {
      throw new IllegalArgumentException(
          "need at least 10 sentences to generate from, got " + sentencePool.size());
    }
    Random random = new Random(seed);
    Set<String> out = new LinkedHashSet<>();
    int attempts = 0;
    while (out.size() < comments) {
      if (++attempts > comments * 50) {
        throw new IllegalStateException(
            "cannot make "
                + comments
                + " distinct comments from "
                + sentencePool.size()
                + " sentences");
      }
      int n = 1 + random.nextInt(random.nextInt(4) == 0 ? 3 : 2);
      List<String> parts = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        parts.add(sentencePool.get(random.nextInt(sentencePool.size())));
      }
      out.add(String.join(" ", parts));
    }
    return List.copyOf(out);
  }

  /** Splits texts into rough sentences (at ., ! and ? followed by a space) for the pool. */
  public static List<String> sentences(List<String> texts) {
    List<String> pool = new ArrayList<>();
    for (String t : texts) {
      for (String s : t.replace('\n', ' ').split("(?<=[.!?])\\s+")) {
        String x = s.strip();
        if (x.length() > 3) {
          pool.add(x);
        }
      }
    }
    return pool;
  }
}
