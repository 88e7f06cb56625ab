package org.engagementsignals.nlp;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.Partitioner;

/**
 * How the texts to annotate are cut into Spark tasks. Equal tasks leave cores idle at the end of
 * the stage, while the last ones finish one by one
 * (docs/decisions/006-annotation-stage-on-spark.md). So tasks shrink as the work runs out ("guided"
 * scheduling): each takes 1/(2 x cores) of the texts still left, at most {@code maxTexts} and at
 * least {@link #MIN_TEXTS} (or {@code maxTexts} if smaller). Spark starts tasks in partition order,
 * so the small ones run last and the cores finish together.
 *
 * <p>A text's task follows from its hash alone, so a plan assigns texts deterministically without a
 * sort.
 */
public final class TaskPlan extends Partitioner {
  private static final long serialVersionUID = 1L;
  static final int MIN_TEXTS = 5;
  private static final int HASH_DIGITS = 13;

  /** Upper bound of each task's share of [0, 1), in partition order; the last is 1. */
  private final double[] upperBounds;

  private TaskPlan(double[] upperBounds) {
    this.upperBounds = upperBounds;
  }

  /**
   * A plan for {@code texts} texts over {@code cores} cores with tasks of at most {@code maxTexts}.
   */
  public static TaskPlan of(long texts, int maxTexts, int cores) {
    List<Long> sizes = sizes(texts, maxTexts, cores);
    double[] bounds = new double[sizes.size()];
    long cumulative = 0;
    for (int i = 0; i < bounds.length; i++) {
      cumulative += sizes.get(i);
      bounds[i] = (double) cumulative / texts;
    }
    bounds[bounds.length - 1] = 1.0;
    return new TaskPlan(bounds);
  }

  /**
   * Task sizes in run order: non-increasing, summing to {@code texts}; one empty task for no texts.
   */
  static List<Long> sizes(long texts, int maxTexts, int cores) {
    List<Long> sizes = new ArrayList<>();
    long left = texts;
    while (left > 0) {
      long guided = (left + 2L * cores - 1) / (2L * cores);
      long size =
          Math.min(left, Math.max(Math.min(MIN_TEXTS, maxTexts), Math.min(maxTexts, guided)));
      sizes.add(size);
      left -= size;
    }
    if (sizes.isEmpty()) {
      sizes.add(0L);
    }
    return sizes;
  }

  @Override
  public int numPartitions() {
    return upperBounds.length;
  }

  /**
   * The task of a text, from its hex SHA-256 {@code text_hash}: the hash read as a number in [0,
   * 1).
   */
  @Override
  public int getPartition(Object textHash) {
    double u =
        Long.parseLong(((String) textHash).substring(0, HASH_DIGITS), 16)
            / Math.pow(16, HASH_DIGITS);
    int low = 0;
    int high = upperBounds.length - 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (u < upperBounds[mid]) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low;
  }
}
