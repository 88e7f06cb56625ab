package org.engagementsignals.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LongSentenceChunkerTest {

  private static List<CoreLabel> tokens(String text) {
    List<CoreLabel> out = new ArrayList<>();
    for (String t : text.split(" ")) {
      CoreLabel l = new CoreLabel();
      l.setOriginalText(t);
      out.add(l);
    }
    return out;
  }

  @Test
  void cutsAfterClausePunctuationWithinTheCapAndCoversEveryToken() {
    List<CoreLabel> t = tokens("a b c d e , f g h i j k l m n o p , q r s t");
    List<int[]> chunks = LongSentenceChunker.chunks(t, 8);
    assertThat(chunks).allSatisfy(c -> assertThat(c[1] - c[0]).isBetween(1, 8));
    assertThat(chunks.get(0)).containsExactly(0, 6); // "a b c d e ," ends at the comma
    int covered = 0;
    for (int[] c : chunks) {
      assertThat(c[0]).isEqualTo(covered);
      covered = c[1];
    }
    assertThat(covered).isEqualTo(t.size());
  }

  @Test
  void cutsHardAtTheCapWhenThereIsNoPunctuation() {
    assertThat(LongSentenceChunker.chunks(tokens("a b c d e f g h i j"), 4))
        .extracting(c -> c[1] - c[0])
        .containsExactly(4, 4, 2);
  }
}
