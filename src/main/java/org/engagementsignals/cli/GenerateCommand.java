package org.engagementsignals.cli;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.engagementsignals.bench.CommentGenerator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a synthetic survey export for scale tests: N distinct comments of 1-3 sentences drawn from the",
      "shipped samples, over the sample teams and leaders, one month, deterministic for a seed.",
      "Output: DIR/survey/<month>/generated-<seed>.csv, ready for 'run --input DIR --month <month>'."
    })
final class GenerateCommand implements Callable<Integer> {
  private static final double RATED = 0.73;

  @Option(names = "--comments", required = true, description = "Comments to write.")
  int comments;

  @Option(names = "--month", required = true, description = "Month of the comments, YYYY-MM.")
  YearMonth month;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "DIR",
      description = "Input folder to write into.")
  Path output;

  @Option(
      names = "--seed",
      defaultValue = "2026",
      description = "Generator seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    OptionChecks.requireAtLeast(spec, "--comments", comments, 1);
    List<CSVRecord> samples = SampleExports.samples();
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
            DateTimeFormatter.ISO_INSTANT.format(java.time.Instant.ofEpochSecond(at)),
            rating,
            texts.get(i));
      }
    }
    System.out.printf("generate: %d comments for %s in %s%n", texts.size(), month, file);
    return SignalsCli.OK;
  }
}
