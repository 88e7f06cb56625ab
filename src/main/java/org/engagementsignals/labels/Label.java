package org.engagementsignals.labels;

import java.util.List;
import java.util.Locale;

/**
 * The five labels of ../shared/labelling/GUIDELINES.md (docs/labelling-guidelines.md), their
 * classes in a fixed order (a class's index is its numeric label in the model), and the headline
 * measure each is reported by.
 */
public enum Label {
  FOCUS("focus", List.of("RESULTS", "PROCESS", "MIXED", "NEITHER"), Measure.MACRO_F1),
  TRUST("trust", List.of("-1", "0", "+1"), Measure.MACRO_F1_POLAR),
  CONNECTION("connection", List.of("-1", "0", "+1"), Measure.MACRO_F1_POLAR),
  CHALLENGE("challenge", List.of("none", "personal", "professional", "both"), Measure.MACRO_F1),
  SENTIMENT("sentiment", List.of("-1", "0", "+1"), Measure.ACCURACY);

  /** How a label's accuracy is summed up in one figure. */
  public enum Measure {
    /** Mean F1 over all classes. */
    MACRO_F1("macro-F1"),
    /** Mean F1 over -1 and +1: a mention counts only with the right direction. */
    MACRO_F1_POLAR("macro-F1 over -1/+1"),
    ACCURACY("accuracy");

    private final String title;

    Measure(String title) {
      this.title = title;
    }

    public String title() {
      return title;
    }
  }

  private final String id;
  private final List<String> classes;
  private final Measure measure;

  Label(String id, List<String> classes, Measure measure) {
    this.id = id;
    this.classes = classes;
    this.measure = measure;
  }

  /** The name in files and outputs: {@code focus}, {@code trust}, ... */
  public String id() {
    return id;
  }

  public List<String> classes() {
    return classes;
  }

  public Measure measure() {
    return measure;
  }

  /** The classes the headline measure averages over. */
  public List<String> measuredClasses() {
    return measure == Measure.MACRO_F1_POLAR ? List.of("-1", "+1") : classes;
  }

  /**
   * A class name as written in a gold file, made canonical ({@code 1} and {@code +1} are the same
   * class, focus is upper case), or null when the value is not one of the label's classes.
   */
  public String canonical(String value) {
    String v = value.strip();
    if (classes.get(0).equals("-1")) {
      v = v.equals("1") ? "+1" : v;
    } else if (this == FOCUS) {
      v = v.toUpperCase(Locale.ROOT);
    } else {
      v = v.toLowerCase(Locale.ROOT);
    }
    return classes.contains(v) ? v : null;
  }

  public int index(String canonicalClass) {
    int i = classes.indexOf(canonicalClass);
    if (i < 0) {
      throw new IllegalArgumentException(id + " has no class " + canonicalClass);
    }
    return i;
  }
}
