package org.engagementsignals.tagging;

/** A topic's family decides what its mentions mean for focus and indicators (docs/taxonomy.md). */
public enum Family {
  RESULTS("results", Focus.RESULTS, null, false),
  PROCESS("process", Focus.PROCESS, null, false),
  GROWTH("growth", Focus.PROCESS, null, false),
  RECOGNITION("recognition", Focus.PROCESS, null, false),
  VALUES("values", Focus.PROCESS, null, false),
  TRUST("trust", Focus.NEITHER, "trust", true),
  CONNECTION("connection", Focus.NEITHER, "connection", true),
  CHALLENGE_PERSONAL("challenge.personal", Focus.NEITHER, "challenge.personal", false),
  CHALLENGE_PROFESSIONAL("challenge.professional", Focus.NEITHER, "challenge.professional", false);

  private final String id;
  private final Focus focus;
  private final String indicator;
  private final boolean polar;

  Family(String id, Focus focus, String indicator, boolean polar) {
    this.id = id;
    this.focus = focus;
    this.indicator = indicator;
    this.polar = polar;
  }

  public String id() {
    return id;
  }

  /** The focus its mentions give a sentence unless the topic overrides it. */
  public Focus focus() {
    return focus;
  }

  /** The indicator its mentions raise, or null. */
  public String indicator() {
    return indicator;
  }

  /** Whether mentions carry a polarity (+1 / -1). */
  public boolean polar() {
    return polar;
  }

  public static Family fromId(String id) {
    for (Family f : values()) {
      if (f.id.equals(id)) {
        return f;
      }
    }
    return null;
  }
}
