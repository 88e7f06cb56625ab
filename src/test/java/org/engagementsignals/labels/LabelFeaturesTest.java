package org.engagementsignals.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.engagementsignals.tagging.Tagger;
import org.engagementsignals.tagging.TaxonomyLoader;
import org.junit.jupiter.api.Test;

/** The label model's features on hand-annotated sentences ("lemma/POS/NER" tokens). */
class LabelFeaturesTest {
  private static final Tagger TAGGER =
      new Tagger(TaxonomyLoader.load(Path.of("src/test/resources/TaggerTest/taxonomy.conf")));
  private static final LabelFeatures ALL =
      new LabelFeatures(TAGGER, EnumSet.allOf(LabelFeatures.Family.class));

  private static LabelFeatures.Sentence sentence(String tokens, double... probabilities) {
    List<String> lemmas = new ArrayList<>();
    List<String> pos = new ArrayList<>();
    List<String> ner = new ArrayList<>();
    for (String token : tokens.split(" ")) {
      String[] parts = token.split("/");
      lemmas.add(parts[0]);
      pos.add(parts.length > 1 ? parts[1] : "NN");
      ner.add(parts.length > 2 ? parts[2] : "O");
    }
    return new LabelFeatures.Sentence(lemmas, pos, ner, probabilities);
  }

  @Test
  void termsNameLemmasPairsNegatedWordsEntitiesAndTheTaxonomy() {
    LabelFeatures.Features f =
        ALL.of(
            List.of(
                sentence("My/PRP$ lead/NN do/VBZ not/RB listen/VB ./.", 0.1, 0.6, 0.2, 0.1, 0),
                sentence("we/PRP hit/VBD 12/CD/PERCENT %/NN/PERCENT", 0, 0, 0.2, 0.6, 0.2)),
            null);
    assertThat(f.terms())
        .contains("w:my", "w:lead", "w:listen", "b:lead do", "b:do not", "neg:listen")
        .contains("ner:PERCENT", "t:asked_about", "i:connection:-1", "f:PROCESS")
        .doesNotContain("w:.", "neg:lead")
        .isSorted();
    // Token-weighted sentiment: 6 tokens (the full stop too) at p(negative) 0.6, 4 tokens at 0.
    assertThat(f.dense()[1]).isCloseTo(6 * 0.6 / 10, within(1e-12));
    assertThat(f.dense()[5]).isCloseTo(-0.35, within(1e-12));
    assertThat(f.dense()[6]).isCloseTo(0.5, within(1e-12));
    assertThat(f.dense()[7]).isCloseTo(Math.log1p(10), within(1e-12));
  }

  @Test
  void theShippedTaxonomyGivesTheGuidelinesCuesTheirSignal() {
    LabelFeatures shipped =
        new LabelFeatures(
            new Tagger(TaxonomyLoader.load(Path.of("conf/taxonomy.conf"))),
            EnumSet.of(LabelFeatures.Family.TAXONOMY));
    // Favouritism and office politics are trust -1 in the guidelines.
    assertThat(
            shipped
                .of(
                    List.of(
                        sentence(
                            "there/EX be/VBZ favouritism/NN and/CC politics/NNS", 0, 1, 0, 0, 0)),
                    null)
                .terms())
        .contains("t:trust_favouritism_unfairness", "i:trust:-1");
    // Friendly colleagues are connection +1; "not friendly" flips it.
    assertThat(
            shipped.of(List.of(sentence("friendly/JJ colleague/NNS", 0, 0, 0, 1, 0)), null).terms())
        .contains("t:connection_friendly_people", "i:connection:+1");
    assertThat(
            shipped
                .of(List.of(sentence("staff/NN be/VBP not/RB friendly/JJ", 0, 1, 0, 0, 0)), null)
                .terms())
        .contains("i:connection:-1");
  }

  @Test
  void onlyTheChosenFamiliesAppear() {
    LabelFeatures lemmas = new LabelFeatures(TAGGER, EnumSet.of(LabelFeatures.Family.LEMMAS));
    LabelFeatures.Features f =
        lemmas.of(List.of(sentence("they/PRP be/VBP fair/JJ", 0, 0, 1, 0, 0)), null);
    assertThat(f.terms()).containsExactly("w:be", "w:fair", "w:they");
    assertThat(f.dense()).containsOnly(0.0);
  }

  @Test
  void evidenceNamesReadably() {
    assertThat(LabelOutputs.readable("b:great person")).isEqualTo("\"great person\"");
    assertThat(LabelOutputs.readable("neg:listen")).isEqualTo("negated listen");
    assertThat(LabelOutputs.readable("t:trust_blame_fear")).isEqualTo("topic trust_blame_fear");
    assertThat(LabelOutputs.readable("sentiment p(negative)")).isEqualTo("sentiment p(negative)");
  }
}
