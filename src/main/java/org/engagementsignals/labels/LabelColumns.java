package org.engagementsignals.labels;

/** Column names the label model reads and writes, in one place. */
public final class LabelColumns {
  /** Input: a text's feature terms (array of strings), from {@link LabelFeatures}. */
  public static final String TERMS = "label_terms";

  /** Input: a text's dense features (an MLlib vector of {@link LabelFeatures#DENSE_NAMES}). */
  public static final String DENSE = "label_dense";

  static final String TERM_COUNTS = "label_term_counts";
  static final String FEATURES = "label_features";

  private LabelColumns() {}

  /** The gold class index of a label, for training (double, as MLlib wants it). */
  static String gold(Label label) {
    return "gold_" + label.id();
  }

  /** A unit's weight for a label in training: 0 where the label is unknown for the unit. */
  static String weight(Label label) {
    return "weight_" + label.id();
  }

  /** The predicted class index (double). */
  public static String prediction(Label label) {
    return label.id() + "_prediction";
  }

  /** The class probabilities (vector, in {@link Label#classes()} order). */
  public static String probability(Label label) {
    return label.id() + "_probability";
  }

  static String raw(Label label) {
    return label.id() + "_raw";
  }
}
