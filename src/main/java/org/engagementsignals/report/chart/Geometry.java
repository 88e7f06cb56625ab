package org.engagementsignals.report.chart;

import java.util.Locale;

/** Layout constants and helpers shared by the chart builders. */
final class Geometry {
  static final double WIDTH = 760;
  static final double ROW = 28;
  static final double BAR = 16;
  static final double TOP = 34;
  static final double CHAR = 6.6;
  static final double PAD = 10;

  private Geometry() {}

  /** Width of the label column: room for the longest label, within bounds. */
  static double labelWidth(Iterable<String> labels) {
    int longest = 8;
    for (String l : labels) {
      longest = Math.max(longest, l.length());
    }
    return Math.min(340, Math.max(110, longest * CHAR + 2 * PAD));
  }

  static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }

  static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  static double clamp(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }

  /**
   * A label cut to the width of its column, with an ellipsis; the whole label stays in the data
   * table and in the shapes' tooltips.
   */
  static String fit(String label, double width) {
    int room = (int) ((width - 2 * PAD) / CHAR);
    if (label.length() <= room || room < 4) {
      return label;
    }
    return label.substring(0, room - 1) + "…";
  }
}
