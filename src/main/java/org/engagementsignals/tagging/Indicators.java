package org.engagementsignals.tagging;

import java.util.List;
import org.engagementsignals.contract.IndicatorValues;

/**
 * Kept only for {@code labels/LabelOutputs}, which is being changed on another branch: use {@link
 * IndicatorValues#of}. Delete this class once {@code labels/} calls that.
 *
 * @deprecated the vocabulary of the {@code indicators} column lives in {@link IndicatorValues}
 */
@Deprecated
public final class Indicators {

  private Indicators() {}

  /** {@link IndicatorValues#of}. */
  public static List<String> of(boolean personal, boolean professional, int connection, int trust) {
    return IndicatorValues.of(personal, professional, connection, trust);
  }
}
