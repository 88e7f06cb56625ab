package org.engagementsignals.indicators;

/**
 * 95% confidence intervals for the shares and indexes of the indicator tables, and the flag that
 * says whether a change between two periods is larger than their uncertainty.
 *
 * <p>Intervals are returned as plain arrays so that the Spark aggregation can copy them into {@code
 * *_ci_low} / {@code *_ci_high} columns without an object per row. An interval that cannot be
 * computed (no respondents) is made of {@code NaN}s, which the caller writes as null.
 */
public final class Intervals {
  /** The two-sided 95% quantile of the standard normal distribution. */
  static final double Z = 1.959963984540054;

  private Intervals() {}

  /**
   * The 95% Wilson score interval for a proportion {@code successes / n}:
   *
   * <pre>
   *   centre = (p + z²/2n) / (1 + z²/n)
   *   half   = z / (1 + z²/n) · √(p(1 − p)/n + z²/4n²)
   * </pre>
   *
   * <p>Unlike the normal (Wald) interval it does not collapse to a point at 0% or 100% and stays
   * inside [0, 1], which matters for the small groups this project publishes (k can be 5).
   *
   * @return {@code {low, high}} within [0, 1], exactly 0 for no successes and 1 for all; {@code
   *     {NaN, NaN}} when {@code n == 0}
   * @throws IllegalArgumentException unless {@code 0 <= successes <= n}
   */
  public static double[] wilson(long successes, long n) {
    if (n < 0 || successes < 0 || successes > n) {
      throw new IllegalArgumentException(
          "successes must be between 0 and n, got successes=" + successes + ", n=" + n);
    }
    if (n == 0) {
      return new double[] {Double.NaN, Double.NaN};
    }
    double p = (double) successes / n;
    double z2 = Z * Z;
    double denominator = 1 + z2 / n;
    double centre = (p + z2 / (2.0 * n)) / denominator;
    double half = Z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
    // At 0 and n successes the bound is exactly 0 or 1; rounding would leave it slightly off.
    double low = successes == 0 ? 0 : centre - half;
    double high = successes == n ? 1 : centre + half;
    return new double[] {low, high};
  }

  /**
   * A net index {@code (positive − negative) / n} in [−1, 1], where each of the {@code n}
   * respondents counts +1, −1 or 0, with its 95% interval.
   *
   * <p>The interval is the normal approximation for a mean of values in {−1, 0, 1}: with {@code p+
   * = positive/n} and {@code p− = negative/n} the variance of one value is {@code p+ + p− − (p+ −
   * p−)²}, so the index has variance {@code (p+ + p− − (p+ − p−)²) / n} and the interval is {@code
   * index ± z·√var}, clipped to [−1, 1].
   *
   * <p>When everyone gave the same value {@code v} the variance is 0 and the normal interval would
   * be a point. Then {@code u}, the Wilson upper bound for the share of respondents who would
   * answer differently (0 of {@code n} did), bounds how far the index can move: at most {@code u·(1
   * + v)} down (towards −1) and {@code u·(1 − v)} up. For all +1 this is exactly the Wilson
   * interval of the share of +1 mapped by {@code 2p − 1}, and symmetrically for all −1; for all 0
   * it is {@code [−u, u]}.
   *
   * @return {@code {index, low, high}}; three {@code NaN}s when {@code n == 0}
   * @throws IllegalArgumentException when a count is negative or {@code positive + negative > n}
   */
  public static double[] netIndex(long positive, long negative, long n) {
    if (positive < 0 || negative < 0 || positive + negative > n) {
      throw new IllegalArgumentException(
          "need 0 <= positive, 0 <= negative and positive + negative <= n, got positive="
              + positive
              + ", negative="
              + negative
              + ", n="
              + n);
    }
    if (n == 0) {
      return new double[] {Double.NaN, Double.NaN, Double.NaN};
    }
    double index = (double) (positive - negative) / n;
    // Decided on the counts: a computed variance may round to a tiny non-zero value.
    boolean allAlike = positive == n || negative == n || positive + negative == 0;
    if (allAlike) {
      double u = wilson(0, n)[1];
      // u <= 1, so these stay inside [-1, 1] without clipping.
      return new double[] {index, index - u * (1 + index), index + u * (1 - index)};
    }
    double pPlus = (double) positive / n;
    double pMinus = (double) negative / n;
    double variance = (pPlus + pMinus - index * index) / n;
    double half = Z * Math.sqrt(variance);
    return new double[] {index, Math.max(-1, index - half), Math.min(1, index + half)};
  }

  /**
   * Whether a change between two periods is real in the conservative sense that their 95% intervals
   * do not overlap (intervals that touch overlap). Non-overlap of two 95% intervals is a stricter
   * test than a 5% test on the difference, so a {@code true} is rarely a false alarm and a {@code
   * false} does not prove that nothing changed.
   *
   * @param previousCi an interval as returned by {@link #wilson} ({@code {low, high}}) or {@link
   *     #netIndex} ({@code {index, low, high}}): the last two elements are read as low and high
   * @param currentCi the same for the current period
   * @return {@code false} whenever a bound is {@code NaN} (no interval, so no evidence of change)
   */
  public static boolean changed(double[] previousCi, double[] currentCi) {
    checkShape(previousCi);
    checkShape(currentCi);
    double previousLow = previousCi[previousCi.length - 2];
    double previousHigh = previousCi[previousCi.length - 1];
    double currentLow = currentCi[currentCi.length - 2];
    double currentHigh = currentCi[currentCi.length - 1];
    if (Double.isNaN(previousLow + previousHigh + currentLow + currentHigh)) {
      return false;
    }
    return currentLow > previousHigh || previousLow > currentHigh;
  }

  private static void checkShape(double[] ci) {
    if (ci.length != 2 && ci.length != 3) {
      throw new IllegalArgumentException("an interval has 2 or 3 elements, got " + ci.length);
    }
  }
}
