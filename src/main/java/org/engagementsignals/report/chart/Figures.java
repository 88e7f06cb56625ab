package org.engagementsignals.report.chart;

import java.util.Locale;

/** How the report writes numbers: shares as percents, indexes signed with two decimals. */
public final class Figures {

  private Figures() {}

  public static String percent(Double share) {
    return share == null ? "–" : String.format(Locale.ROOT, "%.0f%%", share * 100);
  }

  public static String percentRange(Double low, Double high) {
    if (low == null || high == null) {
      return "–";
    }
    return String.format(Locale.ROOT, "%.0f–%.0f%%", low * 100, high * 100);
  }

  /** A change of a share, in percentage points. */
  public static String points(Double delta) {
    if (delta == null) {
      return "–";
    }
    long p = Math.round(delta * 100);
    return (p > 0 ? "+" : p < 0 ? "−" : "±") + Math.abs(p) + (Math.abs(p) == 1 ? " pt" : " pts");
  }

  public static String signed(Double v) {
    if (v == null) {
      return "–";
    }
    String s = String.format(Locale.ROOT, "%.2f", Math.abs(v));
    if (s.equals("0.00")) {
      return "0.00";
    }
    return (v > 0 ? "+" : "−") + s;
  }

  public static String signedRange(Double low, Double high) {
    if (low == null || high == null) {
      return "–";
    }
    return signed(low) + " to " + signed(high);
  }

  public static String count(Long n) {
    return n == null ? "–" : Long.toString(n);
  }

  public static String decimal(Double v) {
    return v == null ? "–" : String.format(Locale.ROOT, "%.2f", v);
  }

  public static String decimalRange(Double low, Double high) {
    return low == null || high == null ? "–" : decimal(low) + "–" + decimal(high);
  }
}
