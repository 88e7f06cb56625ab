package org.engagementsignals.contract;

import java.util.ArrayList;
import java.util.List;

/**
 * The values of the {@code indicators} array column of {@code responses/} and {@code sentences/}:
 * what the tagger and the label model write there and what the group tables count. Part of the
 * output contract: researchers filter on these strings.
 */
public final class IndicatorValues {
  public static final String TRUST_POSITIVE = "trust:+1";
  public static final String TRUST_NEGATIVE = "trust:-1";
  public static final String CONNECTION_POSITIVE = "connection:+1";
  public static final String CONNECTION_NEGATIVE = "connection:-1";
  public static final String CHALLENGE_PERSONAL = "challenge.personal";
  public static final String CHALLENGE_PROFESSIONAL = "challenge.professional";

  /** Every value, as the column comments list them. */
  public static final List<String> ALL =
      List.of(
          TRUST_POSITIVE,
          TRUST_NEGATIVE,
          CONNECTION_POSITIVE,
          CONNECTION_NEGATIVE,
          CHALLENGE_PERSONAL,
          CHALLENGE_PROFESSIONAL);

  private IndicatorValues() {}

  /**
   * One row's array, in its fixed order: e.g. {@code [challenge.personal, connection:-1,
   * trust:+1]}. Net polarities of 0 are left out.
   */
  public static List<String> of(boolean personal, boolean professional, int connection, int trust) {
    List<String> out = new ArrayList<>();
    if (personal) {
      out.add(CHALLENGE_PERSONAL);
    }
    if (professional) {
      out.add(CHALLENGE_PROFESSIONAL);
    }
    if (connection != 0) {
      out.add(connection > 0 ? CONNECTION_POSITIVE : CONNECTION_NEGATIVE);
    }
    if (trust != 0) {
      out.add(trust > 0 ? TRUST_POSITIVE : TRUST_NEGATIVE);
    }
    return List.copyOf(out);
  }
}
