package org.engagementsignals.indicators;

import java.util.Locale;

/**
 * Why a group's metrics are hidden; {@link #code()} is written to the operators' {@code
 * suppression.reason}, never to a published table.
 */
public enum SuppressionReason {
  /** The group has fewer than k respondents (none at all included). */
  BELOW_MIN_GROUP_SIZE,
  /**
   * The group is large enough, but showing it would let a hidden group be recovered from its
   * parent.
   */
  COMPLEMENTARY;

  /** The lowercase snake name used in output tables, e.g. {@code "below_min_group_size"}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
