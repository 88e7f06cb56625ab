package org.engagementsignals.report;

/** One metric of one group and month: its value, 95% interval, change and whether it is real. */
public record Estimate(Double value, Double low, Double high, Double delta, Boolean changed) {

  public static final Estimate NONE = new Estimate(null, null, null, null, null);

  public boolean changedForReal() {
    return Boolean.TRUE.equals(changed);
  }
}
