package org.engagementsignals.cli;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.engagementsignals.cluster.ExecutorActivity;
import org.engagementsignals.config.Settings;
import org.engagementsignals.ingest.InputFiles;
import org.engagementsignals.ingest.PseudonymKey;
import org.engagementsignals.ingest.Pseudonymizer;
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
      "month in the Parquet outputs (responses, sentences, quarantine) plus a run manifest under runs/."
    })
final class RunCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--month",
      required = true,
      paramLabel = "YYYY-MM",
      description = "The month to process (UTC).")
  String month;

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

  @CommandLine.Mixin SettingsOptions settingsOptions;

  @Override
  public Integer call() {
    YearMonth period = parseMonth();
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
    PseudonymKey.Resolved key =
        PseudonymKey.resolve(settings.privacy(), settings.demo(), System.getenv());
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
      RunSummary summary =
          MonthlyJob.run(
              spark, settings, taxonomy, period, new Pseudonymizer(key.key()), System.out);
      System.out.print(summary.render());
    } finally {
      spark.stop();
    }
    // After stop(): Spark has delivered every task's end to the listener by then.
    System.out.print(activity.render());
    return SignalsCli.OK;
  }

  private YearMonth parseMonth() {
    try {
      return YearMonth.parse(month);
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--month \"" + month + "\" is not a month in the form YYYY-MM, e.g. 2026-10");
    }
  }
}
