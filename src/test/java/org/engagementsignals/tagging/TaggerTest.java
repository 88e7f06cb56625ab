package org.engagementsignals.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tagger on hand-lemmatised sentences ("lemma/POS/NER" tokens), so each rule is tested alone.
 */
class TaggerTest {
  private static final Tagger TAGGER =
      new Tagger(TaxonomyLoader.load(Path.of("src/test/resources/TaggerTest/taxonomy.conf")));

  /**
   * "i do not feel safe" with default POS NN and NER O; "target/VB" or "12/CD/PERCENT" override.
   */
  private static SentenceTags tag(String sentence, double sentiment) {
    List<String> lemmas = new ArrayList<>();
    List<String> pos = new ArrayList<>();
    List<String> ner = new ArrayList<>();
    for (String token : sentence.split(" ")) {
      String[] parts = token.split("/");
      lemmas.add(parts[0]);
      pos.add(parts.length > 1 ? parts[1] : "NN");
      ner.add(parts.length > 2 ? parts[2] : "O");
    }
    return TAGGER.tag(lemmas, pos, ner, sentiment);
  }

  private static SentenceTags tag(String sentence) {
    return tag(sentence, 0);
  }

  @Test
  void negationFlipsTrustAndConnectionWithinItsClause() {
    assertThat(tag("I do not feel safe to push back .").indicators()).containsExactly("trust:-1");
    assertThat(tag("I never feel judge when I fail").indicators()).containsExactly("trust:+1");
    assertThat(tag("no one ask how i be").indicators()).containsExactly("connection:-1");
    assertThat(tag("there be a lack of transparency").indicators()).containsExactly("trust:-1");
    assertThat(tag("transparency be lacking").indicators()).containsExactly("trust:-1");
    assertThat(tag("it be safe to fail here").indicators()).containsExactly("trust:+1");
    // The clause ends at "but": the negation does not reach "listen".
    assertThat(tag("I do not like the office , but my lead listen").indicators())
        .containsExactly("connection:+1");
    // Each cue starts its own scope: both halves are negated, they do not cancel.
    assertThat(tag("they do not listen and we do not feel safe").indicators())
        .containsExactly("connection:-1", "trust:-1");
    // Emphatic "never" and comparatives are not negation.
    assertThat(tag("I have never be so happy to speak up").indicators())
        .containsExactly("trust:+1");
    assertThat(tag("I have never be able to speak up").indicators()).containsExactly("trust:-1");
    // Wishes mark an absence.
    assertThat(tag("I wish someone would listen").indicators()).containsExactly("connection:-1");
    assertThat(tag("it would be nice if someone listen").indicators())
        .containsExactly("connection:-1");
    // "we missed" is not a predicative trailing cue.
    assertThat(tag("I feel safe that we miss the deadline").indicators())
        .containsExactly("trust:+1");
    assertThat(tag("I do not feel safe").negated()).isTrue();
    assertThat(tag("I feel safe").negated()).isFalse();
  }

  @Test
  void focusFollowsTheFamilies() {
    assertThat(tag("we miss the target by 12/CD/PERCENT %/NN/PERCENT").focus())
        .isEqualTo(Focus.RESULTS);
    assertThat(tag("the retro be good").focus()).isEqualTo(Focus.PROCESS);
    assertThat(tag("feedback on the quota be fair").focus()).isEqualTo(Focus.MIXED);
    assertThat(tag("I feel safe").focus()).isEqualTo(Focus.NEITHER);
    assertThat(tag("my lead listen").focus()).isEqualTo(Focus.PROCESS);
    assertThat(tag("we target/VB new customer").focus()).isEqualTo(Focus.NEITHER);
  }

  @Test
  void evidenceNamesTopicPhraseNegationAndResultsCues() {
    SentenceTags t = tag("we miss the target by 12/CD/PERCENT %/NN/PERCENT");
    assertThat(t.topics()).containsExactly("targets");
    assertThat(t.evidence()).containsExactly("targets: target", "results cue PERCENT: 12 %");
    assertThat(tag("I do not feel safe").evidence())
        .containsExactly("safety: feel safe [negated by 'not']");
    assertThat(tag("we miss the deadline").evidence())
        .containsExactly("targets: miss the deadline");
  }

  @Test
  void sentimentPolarityTopicsTakeTheSentencesDirection() {
    assertThat(tag("my relationship with my manager be great", 0.6).indicators())
        .containsExactly("connection:+1");
    assertThat(tag("my relationship with my manager be awful", -0.6).indicators())
        .containsExactly("connection:-1");
    assertThat(tag("my relationship with my manager be what it be", 0.05).indicators()).isEmpty();
  }

  @Test
  void challenges() {
    assertThat(tag("I be exhausted").indicators()).containsExactly("challenge.personal");
    assertThat(tag("no one ask how i be").indicators()).containsExactly("connection:-1");
  }
}
