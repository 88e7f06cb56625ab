package org.engagementsignals.cluster;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.Success$;
import org.apache.spark.TaskEndReason;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorAdded;
import org.apache.spark.scheduler.SparkListenerExecutorRemoved;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;
import org.engagementsignals.nlp.Annotate;
import scala.jdk.javaapi.CollectionConverters;

/**
 * What a run's executors did, as Spark's scheduler reported it: which executors came and went, how
 * many annotation tasks each ran, and how many task attempts failed and were run again (an executor
 * lost, a shuffle file gone with it, ...). Spark retries them by itself; the run's outputs do not
 * change, but the operator should know. Read {@link #render()} after the session has stopped: Spark
 * delivers events to listeners asynchronously, and stopping drains them.
 */
public final class ExecutorActivity extends SparkListener {
  private static final String DRIVER = "driver";

  private final Set<String> executors = new TreeSet<>();
  private final Set<String> lost = new TreeSet<>();
  private final Map<String, Long> annotationTasks = new TreeMap<>();
  private final Map<String, Long> retriedByReason = new TreeMap<>();
  private long tasks;

  /** A listener registered with {@code spark}'s scheduler. */
  public static ExecutorActivity listenTo(SparkSession spark) {
    ExecutorActivity activity = new ExecutorActivity();
    spark.sparkContext().addSparkListener(activity);
    return activity;
  }

  @Override
  public synchronized void onExecutorAdded(SparkListenerExecutorAdded added) {
    executors.add(added.executorId());
  }

  @Override
  public synchronized void onExecutorRemoved(SparkListenerExecutorRemoved removed) {
    lost.add(removed.executorId());
  }

  @Override
  public synchronized void onTaskEnd(SparkListenerTaskEnd end) {
    tasks++;
    String executor = end.taskInfo().executorId();
    if (!executor.equals(DRIVER)) {
      executors.add(executor);
    }
    TaskEndReason reason = end.reason();
    if (reason != Success$.MODULE$) {
      retriedByReason.merge(reasonName(reason), 1L, Long::sum);
    } else if (annotated(end)) {
      annotationTasks.merge(executor, 1L, Long::sum);
    }
  }

  /** Whether the task annotated texts: it counted sentences into the annotation stage's counter. */
  private static boolean annotated(SparkListenerTaskEnd end) {
    for (AccumulableInfo info : CollectionConverters.asJava(end.taskInfo().accumulables())) {
      if (info.name().isDefined() && info.name().get().equals(Annotate.SENTENCES_ANNOTATED)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "ExecutorLostFailure", "FetchFailed", "Resubmitted", ...: Spark's names, as in its event log.
   */
  static String reasonName(TaskEndReason reason) {
    return reason.getClass().getSimpleName().replace("$", "");
  }

  public synchronized long retried() {
    return retriedByReason.values().stream().mapToLong(Long::longValue).sum();
  }

  /** One line for the run summary. */
  public synchronized String render() {
    StringBuilder s = new StringBuilder("  tasks     ").append(tasks).append(" run");
    if (executors.isEmpty()) {
      s.append(" in the driver (local mode)");
    } else {
      s.append(" on ")
          .append(executors.size())
          .append(executors.size() == 1 ? " executor" : " executors");
      if (!lost.isEmpty()) {
        s.append(" (lost: ").append(String.join(", ", lost)).append(')');
      }
      s.append("; annotation tasks by executor: ");
      StringBuilder byExecutor = new StringBuilder();
      annotationTasks.forEach(
          (executor, n) ->
              byExecutor
                  .append(byExecutor.length() == 0 ? "" : ", ")
                  .append(executor)
                  .append(' ')
                  .append(n));
      s.append(byExecutor.length() == 0 ? "none" : byExecutor);
    }
    s.append(String.format(Locale.ROOT, "; %d retried", retried()));
    if (!retriedByReason.isEmpty()) {
      StringBuilder reasons = new StringBuilder();
      retriedByReason.forEach(
          (reason, n) ->
              reasons
                  .append(reasons.length() == 0 ? "" : ", ")
                  .append(reason)
                  .append(' ')
                  .append(n));
      s.append(" (").append(reasons).append(')');
    }
    return s.append(System.lineSeparator()).toString();
  }
}
