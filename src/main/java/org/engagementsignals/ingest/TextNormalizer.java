package org.engagementsignals.ingest;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The canonical form of a text: Unicode NFC, LF line ends, runs of spaces and tabs folded, lines
 * trimmed, at most one blank line between paragraphs. Texts equal in this form are the same text:
 * annotated once, hashed alike. Paragraph breaks are kept because they end sentences.
 */
public final class TextNormalizer {
  private static final Pattern HORIZONTAL_SPACE =
      Pattern.compile("[\\t\\x0B\\f\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000 ]+");
  private static final Pattern SPACE_AROUND_NEWLINE = Pattern.compile(" ?\n ?");
  private static final Pattern MANY_NEWLINES = Pattern.compile("\n{3,}");

  private TextNormalizer() {}

  public static String normalize(String text) {
    String t = Normalizer.normalize(text, Normalizer.Form.NFC);
    t = t.replace("\r\n", "\n").replace('\r', '\n');
    t = HORIZONTAL_SPACE.matcher(t).replaceAll(" ");
    t = SPACE_AROUND_NEWLINE.matcher(t).replaceAll("\n");
    t = MANY_NEWLINES.matcher(t).replaceAll("\n\n");
    return t.strip();
  }
}
