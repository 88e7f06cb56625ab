package org.engagementsignals.tagging;

/** Which side of trust or connection a phrase expresses, before negation. */
public enum Polarity {
  POSITIVE,
  NEGATIVE,
  /** The phrase names the subject only; the sentence's CoreNLP sentiment gives the direction. */
  SENTIMENT
}
