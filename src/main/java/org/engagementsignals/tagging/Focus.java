package org.engagementsignals.tagging;

/** What a sentence or response talks about. */
public enum Focus {
  RESULTS,
  PROCESS,
  MIXED,
  NEITHER;

  /** The focus of something that talks about results and/or process. */
  public static Focus of(boolean results, boolean process) {
    if (results && process) {
      return MIXED;
    }
    if (results) {
      return RESULTS;
    }
    return process ? PROCESS : NEITHER;
  }
}
