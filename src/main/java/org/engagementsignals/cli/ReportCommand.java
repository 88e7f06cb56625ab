package org.engagementsignals.cli;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.engagementsignals.config.Settings;
import org.engagementsignals.pipeline.Sessions;
import org.engagementsignals.report.LeadersReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Write the leaders' report of a month from the published outputs: one self-contained HTML file,",
      "report/period=YYYY-MM/index.html under the output folder, plus a page per leader or team asked for."
    })
final class ReportCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--month",
      required = true,
      paramLabel = "YYYY-MM",
      description = "The month to report on; the months before it in the output give the trends.")
  String month;

  @Option(
      names = "--output",
      paramLabel = "DIR",
      description =
          "Output root to read (default: signals.output.dir); the report goes in its report/.")
  String output;

  @Option(
      names = "--group",
      paramLabel = "ID",
      description = "Also write the page of this leader (leader_id) or team (path).")
  String group;

  @Option(names = "--all-leaders", description = "Also write a page for every leader.")
  boolean allLeaders;

  @CommandLine.Mixin SettingsOptions settingsOptions;

  @Override
  public Integer call() {
    YearMonth period;
    try {
      period = YearMonth.parse(month);
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--month \"" + month + "\" is not a month in the form YYYY-MM, e.g. 2026-10");
    }
    Settings settings = settingsOptions.loadWithOutput(output);
    SparkSession spark = Sessions.create(settings.spark(), false);
    try {
      List<Path> pages =
          LeadersReport.run(
              spark,
              settings,
              new LeadersReport.Request(period, Optional.ofNullable(group), allLeaders));
      pages.forEach(p -> System.out.println("report: " + p));
    } catch (LeadersReport.NotFound e) {
      spec.commandLine().getErr().println("signals: " + e.getMessage());
      return SignalsCli.USAGE;
    } finally {
      spark.stop();
    }
    return SignalsCli.OK;
  }
}
