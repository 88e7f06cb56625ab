package org.engagementsignals.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.engagementsignals.config.NlpSettings;
import org.engagementsignals.config.SettingsLoader;
import org.engagementsignals.testing.TestSettings;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, defect 1: one comment of a word repeated thousands of times overflowed CoreNLP's stack
 * inside a Spark task, and Spark killed the JVM. With the real models.
 */
@Tag("nlp")
class IsolatedAnnotatorTest {
  private static final String REPEATED_WORD = "great ".repeat(3000).strip();
  private static final String GOOD = "My lead listens and we learn from failure without blame.";
  private static final String ALSO_GOOD = "Targets were missed again.\n\nThe retro helped.";

  private static NlpSettings nlp(String... keyValues) {
    Map<String, String> overrides = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      overrides.put(keyValues[i], keyValues[i + 1]);
    }
    return SettingsLoader.load(Optional.empty(), overrides).nlp();
  }

  @Test
  void onTheAnnotationThreadsARepeatedWordIsAnnotatedAndScored() throws Exception {
    // It overflowed a Spark task thread's stack, and Spark killed the JVM (AdversarialMonthTest).
    TextAnnotation a =
        new IsolatedAnnotator(TestSettings.nlp()).annotateAll(List.of(REPEATED_WORD)).get(0);
    assertThat(a.failure()).isNull();
    assertThat(a.tokenCount()).isEqualTo(3000);
    assertThat(a.sentences())
        .allSatisfy(s -> assertThat(s.method()).isEqualTo(SentenceAnnotation.SPLIT))
        .allSatisfy(s -> assertThat(s.scored()).isTrue());
  }

  @Test
  void aTextThatFailsCostsOnlyItselfAndKeepsItsTokensAndItsNamesRedacted() throws Exception {
    // A stack smaller than a Spark task thread's 1 MB, so that the full chain fails for sure (at
    // 1 MB it fails only while CoreNLP's code is interpreted, with its larger frames).
    IsolatedAnnotator small = new IsolatedAnnotator(nlp("signals.nlp.thread-stack", "160K"));
    String named = "Priya Raman wrote this: " + REPEATED_WORD;
    List<TextAnnotation> got = small.annotateAll(List.of(GOOD, named, ALSO_GOOD));

    CoreNlpAnnotator plain =
        new CoreNlpAnnotator(
            CoreNlpPipelines.getOrCreate(TestSettings.nlp()), TestSettings.nlp().parseMaxTokens());
    assertThat(got.get(0)).usingRecursiveComparison().isEqualTo(plain.annotate(GOOD));
    assertThat(got.get(2)).usingRecursiveComparison().isEqualTo(plain.annotate(ALSO_GOOD));

    TextAnnotation failed = got.get(1);
    assertThat(failed.failure()).isEqualTo("stack_overflow");
    assertThat(failed.tokenCount()).isEqualTo(3000 + 5);
    assertThat(failed.textRedacted()).startsWith("[PERSON] wrote this: great great");
    assertThat(failed.personsRedacted()).isEqualTo(1);
    List<String> lemmas = new ArrayList<>();
    for (SentenceAnnotation s : failed.sentences()) {
      assertThat(s.method()).isEqualTo(SentenceAnnotation.FAILED);
      assertThat(s.scored()).isFalse();
      assertThat(s.probabilities()).isNull();
      assertThat(s.pos()).hasSameSizeAs(s.tokens());
      lemmas.addAll(s.lemmas());
    }
    assertThat(lemmas).startsWith("[PERSON]", "[PERSON]", "write").contains("great");
  }

  @Test
  void aTextOverItsTimeBudgetFallsBackWithoutWaitingForIt() throws Exception {
    // SUTime took over a minute on this text (and ignored the first interrupt).
    IsolatedAnnotator budgeted =
        new IsolatedAnnotator(nlp("signals.nlp.text-time-budget-seconds", "8"));
    long start = System.nanoTime();
    TextAnnotation a = budgeted.annotateAll(List.of("7 ".repeat(9000).strip())).get(0);
    double seconds = (System.nanoTime() - start) / 1e9;
    assertThat(a.failure()).isEqualTo("timeout");
    assertThat(a.tokenCount()).isEqualTo(9000);
    assertThat(a.sentences())
        .allSatisfy(s -> assertThat(s.method()).isEqualTo(SentenceAnnotation.FAILED));
    assertThat(seconds).as("the budget, then the fallback").isLessThan(8 + 8 + 2);
  }
}
