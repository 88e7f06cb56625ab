package org.engagementsignals.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.engagementsignals.evaluation.SentimentTreebank.Item;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the treebank's test split and judging a chain's probabilities, without CoreNLP. */
class SentimentTreebankTest {

  @Test
  void readsLabelTabSentenceAfterTheHeaderUpToTheLimit(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("sst.tsv");
    Files.writeString(
        file, "label\tsentence\n1\ta -lrb- fine -rrb- film\nnot a line\n0\tdull\n1\tgood\n");
    assertThat(SentimentTreebank.read(file, 0))
        .containsExactly(new Item(1, "a ( fine ) film"), new Item(0, "dull"), new Item(1, "good"));
    assertThat(SentimentTreebank.read(file, 2)).hasSize(2);
    assertThat(SentimentTreebank.binary(SentimentTreebank.read(file, 0))).isTrue();
    assertThat(SentimentTreebank.binary(List.of(new Item(3, "x")))).isFalse();
  }

  @Test
  void binaryWeighsBothSidesAndFiveClassTakesTheLikeliestAveragedOverSentences() {
    double[] mildlyPositive = {0.2, 0.2, 0.1, 0.45, 0.05};
    assertThat(SentimentTreebank.correct(new Item(1, "s"), List.of(mildlyPositive), true)).isTrue();
    assertThat(SentimentTreebank.correct(new Item(3, "s"), List.of(mildlyPositive), false))
        .isTrue();
    double[] negative = {0.9, 0.1, 0, 0, 0};
    assertThat(
            SentimentTreebank.correct(new Item(0, "s"), List.of(mildlyPositive, negative), false))
        .isTrue();
    assertThat(SentimentTreebank.correct(new Item(1, "s"), List.of(negative), true)).isFalse();
  }
}
