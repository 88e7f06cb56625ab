package org.engagementsignals.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.ExecutorLostFailure;
import org.apache.spark.Resubmitted$;
import org.apache.spark.Success$;
import org.apache.spark.TaskEndReason;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.TaskInfo;
import org.apache.spark.scheduler.TaskLocality;
import org.engagementsignals.nlp.Annotate;
import org.junit.jupiter.api.Test;
import scala.Option;
import scala.jdk.javaapi.CollectionConverters;

/** The summary line from task-end events as Spark's scheduler posts them. */
class ExecutorActivityTest {

  @Test
  void countsAnnotationTasksPerExecutorAndRetriedAttemptsByReason() {
    ExecutorActivity activity = new ExecutorActivity();
    activity.onTaskEnd(end("0", Success$.MODULE$, true));
    activity.onTaskEnd(end("0", Success$.MODULE$, true));
    activity.onTaskEnd(end("1", Success$.MODULE$, true));
    activity.onTaskEnd(end("1", Success$.MODULE$, false));
    activity.onTaskEnd(end("0", new ExecutorLostFailure("0", true, Option.apply("killed")), false));
    activity.onTaskEnd(end("0", Resubmitted$.MODULE$, false));

    assertThat(activity.retried()).isEqualTo(2);
    assertThat(activity.render())
        .isEqualTo(
            "  tasks     6 run on 2 executors; annotation tasks by executor: 0 2, 1 1; 2 retried"
                + " (ExecutorLostFailure 1, Resubmitted 1)"
                + System.lineSeparator());
  }

  @Test
  void inLocalModeTheDriverRunsTheTasks() {
    ExecutorActivity activity = new ExecutorActivity();
    activity.onTaskEnd(end("driver", Success$.MODULE$, true));
    assertThat(activity.render())
        .startsWith("  tasks     1 run in the driver (local mode); 0 retried");
  }

  private static SparkListenerTaskEnd end(
      String executor, TaskEndReason reason, boolean annotated) {
    TaskInfo info =
        new TaskInfo(1L, 0, 0, 0, 0L, executor, "127.0.0.1", TaskLocality.PROCESS_LOCAL(), false);
    if (annotated) {
      AccumulableInfo sentences =
          new AccumulableInfo(
              7L,
              Option.apply(Annotate.SENTENCES_ANNOTATED),
              Option.apply(12L),
              Option.apply(12L),
              false,
              false,
              Option.empty());
      info.setAccumulables(CollectionConverters.asScala(List.of(sentences)).toList());
    }
    return new SparkListenerTaskEnd(0, 0, "ResultTask", reason, info, null, null);
  }
}
