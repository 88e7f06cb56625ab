package org.engagementsignals.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.engagementsignals.testing.TestSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The real CoreNLP 4.5.10 models on the resolved classpath (Spark's protobuf 4.x included). */
@Tag("nlp")
class CoreNlpAnnotatorTest {
  private static StanfordCoreNLP pipeline;
  private static CoreNlpAnnotator annotator;

  private static final List<String> TEXTS =
      List.of(
          "My manager never listens. I don't feel safe to push back in meetings.",
          "We beat the Q3 target by 8% and the team celebrated properly.",
          "Great retros, honest feedback, and we learn from failure without blame.",
          "The new ticketing tool is slow.\n\nAlso the coffee machine is broken again.",
          "Marta Lopez covered my shifts when my dad was in hospital, which meant a lot.",
          "ok",
          "Nobody asks how I am doing since the reorg, and I feel invisible.",
          "Revenue is down 12% and the deadline moved twice; I am exhausted.",
          "I trust my lead completely.",
          "Not great, not terrible.");

  @BeforeAll
  static void loadPipeline() {
    pipeline = CoreNlpPipelines.getOrCreate(TestSettings.nlp());
    annotator = new CoreNlpAnnotator(pipeline, TestSettings.nlp().parseMaxTokens());
  }

  @Test
  void theProtobufOnTheClasspathIsSparksFourXAndTheAnnotatorsStillWork() throws Exception {
    Class<?> runtimeVersion = Class.forName("com.google.protobuf.RuntimeVersion");
    assertThat(runtimeVersion.getField("MAJOR").getInt(null)).isGreaterThanOrEqualTo(4);
    TextAnnotation a = annotator.annotate(TEXTS.get(1));
    assertThat(a.sentences()).hasSize(1);
    assertThat(a.sentences().get(0).ner()).contains("PERCENT");
  }

  @Test
  void everySentenceIsAnnotatedAndScored() {
    TextAnnotation a =
        annotator.annotate(TEXTS.get(0) + " " + TEXTS.get(2) + "\n\n" + TEXTS.get(3));
    assertThat(a.sentences()).hasSize(5);
    for (SentenceAnnotation s : a.sentences()) {
      assertThat(s.tokens())
          .hasSameSizeAs(s.lemmas())
          .hasSameSizeAs(s.pos())
          .hasSameSizeAs(s.ner())
          .isNotEmpty();
      assertThat(Arrays.stream(s.probabilities()).sum())
          .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
      assertThat(s.score()).isBetween(-1.0, 1.0);
      assertThat(s.sentiment()).isBetween(0, 4);
      assertThat(s.method()).isEqualTo(SentenceAnnotation.PARSED);
    }
    assertThat(a.sentences().get(0).lemmas()).contains("listen");
    assertThat(a.sentences().get(1).lemmas()).containsSubsequence("do", "not", "feel");
  }

  @Test
  void personNamesLeaveNoTraceInTextTokensOrLemmas() {
    TextAnnotation a = annotator.annotate(TEXTS.get(4));
    assertThat(a.personsRedacted()).isEqualTo(1);
    assertThat(a.textRedacted())
        .startsWith("[PERSON] covered my shifts")
        .doesNotContain("Marta")
        .doesNotContain("Lopez");
    SentenceAnnotation s = a.sentences().get(0);
    assertThat(s.textRedacted()).doesNotContain("Marta");
    assertThat(String.join(" ", s.tokens()) + String.join(" ", s.lemmas()))
        .doesNotContain("Marta")
        .doesNotContain("Lopez");
  }

  @Test
  void aSentenceOverTheCapIsScoredInChunksNotGivenAFlatTreeConstant() {
    CoreNlpAnnotator capped = new CoreNlpAnnotator(pipeline, 12);
    String bad =
        "I don't feel safe to push back when our manager, who never listens and always changes priorities at the last minute, decides everything alone and blames us for the outcome.";
    String good =
        "I love working here because my lead, who really listens and always explains priorities early, trusts us with decisions and celebrates every small win with the whole team.";
    SentenceAnnotation b = capped.annotate(bad).sentences().get(0);
    SentenceAnnotation g = capped.annotate(good).sentences().get(0);
    assertThat(b.method()).isEqualTo(SentenceAnnotation.SPLIT);
    assertThat(g.method()).isEqualTo(SentenceAnnotation.SPLIT);
    assertThat(b.tokens().size()).isGreaterThan(12);
    assertThat(Arrays.stream(b.probabilities()).sum())
        .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(g.score() - b.score()).isGreaterThan(0.3);
  }

  @Test
  void oneSharedPipelineGivesTheSameAnswersFromConcurrentThreads() throws Exception {
    List<String> expected = new ArrayList<>();
    for (String t : TEXTS) {
      expected.add(render(annotator.annotate(t)));
    }
    List<Integer> order = new ArrayList<>();
    for (int round = 0; round < 4; round++) {
      for (int i = 0; i < TEXTS.size(); i++) {
        order.add(i);
      }
    }
    Collections.shuffle(order, new Random(7));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i : order) {
        results.add(pool.submit(() -> render(annotator.annotate(TEXTS.get(i)))));
      }
      for (int k = 0; k < order.size(); k++) {
        assertThat(results.get(k).get()).isEqualTo(expected.get(order.get(k)));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void textsAnnotatedTogetherGetExactlyTheAnnotationsTheyGetAlone() {
    List<String> texts = new ArrayList<>(TEXTS);
    // Endings and openings a tokenizer might read across the break between texts.
    texts.addAll(
        List.of(
            "We moved the office to the U.S.",
            "\"Honest\" is how I'd describe my lead, Dana Kim",
            "...",
            "Targets first - people second -",
            "Can't say.\n\nMaybe next time"));
    CoreNlpAnnotator capped = new CoreNlpAnnotator(pipeline, 12);
    for (CoreNlpAnnotator a : List.of(annotator, capped)) {
      List<String> alone = texts.stream().map(t -> render(a.annotate(t))).toList();
      List<String> shuffled = new ArrayList<>(texts);
      Collections.shuffle(shuffled, new Random(11));
      List<TextAnnotation> together = a.annotateAll(shuffled);
      assertThat(together).hasSameSizeAs(texts);
      for (int i = 0; i < shuffled.size(); i++) {
        assertThat(render(together.get(i))).isEqualTo(alone.get(texts.indexOf(shuffled.get(i))));
      }
    }
  }

  private static String render(TextAnnotation a) {
    StringBuilder s = new StringBuilder(a.textRedacted()).append('|').append(a.personsRedacted());
    for (SentenceAnnotation x : a.sentences()) {
      s.append('|')
          .append(x.index())
          .append(x.textRedacted())
          .append(x.method())
          .append(x.tokens())
          .append(x.lemmas())
          .append(x.pos())
          .append(x.ner())
          .append(x.sentiment())
          .append(Arrays.toString(x.probabilities()));
    }
    return s.toString();
  }
}
