package org.engagementsignals.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jobs/cluster-smoke} as CI runs it: a standalone master and two workers on loopback, the
 * sample month through spark-submit and with an executor killed, compared with local[2]. About 9 GB
 * of memory and several minutes, so not part of {@code mvn verify}: run it alone with {@code mvn -B
 * verify -Pcluster}, after {@code package} has built the cluster jar.
 */
@Tag("cluster")
class ClusterSmokeIT {

  @Test
  void theMonthOnAStandaloneClusterEqualsTheMonthOnLocal(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("cluster-smoke.log");
    Process smoke =
        new ProcessBuilder("jobs/cluster-smoke")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    boolean finished = smoke.waitFor(60, TimeUnit.MINUTES);
    if (!finished) {
      // Its own shutdown hook stops the cluster and the runs it started.
      smoke.destroy();
      smoke.waitFor(1, TimeUnit.MINUTES);
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    System.out.println(output);

    assertThat(finished).as("finished within an hour").isTrue();
    assertThat(output)
        .contains("check: both executors ran annotation tasks in the spark-submit run: yes")
        .contains("check: spark-submit outputs equal the local run's: yes")
        .contains("check: an executor was killed while it annotated: yes")
        .contains("check: killed-executor outputs equal the local run's: yes")
        .contains(
            "check: the run's summary counts the retried tasks as Spark's event log does: yes")
        .contains("cluster-smoke: PASSED")
        .doesNotContain(": NO");
    assertThat(smoke.exitValue()).isZero();
  }
}
