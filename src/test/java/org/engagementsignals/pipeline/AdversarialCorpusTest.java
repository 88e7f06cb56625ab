package org.engagementsignals.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.engagementsignals.ingest.Ingest;
import org.engagementsignals.ingest.PseudonymKey;
import org.engagementsignals.ingest.Pseudonymizer;
import org.engagementsignals.testing.SharedSpark;
import org.engagementsignals.testing.TestSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file of the adversarial corpus through the real ingest on its own: its valid, quarantined
 * and other-month counts are exactly the expected ones, and always reconcile with what was read.
 */
@ExtendWith(SharedSpark.class)
class AdversarialCorpusTest {
  private static final YearMonth MONTH = YearMonth.of(2026, 10);
  private static final Pseudonymizer DEMO =
      new Pseudonymizer(
          PseudonymKey.resolve(
                  TestSettings.of(Path.of("."), Path.of(".")).privacy(), true, Map.of())
              .key());

  @Test
  void theCorpusHasAtLeastThirtyFilesAndEachHasItsExpectation() throws IOException {
    List<String> listed = AdversarialCorpus.cases().stream().map(c -> c.file()).sorted().toList();
    assertThat(listed).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates();
    assertThat(AdversarialCorpus.files()).isEqualTo(listed);
  }

  @Test
  void eachFileGivesItsExpectedCountsAndTheyReconcile(SparkSession spark, @TempDir Path work)
      throws IOException {
    List<String> wrong = new ArrayList<>();
    int n = 0;
    for (AdversarialCorpus.Case c : AdversarialCorpus.cases()) {
      Path input = work.resolve("in-" + n++);
      AdversarialCorpus.copy(c, input);
      Ingest.Counts counts =
          Ingest.run(spark, TestSettings.of(input, work.resolve("out")).input(), MONTH, DEMO)
              .counts();
      String got =
          counts.read()
              + " = "
              + counts.valid()
              + " + "
              + counts.quarantined()
              + " + "
              + counts.otherPeriod();
      String expected =
          c.read() + " = " + c.valid() + " + " + c.quarantined() + " + " + c.otherMonths();
      if (!got.equals(expected)) {
        wrong.add(c.file() + " (" + c.what() + "): expected " + expected + ", got " + got);
      }
      // Ingest.Counts refuses to exist unless read = valid + quarantined + other months.
      assertThat(counts.read())
          .isEqualTo(counts.valid() + counts.quarantined() + counts.otherPeriod());
    }
    assertThat(wrong).as("files whose counts differ from expected.csv").isEmpty();
  }
}
