package org.engagementsignals.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.engagementsignals.cluster.ClusterSmoke;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "cluster-smoke",
    hidden = true,
    mixinStandardHelpOptions = true,
    description = {
      "Run by jobs/cluster-smoke: the month on a standalone Spark cluster on loopback (two one-core",
      "workers) through spark-submit, again with an executor killed, and on local[2]; every output",
      "table compared. Needs 'mvn package' first (the launcher does it). docs/cluster.md."
    })
final class ClusterSmokeCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--month",
      defaultValue = "2026-10",
      description = "Month (default: ${DEFAULT-VALUE}).")
  String month;

  @Option(
      names = "--input",
      paramLabel = "DIR",
      description = "Input folder (default: the project's data-samples).")
  Path input;

  @Option(
      names = "--work",
      paramLabel = "DIR",
      description =
          "Work folder, kept afterwards (default: a temporary folder, removed if all passed).")
  Path work;

  @Option(
      names = "--executor-memory",
      defaultValue = "3g",
      description = "Heap of each executor (default: ${DEFAULT-VALUE}).")
  String executorMemory;

  @Option(
      names = "--worker-memory",
      defaultValue = "4g",
      description = "Memory each worker offers (default: ${DEFAULT-VALUE}).")
  String workerMemory;

  @Option(
      names = "--ship-models",
      description =
          "Send CoreNLP's model jars to the executors (about 920 MB each) instead of using them in place.")
  boolean shipModels;

  @Option(names = "--no-kill", description = "Skip the run with a killed executor.")
  boolean noKill;

  @Option(
      names = "--timeout-minutes",
      defaultValue = "20",
      description = "For the cluster to start and for each run (default: ${DEFAULT-VALUE}).")
  int timeoutMinutes;

  @Option(
      names = "--tolerance",
      defaultValue = "1e-9",
      description = "Relative tolerance for floating-point values (default: ${DEFAULT-VALUE}).")
  double tolerance;

  @Override
  public Integer call() throws Exception {
    String home = System.getProperty(SettingsOptions.HOME_PROPERTY);
    if (home == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "run this through jobs/cluster-smoke, which knows the project folder");
    }
    Path project = Path.of(home);
    ClusterSmoke.Options options =
        new ClusterSmoke.Options(
            project,
            input != null ? input : project.resolve("data-samples"),
            month,
            work,
            executorMemory,
            workerMemory,
            shipModels,
            !noKill,
            Duration.ofMinutes(timeoutMinutes),
            tolerance);
    return ClusterSmoke.run(options, System.out) ? SignalsCli.OK : SignalsCli.FAILED;
  }
}
