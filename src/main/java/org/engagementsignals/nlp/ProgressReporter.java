package org.engagementsignals.nlp;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Prints "annotate: done/total responses (pct), rate" on the driver at a fixed interval while work
 * runs.
 */
final class ProgressReporter implements AutoCloseable {
  private final ScheduledExecutorService timer;
  private final long startNanos = System.nanoTime();

  ProgressReporter(
      String stage, long total, LongSupplier done, int intervalSeconds, PrintStream out) {
    timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "progress-" + stage);
              t.setDaemon(true);
              return t;
            });
    timer.scheduleAtFixedRate(
        () -> out.println(line(stage, done.getAsLong(), total, System.nanoTime() - startNanos)),
        intervalSeconds,
        intervalSeconds,
        TimeUnit.SECONDS);
  }

  static String line(String stage, long counted, long total, long elapsedNanos) {
    // On a cluster, tasks whose results were lost with an executor run again and count again.
    long done = Math.min(counted, total);
    double seconds = Math.max(elapsedNanos / 1e9, 1e-9);
    double pct = total == 0 ? 100 : 100.0 * done / total;
    return String.format(
        Locale.ROOT,
        "%s: %d/%d responses (%.0f%%), %.1f responses/s, %.0f s elapsed",
        stage,
        done,
        total,
        pct,
        done / seconds,
        seconds);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
