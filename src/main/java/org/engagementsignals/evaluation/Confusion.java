package org.engagementsignals.evaluation;

import java.util.List;
import java.util.Locale;

/** A confusion matrix over named classes, with per-class precision, recall and F1. */
public final class Confusion {
  private final List<String> classes;
  private final long[][] counts;

  public Confusion(List<String> classes) {
    this.classes = List.copyOf(classes);
    this.counts = new long[classes.size()][classes.size()];
  }

  public void add(String gold, String predicted) {
    counts[index(gold)][index(predicted)]++;
  }

  /** Adds a unit by class positions (the order the classes were given in). */
  public void add(int gold, int predicted) {
    counts[gold][predicted]++;
  }

  public List<String> classes() {
    return classes;
  }

  private int index(String c) {
    int i = classes.indexOf(c);
    if (i < 0) {
      throw new IllegalArgumentException(
          "unknown class " + c + " (expected one of " + classes + ")");
    }
    return i;
  }

  public long total() {
    long t = 0;
    for (long[] row : counts) {
      for (long v : row) {
        t += v;
      }
    }
    return t;
  }

  public double accuracy() {
    long right = 0;
    for (int i = 0; i < classes.size(); i++) {
      right += counts[i][i];
    }
    return total() == 0 ? Double.NaN : (double) right / total();
  }

  public double precision(String c) {
    int i = index(c);
    long predicted = 0;
    for (long[] row : counts) {
      predicted += row[i];
    }
    return predicted == 0 ? 0 : (double) counts[i][i] / predicted;
  }

  public double recall(String c) {
    int i = index(c);
    long gold = 0;
    for (long v : counts[i]) {
      gold += v;
    }
    return gold == 0 ? 0 : (double) counts[i][i] / gold;
  }

  public double f1(String c) {
    double p = precision(c);
    double r = recall(c);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public double macroF1() {
    return macroF1(classes);
  }

  /** Mean F1 over the given classes only (e.g. -1 and +1, leaving out "not mentioned"). */
  public double macroF1(List<String> over) {
    return over.stream().mapToDouble(this::f1).average().orElse(Double.NaN);
  }

  /**
   * Micro-averaged F1 over the given classes only (e.g. the mention classes +1 and -1, leaving out
   * "not mentioned"): a mention counts as right only with the right polarity.
   */
  public double microF1(List<String> over) {
    long tp = 0;
    long predicted = 0;
    long gold = 0;
    for (String c : over) {
      int i = index(c);
      tp += counts[i][i];
      for (int j = 0; j < classes.size(); j++) {
        predicted += counts[j][i];
        gold += counts[i][j];
      }
    }
    double p = predicted == 0 ? 0 : (double) tp / predicted;
    double r = gold == 0 ? 0 : (double) tp / gold;
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public String render(String title) {
    StringBuilder s = new StringBuilder(title).append(System.lineSeparator());
    s.append(
        String.format(
            Locale.ROOT, "  %-10s %9s %9s %9s %7s%n", "class", "precision", "recall", "F1", "n"));
    for (String c : classes) {
      long n = 0;
      for (long v : counts[index(c)]) {
        n += v;
      }
      s.append(
          String.format(
              Locale.ROOT,
              "  %-10s %9.3f %9.3f %9.3f %7d%n",
              c,
              precision(c),
              recall(c),
              f1(c),
              n));
    }
    s.append("  confusion (rows gold, columns predicted)").append(System.lineSeparator());
    s.append(String.format(Locale.ROOT, "  %-10s", ""));
    for (String c : classes) {
      s.append(String.format(Locale.ROOT, " %9s", c));
    }
    s.append(System.lineSeparator());
    for (String g : classes) {
      s.append(String.format(Locale.ROOT, "  %-10s", g));
      for (String p : classes) {
        s.append(String.format(Locale.ROOT, " %9d", counts[index(g)][index(p)]));
      }
      s.append(System.lineSeparator());
    }
    return s.toString();
  }
}
