package org.engagementsignals.cli;

import java.io.PrintWriter;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.engagementsignals.catalog.DataPackage;
import org.engagementsignals.cluster.ExecutorActivity;
import org.engagementsignals.config.Settings;
import org.engagementsignals.ingest.InputFiles;
import org.engagementsignals.ingest.PseudonymKey;
import org.engagementsignals.ingest.Pseudonymizer;
import org.engagementsignals.pipeline.MonthSeries;
import org.engagementsignals.pipeline.MonthlyJob;
import org.engagementsignals.pipeline.RunSummary;
import org.engagementsignals.pipeline.Sessions;
import org.engagementsignals.tagging.Taxonomy;
import org.engagementsignals.tagging.TaxonomyLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Process one month: read DIR/survey/ and DIR/reflections/, annotate with CoreNLP, and replace that",
      "month in the Parquet outputs: responses, sentences, quarantine, indicators, topics, say_hear and",
      "suppression (operators only), plus a run manifest under runs/.",
      "With --from and --to, process each month of the range in order in one Spark session; the first",
      "month that fails stops the range, and the months already published stay as they are."
    })
final class RunCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--month", paramLabel = "YYYY-MM", description = "The month to process (UTC).")
  String month;

  @Option(
      names = "--from",
      paramLabel = "YYYY-MM",
      description = "The first month of a range to process in order (with --to).")
  String from;

  @Option(
      names = "--to",
      paramLabel = "YYYY-MM",
      description = "The last month of the range, included.")
  String to;

  @Option(
      names = "--input",
      paramLabel = "DIR",
      description = "Input folder (default: signals.input.dir).")
  String input;

  @Option(
      names = "--output",
      paramLabel = "DIR",
      description = "Output root (default: signals.output.dir).")
  String output;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description = "Spark master (default: signals.spark.master, local[*]).")
  String master;

  @Option(
      names = "--demo",
      description = {
        "Without a pseudonymisation key, use the public demo key (a try-out, never real survey data).",
        "The shipped data-samples/ input runs this way without being asked."
      })
  boolean demo;

  @CommandLine.Mixin SettingsOptions settingsOptions;

  @Override
  public Integer call() {
    List<YearMonth> months = parseMonths();
    Map<String, String> cli = new LinkedHashMap<>();
    if (input != null) {
      cli.put("signals.input.dir", input);
    }
    if (output != null) {
      cli.put("signals.output.dir", output);
    }
    if (master != null) {
      cli.put("signals.spark.master", master);
    }
    Settings settings = settingsOptions.load(cli);
    boolean demoAllowed = demo || ShippedSamples.contains(settings.input().dir());
    PseudonymKey.Resolved key =
        PseudonymKey.resolve(settings.privacy(), demoAllowed, System.getenv());
    InputFiles.checkExists(settings.input().dir(), new Configuration());
    Taxonomy taxonomy =
        TaxonomyLoader.load(SettingsOptions.projectFile(settings.tagging().taxonomyFile()));
    if (key.demo()) {
      spec.commandLine()
          .getErr()
          .println(
              "signals: WARNING demo mode: respondent keys use the public demo key; never use demo mode on real survey data");
    }
    SparkSession spark = Sessions.create(settings.spark(), settings.cluster(), master != null);
    ExecutorActivity activity = ExecutorActivity.listenTo(spark);
    try {
      Pseudonymizer pseudonymizer = new Pseudonymizer(key.key());
      MonthSeries.Result<RunSummary> result =
          MonthSeries.run(
              months,
              m -> {
                RunSummary summary =
                    MonthlyJob.run(spark, settings, taxonomy, m, pseudonymizer, System.out);
                System.out.print(summary.render());
                DataPackage.write(
                    settings.output().dir(), spark.sparkContext().hadoopConfiguration());
                return summary;
              });
      if (!result.succeeded()) {
        reportFailure(result);
        return SignalsCli.FAILED;
      }
    } finally {
      spark.stop();
    }
    // After stop(): Spark has delivered every task's end to the listener by then.
    System.out.print(activity.render());
    return SignalsCli.OK;
  }

  private void reportFailure(MonthSeries.Result<RunSummary> result) {
    PrintWriter err = spec.commandLine().getErr();
    err.println(
        "signals: "
            + result.failedMonth().orElseThrow()
            + " failed; its outputs are as they were before this run: "
            + result.failure().orElseThrow());
    result.failure().orElseThrow().printStackTrace(err);
    if (!result.published().isEmpty()) {
      err.println(
          "signals: published in this run: "
              + result.published().stream().map(RunSummary::period).toList());
    }
    if (!result.notRun().isEmpty()) {
      err.println("signals: not run, as they follow the failed month: " + result.notRun());
    }
  }

  private List<YearMonth> parseMonths() {
    if (month != null && (from != null || to != null)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "give either --month or --from and --to, not both");
    }
    if (month != null) {
      return List.of(parseMonth("--month", month));
    }
    if (from == null || to == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "give --month YYYY-MM, or --from YYYY-MM and --to YYYY-MM");
    }
    YearMonth first = parseMonth("--from", from);
    YearMonth last = parseMonth("--to", to);
    if (last.isBefore(first)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--to " + last + " is before --from " + first);
    }
    return MonthSeries.months(first, last);
  }

  private YearMonth parseMonth(String option, String value) {
    try {
      return YearMonth.parse(value);
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          option + " \"" + value + "\" is not a month in the form YYYY-MM, e.g. 2026-10");
    }
  }
}
