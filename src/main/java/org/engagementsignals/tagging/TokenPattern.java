package org.engagementsignals.tagging;

import java.io.Serializable;

/**
 * One position of a phrase: a lemma (or {@code *} for any), optionally constrained by a POS tag
 * prefix ({@code target/NN}), or an NER tag ({@code <PERCENT>}).
 */
record TokenPattern(String lemma, String posPrefix, String ner) implements Serializable {

  static TokenPattern parse(String token) {
    if (token.startsWith("<") && token.endsWith(">") && token.length() > 2) {
      return new TokenPattern(null, null, token.substring(1, token.length() - 1));
    }
    int slash = token.lastIndexOf('/');
    if (slash > 0 && slash < token.length() - 1) {
      String lemma = token.substring(0, slash);
      return new TokenPattern(lemma.equals("*") ? null : lemma, token.substring(slash + 1), null);
    }
    return new TokenPattern(token.equals("*") ? null : token, null, null);
  }

  boolean matches(String tokenLemma, String tokenPos, String tokenNer) {
    if (ner != null) {
      return ner.equals(tokenNer);
    }
    if (lemma != null && !lemma.equals(tokenLemma)) {
      return false;
    }
    return posPrefix == null || (tokenPos != null && tokenPos.startsWith(posPrefix));
  }

  @Override
  public String toString() {
    if (ner != null) {
      return "<" + ner + ">";
    }
    String l = lemma == null ? "*" : lemma;
    return posPrefix == null ? l : l + "/" + posPrefix;
  }
}
