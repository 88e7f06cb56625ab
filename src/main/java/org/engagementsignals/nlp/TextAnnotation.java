package org.engagementsignals.nlp;

import java.util.List;

/**
 * A whole text annotated: its sentences and the text with person names redacted.
 *
 * @param failure null, or why the full chain failed on this text ({@code stack_overflow}, {@code
 *     timeout}, {@code error}): its sentences are then unscored, or there are none and the text is
 *     withheld when even the chain without parse and sentiment failed
 */
public record TextAnnotation(
    String textRedacted, int personsRedacted, List<SentenceAnnotation> sentences, String failure) {

  /** A text the full chain annotated. */
  public TextAnnotation(
      String textRedacted, int personsRedacted, List<SentenceAnnotation> sentences) {
    this(textRedacted, personsRedacted, sentences, null);
  }

  /**
   * A text no chain could annotate: no sentences, and no text, since names could not be looked for
   * in it.
   */
  static TextAnnotation withheld(String failure) {
    return new TextAnnotation("", 0, List.of(), failure);
  }

  TextAnnotation failedWith(String cause) {
    return new TextAnnotation(textRedacted, personsRedacted, sentences, cause);
  }

  public int tokenCount() {
    return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
  }
}
