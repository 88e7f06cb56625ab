package org.engagementsignals.tagging;

import java.util.ArrayList;
import java.util.List;

/** The indicator strings written to outputs, in their fixed order. */
public final class Indicators {

  private Indicators() {}

  /**
   * E.g. {@code [challenge.personal, connection:-1, trust:+1]}; net polarities of 0 are left out.
   */
  public static List<String> of(boolean personal, boolean professional, int connection, int trust) {
    List<String> out = new ArrayList<>();
    if (personal) {
      out.add("challenge.personal");
    }
    if (professional) {
      out.add("challenge.professional");
    }
    if (connection != 0) {
      out.add(connection > 0 ? "connection:+1" : "connection:-1");
    }
    if (trust != 0) {
      out.add(trust > 0 ? "trust:+1" : "trust:-1");
    }
    return List.copyOf(out);
  }
}
