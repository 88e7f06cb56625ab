package org.engagementsignals.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import org.engagementsignals.bench.SurveyExports;
import org.engagementsignals.bench.SyntheticSurvey;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a synthetic survey export for scale tests: N distinct comments of 1-3 sentences drawn",
      "from sample exports, over their teams and leaders, one month, deterministic for a seed.",
      "Output: DIR/survey/<month>/generated-<seed>.csv, ready for 'run --input DIR --month <month>'."
    })
final class GenerateCommand implements Callable<Integer> {

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

  @Option(
      names = "--samples",
      defaultValue = BenchTexts.SAMPLES,
      paramLabel = "DIR",
      description = "Survey CSV exports to draw from (default: ${DEFAULT-VALUE}).")
  String samples;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    OptionChecks.requireAtLeast(spec, "--comments", comments, 1);
    SyntheticSurvey.Written written =
        SyntheticSurvey.write(
            SurveyExports.readAll(SettingsOptions.projectFile(samples)),
            comments,
            month,
            seed,
            output);
    System.out.printf(
        "generate: %d comments for %s in %s%n", written.comments(), month, written.file());
    return SignalsCli.OK;
  }
}
