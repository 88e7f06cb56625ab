package org.engagementsignals.cli;

import java.io.PrintWriter;
import org.engagementsignals.config.SettingsException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code signals <command>}. Exit codes: 0 success, 2 usage or configuration error (one line naming
 * the bad value, before Spark starts), 1 failure while running.
 */
@Command(
    name = "signals",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "engagement-signals: results-talk vs process-talk, connection and trust, from survey text.",
    subcommands = {
      RunCommand.class,
      ReportCommand.class,
      SqlCommand.class,
      EvaluateCommand.class,
      TrainCommand.class,
      SstCommand.class,
      BenchCommand.class,
      GenerateCommand.class,
      CacheCommand.class,
      ClusterSmokeCommand.class,
      CommandLine.HelpCommand.class
    })
public final class SignalsCli implements Runnable {
  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs a command line and returns its exit code (tests call this). */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new SignalsCli());
    cli.setExecutionExceptionHandler(SignalsCli::onException);
    return cli.execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "a command is required, e.g. 'run --month 2026-10'");
  }

  private static int onException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
    PrintWriter err = cli.getErr();
    if (e instanceof SettingsException) {
      err.println("signals: " + e.getMessage());
      return USAGE;
    }
    err.println("signals: failed: " + e);
    e.printStackTrace(err);
    return FAILED;
  }
}
