package org.engagementsignals.evaluation;

/**
 * One labelled comment or reflection excerpt (eval/labelled-set.csv).
 *
 * @param trust -1, 0 (not mentioned) or +1; likewise connection and sentiment
 */
public record LabelledItem(
    String id,
    String source,
    String text,
    String focus,
    int trust,
    int connection,
    boolean challengePersonal,
    boolean challengeProfessional,
    int sentiment) {

  /**
   * Items with an even number form the dev split (for looking at errors), odd ones the held-out
   * test split.
   */
  public String split() {
    String digits = id.replaceAll("\\D", "");
    return !digits.isEmpty() && Long.parseLong(digits) % 2 == 0 ? "dev" : "test";
  }
}
