package org.engagementsignals.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.engagementsignals.config.NlpSettings;
import org.junit.jupiter.api.Test;

class AnnotationCacheLocationTest {
  private static final String SR = "edu/stanford/nlp/models/srparser/englishSR.ser.gz";
  private static final String NER =
      "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  @Test
  void aChangedChainOrCoreNlpVersionGetsItsOwnCache() {
    String base =
        Annotate.cacheLocation(new NlpSettings(SR, 120, NER, 15, 100, ""), "out", "4.5.10");
    assertThat(base).startsWith("out/_cache/annotations/chain=");
    assertThat(Annotate.cacheLocation(new NlpSettings(SR, 120, NER, 30, 500, ""), "out", "4.5.10"))
        .as("speed knobs only")
        .isEqualTo(base);
    assertThat(Annotate.cacheLocation(new NlpSettings(SR, 80, NER, 15, 100, ""), "out", "4.5.10"))
        .isNotEqualTo(base);
    assertThat(
            Annotate.cacheLocation(
                new NlpSettings(
                    "edu/stanford/nlp/models/lexparser/englishPCFG.ser.gz", 120, NER, 15, 100, ""),
                "out",
                "4.5.10"))
        .isNotEqualTo(base);
    assertThat(Annotate.cacheLocation(new NlpSettings(SR, 120, NER, 15, 100, ""), "out", "4.5.11"))
        .isNotEqualTo(base);
    assertThat(
            Annotate.cacheLocation(
                new NlpSettings(
                    SR,
                    120,
                    NER + ",edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz",
                    15,
                    100,
                    ""),
                "out",
                "4.5.10"))
        .isNotEqualTo(base);
    assertThat(
            Annotate.cacheLocation(
                new NlpSettings(SR, 120, NER, 15, 100, "/shared/cache"), "out", "4.5.10"))
        .startsWith("/shared/cache/chain=");
    assertThat(
            Annotate.cacheLocation(new NlpSettings(SR, 120, NER, 15, 100, "off"), "out", "4.5.10"))
        .isNull();
  }
}
