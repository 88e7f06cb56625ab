package org.engagementsignals.nlp;

import java.util.List;

/** A whole text annotated: its sentences and the text with person names redacted. */
public record TextAnnotation(
    String textRedacted, int personsRedacted, List<SentenceAnnotation> sentences) {

  public int tokenCount() {
    return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
  }
}
