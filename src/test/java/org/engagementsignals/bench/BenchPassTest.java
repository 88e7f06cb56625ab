package org.engagementsignals.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** A bench worker's pass reaches bench exactly as measured. */
class BenchPassTest {

  @Test
  void fieldsParseBackToTheSamePass() {
    BenchPass plain = new BenchPass(3459, 22.871234567891, 43.1, 45.0000001, 1.7, 0.3);
    BenchPass spark = new BenchPass(3459, 23.5, 44.0, 46.25, 2.2, 0.5);
    String[] reply = ("pass " + plain.fields() + " " + spark.fields()).split(" ");
    assertThat(BenchPass.parse(reply, 1)).isEqualTo(plain);
    assertThat(BenchPass.parse(reply, 1 + BenchPass.FIELDS)).isEqualTo(spark);
    assertThat(reply).hasSize(1 + 2 * BenchPass.FIELDS);
    assertThat(plain.rate()).isEqualTo(3459 / 22.871234567891);
  }

  @Test
  void timedCountsTheWorkersCpuApartFromTheWait() throws Exception {
    // Like the bench's pool threads, the worker outlives the pass: a thread's CPU is read at both
    // ends of the pass.
    CountDownLatch spun = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread worker =
        new Thread(
            () -> {
              spinFor300MsOfCpu();
              spun.countDown();
              awaitQuietly(release);
            },
            BenchPass.PLAIN_WORKER + "test");
    BenchPass pass;
    try {
      pass =
          BenchPass.timed(
              () -> {
                worker.start();
                spun.await();
                Thread.sleep(200);
                return 7;
              });
    } finally {
      release.countDown();
      worker.join();
    }
    assertThat(pass.sentences()).isEqualTo(7);
    assertThat(pass.seconds()).isGreaterThanOrEqualTo(0.5);
    // The worker spun for 0.3 s of CPU; the sleep costs none and is not the worker's.
    assertThat(pass.workerCpuSeconds()).isBetween(0.3, 0.4);
    assertThat(pass.processCpuSeconds()).isGreaterThanOrEqualTo(pass.workerCpuSeconds());
  }

  /** Spins until this thread has used 0.3 s of CPU, however busy the machine is. */
  private static void spinFor300MsOfCpu() {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long end = mx.getCurrentThreadCpuTime() + 300_000_000L;
    long x = 0;
    while (mx.getCurrentThreadCpuTime() < end) {
      x += x * 31 + 1;
    }
    if (x == 42) {
      System.out.println(x);
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
