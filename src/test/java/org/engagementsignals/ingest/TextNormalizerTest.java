package org.engagementsignals.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  @Test
  void foldsSpacingButKeepsParagraphs() {
    assertThat(TextNormalizer.normalize("  Good\tteam.  \r\n\r\n\r\n\r\n  Bad   pay.\u00A0 "))
        .isEqualTo("Good team.\n\nBad pay.");
  }

  @Test
  void equalTextsInDifferentUnicodeFormsAreEqual() {
    assertThat(TextNormalizer.normalize("cafe\u0301"))
        .isEqualTo(TextNormalizer.normalize("caf\u00e9"));
  }
}
