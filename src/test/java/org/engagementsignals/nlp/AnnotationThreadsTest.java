package org.engagementsignals.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.engagementsignals.nlp.AnnotationThreads.Cause;
import org.engagementsignals.nlp.AnnotationThreads.Done;
import org.engagementsignals.nlp.AnnotationThreads.Failed;
import org.junit.jupiter.api.Test;

/** The isolation itself, with plain Java work standing in for CoreNLP. */
class AnnotationThreadsTest {

  private static int depth(int n) {
    return n == 0 ? 0 : 1 + depth(n - 1);
  }

  @Test
  void aDeepStackHoldsWhatOverflowsASmallOneAndAnOverflowIsAFailureNotACrash() throws Exception {
    AnnotationThreads small = AnnotationThreads.getOrCreate(160L << 10);
    assertThat(small.run(() -> depth(1_000_000), 10_000))
        .isEqualTo(new Failed<Integer>(Cause.STACK_OVERFLOW, "java.lang.StackOverflowError"));
    // The same threads go on working after an overflow.
    assertThat(small.run(() -> depth(100), 10_000)).isEqualTo(new Done<>(100));

    AnnotationThreads deep = AnnotationThreads.getOrCreate(256L << 20);
    assertThat(deep.run(() -> depth(1_000_000), 60_000)).isEqualTo(new Done<>(1_000_000));
    assertThat(Thread.currentThread().getName()).doesNotStartWith(AnnotationThreads.THREAD_NAME);
    assertThat(deep.run(() -> Thread.currentThread().getName(), 10_000))
        .isInstanceOfSatisfying(
            Done.class,
            d -> assertThat((String) d.value()).startsWith(AnnotationThreads.THREAD_NAME));
  }

  @Test
  void anyThrowableIsAFailureOfThatCallOnly() throws Exception {
    AnnotationThreads threads = AnnotationThreads.getOrCreate(16L << 20);
    assertThat(
            threads.run(
                () -> {
                  throw new IllegalStateException("a sentence crosses the break");
                },
                10_000))
        .isEqualTo(new Failed<>(Cause.ERROR, "java.lang.IllegalStateException"));
    assertThat(
            threads.run(
                () -> {
                  throw new OutOfMemoryError("Java heap space");
                },
                10_000))
        .isEqualTo(new Failed<>(Cause.ERROR, "java.lang.OutOfMemoryError"));
  }

  @Test
  void overTheBudgetTheCallTimesOutAndItsWorkIsInterruptedUntilItStops() throws Exception {
    AnnotationThreads threads = AnnotationThreads.getOrCreate(16L << 20);
    AtomicBoolean stopped = new AtomicBoolean();
    long start = System.nanoTime();
    // Like SUTime: it catches the first interrupt and carries on; a later one stops it.
    var attempt =
        threads.run(
            () -> {
              int interrupts = 0;
              while (true) {
                if (Thread.interrupted() && ++interrupts == 2) {
                  stopped.set(true);
                  return "stopped";
                }
                Thread.onSpinWait();
              }
            },
            300);
    assertThat(attempt).isEqualTo(new Failed<String>(Cause.TIMEOUT, "over 300 ms"));
    assertThat((System.nanoTime() - start) / 1e9).as("seconds the caller waited").isLessThan(5);
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!stopped.get() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(stopped).isTrue();
    // An interrupt for the work that timed out never reaches the next call on that thread.
    assertThat(threads.run(() -> Thread.currentThread().isInterrupted(), 10_000))
        .isEqualTo(new Done<>(false));
  }
}
