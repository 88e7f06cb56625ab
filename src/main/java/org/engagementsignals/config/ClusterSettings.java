package org.engagementsignals.config;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the job sets up a standalone cluster run when it connects to the master itself ({@code
 * jobs/signals run --master spark://HOST:PORT}). Under spark-submit its own options apply instead.
 *
 * @param executorMemory each executor's heap, in Spark's notation ({@code 3g}, {@code 3500m})
 * @param models where executors find CoreNLP's models: {@link #SHIP} to send the model jars on the
 *     driver's class path to every executor, or a class path that exists on every worker
 * @param driverHost the address executors reach the driver at; "" for the address this machine uses
 *     to reach the master
 */
public record ClusterSettings(String executorMemory, String models, String driverHost) {
  public static final String SHIP = "ship";
  private static final Pattern MEMORY = Pattern.compile("(\\d+)([mgt])b?");

  public ClusterSettings {
    executorMemory = executorMemory == null ? "" : executorMemory.strip();
    if (executorMemoryMb(executorMemory) < 1) {
      throw new SettingsException(
          "signals.cluster.executor-memory",
          executorMemory,
          "must be an amount of memory with its unit, such as 3g or 3500m");
    }
    models = models == null ? "" : models.strip();
    if (models.isEmpty()) {
      throw new SettingsException(
          "signals.cluster.models",
          models,
          "must be \"ship\" or a class path that exists on every worker");
    }
    driverHost = driverHost == null ? "" : driverHost.strip();
  }

  /** Whether the driver sends the model jars to the executors itself. */
  public boolean shipModels() {
    return models.equals(SHIP);
  }

  /** {@code memory} in MiB, or 0 when it is not an amount of memory. */
  static long executorMemoryMb(String memory) {
    Matcher m = MEMORY.matcher(memory.toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      return 0;
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "g" -> n * 1024;
      case "t" -> n * 1024 * 1024;
      default -> n;
    };
  }
}
