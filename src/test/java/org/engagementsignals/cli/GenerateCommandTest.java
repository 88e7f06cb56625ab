package org.engagementsignals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.engagementsignals.bench.SurveyExports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

  @Test
  void writesTheAskedMonthOfDistinctCommentsTheSameForTheSameSeed(@TempDir Path dir)
      throws Exception {
    assertThat(
            SignalsCli.execute(
                "generate",
                "--comments",
                "300",
                "--month",
                "2026-02",
                "--output",
                dir.resolve("a").toString()))
        .isZero();
    assertThat(
            SignalsCli.execute(
                "generate",
                "--comments",
                "300",
                "--month",
                "2026-02",
                "--output",
                dir.resolve("b").toString()))
        .isZero();
    Path a = dir.resolve("a/survey/2026-02/generated-2026.csv");

    assertThat(Files.readAllBytes(a))
        .isEqualTo(Files.readAllBytes(dir.resolve("b/survey/2026-02/generated-2026.csv")));
    List<CSVRecord> rows = SurveyExports.read(a);
    assertThat(rows).hasSize(300);
    assertThat(rows.stream().map(r -> r.get("text")).distinct()).hasSize(300);
    assertThat(rows.stream().map(r -> r.get("response_id")).distinct()).hasSize(300);
    Map<String, String> leaderByTeam = new HashMap<>();
    for (CSVRecord r : rows) {
      Instant at = Instant.parse(r.get("submitted_at"));
      assertThat(at)
          .isBetween(Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-02-28T23:59:59Z"));
      assertThat(r.get("rating")).matches("[1-5]?");
      assertThat(leaderByTeam.computeIfAbsent(r.get("team"), t -> r.get("leader_id")))
          .isEqualTo(r.get("leader_id"));
    }
  }

  @Test
  void aCountBelowOneIsAUsageError(@TempDir Path dir) {
    assertThat(
            SignalsCli.execute(
                "generate", "--comments", "0", "--month", "2026-02", "--output", dir.toString()))
        .isEqualTo(SignalsCli.USAGE);
  }
}
