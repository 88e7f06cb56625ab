package org.engagementsignals.tagging;

/** A topic's family decides what its mentions mean for focus and indicators (docs/taxonomy.md). */
public enum Family {
  RESULTS("results", Focus.RESULTS, false),
  PROCESS("process", Focus.PROCESS, false),
  GROWTH("growth", Focus.PROCESS, false),
  RECOGNITION("recognition", Focus.PROCESS, false),
  VALUES("values", Focus.PROCESS, false),
  TRUST("trust", Focus.NEITHER, true),
  CONNECTION("connection", Focus.NEITHER, true),
  CHALLENGE_PERSONAL("challenge.personal", Focus.NEITHER, false),
  CHALLENGE_PROFESSIONAL("challenge.professional", Focus.NEITHER, false);

  private final String id;
  private final Focus focus;
  private final boolean polar;

  Family(String id, Focus focus, boolean polar) {
    this.id = id;
    this.focus = focus;
    this.polar = polar;
  }

  public String id() {
    return id;
  }

  /** The focus its mentions give a sentence unless the topic overrides it. */
  public Focus focus() {
    return focus;
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
