package org.engagementsignals.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.apache.hadoop.conf.Configuration;
import org.engagementsignals.config.NlpSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationCacheTest {
  private static final String SR = "edu/stanford/nlp/models/srparser/englishSR.ser.gz";
  private static final String NER =
      "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
  private static final String CODE = "c50fb418eaa4e1ed64413fb864b1ad9303f6598d@20261204T120000Z";

  private static NlpSettings nlp(String parser, int maxTokens, String ner, String cacheDir) {
    return new NlpSettings(parser, maxTokens, ner, 15, 100, cacheDir, 60, 256L << 20, 90);
  }

  @Test
  void aChangedChainCoreNlpVersionFormatOrBuildGetsItsOwnCache() {
    NlpSettings defaults = nlp(SR, 120, NER, "");
    String base = AnnotationCache.location(defaults, "out", "4.5.10", CODE);
    assertThat(base).startsWith("out/_cache/annotations/chain=");
    NlpSettings speedKnobs = new NlpSettings(SR, 120, NER, 30, 500, "", 10, 64L << 20, 7);
    assertThat(AnnotationCache.location(speedKnobs, "out", "4.5.10", CODE))
        .as("speed knobs, budgets and retention only")
        .isEqualTo(base);
    assertThat(AnnotationCache.location(nlp(SR, 80, NER, ""), "out", "4.5.10", CODE))
        .isNotEqualTo(base);
    String pcfg = "edu/stanford/nlp/models/lexparser/englishPCFG.ser.gz";
    assertThat(AnnotationCache.location(nlp(pcfg, 120, NER, ""), "out", "4.5.10", CODE))
        .isNotEqualTo(base);
    assertThat(AnnotationCache.location(defaults, "out", "4.5.11", CODE)).isNotEqualTo(base);
    String twoModels = NER + ",edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
    assertThat(AnnotationCache.location(nlp(SR, 120, twoModels, ""), "out", "4.5.10", CODE))
        .isNotEqualTo(base);
    // A fix to the code (another commit), or a rebuild that may hold uncommitted changes.
    assertThat(
            AnnotationCache.location(
                defaults,
                "out",
                "4.5.10",
                "9f2c0e7d1b3a4c5d6e7f8091a2b3c4d5e6f70812@20261204T120000Z"))
        .isNotEqualTo(base);
    assertThat(
            AnnotationCache.location(defaults, "out", "4.5.10", CODE.replace("120000Z", "130000Z")))
        .isNotEqualTo(base);
    assertThat(AnnotationCache.key(defaults, "4.5.10", CODE))
        .contains("annotation-format=" + AnnotationCache.FORMAT);
    assertThat(AnnotationCache.location(nlp(SR, 120, NER, "/shared/cache"), "out", "4.5.10", CODE))
        .startsWith("/shared/cache/chain=");
    assertThat(AnnotationCache.location(nlp(SR, 120, NER, "off"), "out", "4.5.10", CODE)).isNull();
  }

  @Test
  void purgeDeletesWhatIsOlderThanAskedAndChainsLeftEmpty(@TempDir Path root) throws IOException {
    Instant now = Instant.parse("2026-12-04T12:00:00Z");
    Path old = chainFile(root, "chain=aaaa", "part-0.parquet", now.minus(Duration.ofDays(200)));
    Path oldToo = chainFile(root, "chain=aaaa", "part-1.parquet", now.minus(Duration.ofDays(100)));
    Path recent = chainFile(root, "chain=bbbb", "part-0.parquet", now.minus(Duration.ofDays(2)));
    Path stale = chainFile(root, "chain=bbbb", "part-1.parquet", now.minus(Duration.ofDays(91)));
    chainFile(root, "chain=aaaa", "_SUCCESS", now);
    Path notACache = chainFile(root, "other", "keep.txt", now.minus(Duration.ofDays(999)));

    AnnotationCache.Purged purged =
        AnnotationCache.purge(root.toString(), Duration.ofDays(90), now, new Configuration());

    assertThat(purged.filesDeleted()).isEqualTo(3);
    assertThat(purged.filesKept()).isEqualTo(1);
    assertThat(old).doesNotExist();
    assertThat(oldToo).doesNotExist();
    assertThat(stale).doesNotExist();
    assertThat(root.resolve("chain=aaaa")).as("no annotations left").doesNotExist();
    assertThat(recent).exists();
    assertThat(notACache).exists();

    AnnotationCache.Purged all =
        AnnotationCache.purge(root.toString(), null, now, new Configuration());
    assertThat(all.filesDeleted()).isEqualTo(1);
    assertThat(root.resolve("chain=bbbb")).doesNotExist();
    assertThat(
            AnnotationCache.purge(root.resolve("none").toString(), null, now, new Configuration()))
        .isEqualTo(new AnnotationCache.Purged(root.resolve("none").toString(), 0, 0, 0));
  }

  private static Path chainFile(Path root, String chain, String name, Instant written)
      throws IOException {
    Path file = Files.createDirectories(root.resolve(chain)).resolve(name);
    Files.writeString(file, "annotations");
    Files.setLastModifiedTime(file, FileTime.from(written));
    return file;
  }
}
