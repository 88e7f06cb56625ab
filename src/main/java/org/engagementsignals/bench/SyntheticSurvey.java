package org.engagementsignals.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * A synthetic survey export for scale tests: distinct comments of 1-3 sentences drawn from sample
 * exports, over their teams, leaders and questions, in one month, the same for the same seed.
 */
public final class SyntheticSurvey {
  /** The share of generated answers that carry a rating, as in the samples. */
  private static final double RATED = 0.73;

  private SyntheticSurvey() {}

  /**
   * Writes {@code DIR/survey/<month>/generated-<seed>.csv} and returns it, with its comment count.
   */
  public static Written write(
      List<CSVRecord> samples, int comments, YearMonth month, long seed, Path output)
      throws IOException {
    List<String> texts =
        CommentGenerator.generate(
            CommentGenerator.sentences(samples.stream().map(r -> r.get("text")).toList()),
            comments,
            seed);
    Map<String, String> leaderByTeam = new LinkedHashMap<>();
    Map<String, String> questions = new LinkedHashMap<>();
    for (CSVRecord r : samples) {
      leaderByTeam.putIfAbsent(r.get("team"), r.get("leader_id"));
      questions.putIfAbsent(r.get("question_id"), r.get("question_text"));
    }
    List<String> teams = new ArrayList<>(leaderByTeam.keySet());
    List<String> questionIds = new ArrayList<>(questions.keySet());

    Path file =
        output.resolve("survey").resolve(month.toString()).resolve("generated-" + seed + ".csv");
    Files.createDirectories(file.getParent());
    Random random = new Random(seed);
    // About three answers per respondent, each respondent in one team.
    int respondents = Math.max(1, comments / 3);
    long monthStart = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    long monthSeconds = month.lengthOfMonth() * 86_400L;
    try (BufferedWriter writer = Files.newBufferedWriter(file);
        CSVPrinter csv =
            CSVFormat.RFC4180
                .builder()
                .setHeader(
                    "response_id",
                    "respondent_id",
                    "team",
                    "leader_id",
                    "question_id",
                    "question_text",
                    "submitted_at",
                    "rating",
                    "text")
                .get()
                .print(writer)) {
      for (int i = 0; i < texts.size(); i++) {
        int respondent = random.nextInt(respondents);
        String team = teams.get(respondent % teams.size());
        String question = questionIds.get(random.nextInt(questionIds.size()));
        long at = monthStart + (long) (random.nextDouble() * monthSeconds);
        String rating = random.nextDouble() < RATED ? Integer.toString(1 + random.nextInt(5)) : "";
        csv.printRecord(
            String.format("G-%s-%07d", month, i + 1),
            String.format("G%06d", respondent),
            team,
            leaderByTeam.get(team),
            question,
            questions.get(question),
            DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochSecond(at)),
            rating,
            texts.get(i));
      }
    }
    return new Written(file, texts.size());
  }

  /** The file written and how many comments it holds. */
  public record Written(Path file, int comments) {}
}
