package org.engagementsignals.cluster;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A finished run of the monthly job in the smoke test: where it wrote, its event log, its console
 * output, how long it took, and the executor killed during it, if any.
 */
record JobRun(
    String name,
    Path output,
    Path events,
    Path log,
    Duration wall,
    String stdout,
    Optional<String> killedExecutor) {
  private static final Pattern TOTAL = Pattern.compile("total ([0-9.]+) s");
  private static final Pattern RETRIED = Pattern.compile("; (\\d+) retried");

  /** The job's own total from its summary. */
  Optional<Double> jobTotalSeconds() {
    Matcher m = TOTAL.matcher(stdout);
    return m.find() ? Optional.of(Double.parseDouble(m.group(1))) : Optional.empty();
  }

  /** How many task attempts the run's summary says Spark retried. */
  Optional<Long> retriedInSummary() {
    Matcher m = RETRIED.matcher(stdout);
    return m.find() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
  }

  String timing() {
    return String.format(
        Locale.ROOT,
        "%.1f s wall, job total %s",
        wall.toMillis() / 1000.0,
        jobTotalSeconds().map(t -> String.format(Locale.ROOT, "%.1f s", t)).orElse("?"));
  }
}
