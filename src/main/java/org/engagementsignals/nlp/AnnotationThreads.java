package org.engagementsignals.nlp;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs annotation work on this JVM's annotation threads, each with a deep stack and every call with
 * a time budget, so that no text can take its Spark task, or the executor JVM, down with it.
 *
 * <p>Why threads of our own: CoreNLP recurses once per token on a sentence it could not parse
 * (binarising the flat tree, then the sentiment model over it), so one comment of a few thousand
 * repeated words overflows the 1 MB stack of a Spark task thread. Spark treats {@link
 * StackOverflowError} as fatal and kills the executor JVM (exit code 50). Here it stays an error of
 * one call. The stack is reserved address space, committed only as deep as a call really goes.
 *
 * <p>The time budget: CoreNLP checks {@link Thread#interrupted()} in its annotation loops and then
 * throws {@code RuntimeInterruptedException}, but some of its code catches that and carries on
 * (SUTime, measured), which clears the flag. So past the budget the call is reported as timed out
 * at once, and its thread is interrupted again every second until it stops; a thread that never
 * stops is left to finish on its own (the pool makes new threads as needed) and logged.
 */
public final class AnnotationThreads {
  private static final Logger LOG = LoggerFactory.getLogger(AnnotationThreads.class);

  /** Name prefix of the threads (the bench counts their CPU as annotation). */
  public static final String THREAD_NAME = "signals-annotate-";

  private static final long REINTERRUPT_MILLIS = 1_000;
  private static final int REINTERRUPTS = 30;
  private static final java.util.concurrent.ConcurrentMap<Long, AnnotationThreads> BY_STACK =
      new java.util.concurrent.ConcurrentHashMap<>();

  private final ExecutorService pool;

  /** Why a call failed. */
  public enum Cause {
    STACK_OVERFLOW,
    TIMEOUT,
    ERROR;

    /** The name written in outputs and logs, e.g. {@code stack_overflow}. */
    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A call's result, or why there is none. */
  public sealed interface Attempt<T> permits Done, Failed {}

  public record Done<T>(T value) implements Attempt<T> {}

  public record Failed<T>(Cause cause, String detail) implements Attempt<T> {}

  private AnnotationThreads(long stackBytes) {
    AtomicInteger number = new AtomicInteger();
    // Unbounded, like Executors.newCachedThreadPool: a thread that ignores its interrupts must not
    // keep the next text from running. Idle threads end after a minute.
    this.pool =
        new ThreadPoolExecutor(
            0,
            Integer.MAX_VALUE,
            60,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            r -> {
              Thread t = new Thread(null, r, THREAD_NAME + number.incrementAndGet(), stackBytes);
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * The JVM's threads for this stack size. Pools are kept per size (a test may use two); an idle
   * pool costs nothing, its threads end after a minute.
   */
  public static AnnotationThreads getOrCreate(long stackBytes) {
    return BY_STACK.computeIfAbsent(stackBytes, AnnotationThreads::new);
  }

  /**
   * Runs {@code work} on an annotation thread and waits for it at most {@code budgetMillis}.
   *
   * @throws InterruptedException when the calling thread is interrupted (Spark cancels its task):
   *     the work is interrupted too
   */
  public <T> Attempt<T> run(Callable<T> work, long budgetMillis) throws InterruptedException {
    Call<T> call = new Call<>(work);
    Future<T> future = pool.submit(call);
    try {
      return new Done<>(future.get(budgetMillis, TimeUnit.MILLISECONDS));
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      return new Failed<>(
          cause instanceof StackOverflowError ? Cause.STACK_OVERFLOW : Cause.ERROR,
          cause.getClass().getName());
    } catch (TimeoutException e) {
      call.stop();
      return new Failed<>(Cause.TIMEOUT, "over " + budgetMillis + " ms");
    } catch (InterruptedException e) {
      call.interrupt();
      throw e;
    }
  }

  /**
   * The work and the thread running it, so that it can be interrupted again and again while it
   * runs, and never once it has ended (its thread then belongs to the next call).
   */
  private static final class Call<T> implements Callable<T> {
    private final Callable<T> work;
    private final CountDownLatch ended = new CountDownLatch(1);
    private Thread thread;
    private boolean finished;

    Call(Callable<T> work) {
      this.work = work;
    }

    @Override
    public T call() throws Exception {
      synchronized (this) {
        thread = Thread.currentThread();
      }
      try {
        return work.call();
      } finally {
        synchronized (this) {
          finished = true;
          Thread.interrupted();
        }
        ended.countDown();
      }
    }

    synchronized void interrupt() {
      if (thread != null && !finished) {
        thread.interrupt();
      }
    }

    /** Interrupts the work until it stops, for a while, without holding up the caller. */
    void stop() throws InterruptedException {
      interrupt();
      if (ended.await(REINTERRUPT_MILLIS, TimeUnit.MILLISECONDS)) {
        return;
      }
      Thread watcher = new Thread(this::keepInterrupting, THREAD_NAME + "stopper");
      watcher.setDaemon(true);
      watcher.start();
    }

    private void keepInterrupting() {
      try {
        for (int i = 0; i < REINTERRUPTS; i++) {
          interrupt();
          if (ended.await(REINTERRUPT_MILLIS, TimeUnit.MILLISECONDS)) {
            return;
          }
        }
        LOG.warn(
            "an annotation thread over its time budget did not stop within {} s of being"
                + " interrupted; it is left to finish on its own",
            REINTERRUPTS * REINTERRUPT_MILLIS / 1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
