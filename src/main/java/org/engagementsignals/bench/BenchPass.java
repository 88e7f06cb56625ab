package org.engagementsignals.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One timed pass of the bench: sentences annotated, wall seconds, and CPU seconds of the annotating
 * threads and of the whole JVM (the difference is the JIT compiler, the garbage collector and
 * Spark's own threads); with the seconds the JIT spent compiling and the garbage collector's
 * pauses.
 */
record BenchPass(
    long sentences,
    double seconds,
    double workerCpuSeconds,
    double processCpuSeconds,
    double jitSeconds,
    double gcSeconds) {

  /** Name prefix of the plain CoreNLP threads, so that their CPU time can be told from the rest. */
  static final String PLAIN_WORKER = "bench-plain-";

  /** How many fields {@link #fields()} writes. */
  static final int FIELDS = 6;

  double rate() {
    return sentences / seconds;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%d sentences, %.1f sentences/s; cores busy %.2f (annotating %.2f, other %.2f); JIT %.1f s, GC %.1f s",
        sentences,
        rate(),
        processCpuSeconds / seconds,
        workerCpuSeconds / seconds,
        (processCpuSeconds - workerCpuSeconds) / seconds,
        jitSeconds,
        gcSeconds);
  }

  /** The pass as space-separated numbers, exactly, for a bench worker's reply. */
  String fields() {
    return sentences
        + " "
        + seconds
        + " "
        + workerCpuSeconds
        + " "
        + processCpuSeconds
        + " "
        + jitSeconds
        + " "
        + gcSeconds;
  }

  /** The pass that {@link #fields()} wrote, from {@code fields[from]} on. */
  static BenchPass parse(String[] fields, int from) {
    return new BenchPass(
        Long.parseLong(fields[from]),
        Double.parseDouble(fields[from + 1]),
        Double.parseDouble(fields[from + 2]),
        Double.parseDouble(fields[from + 3]),
        Double.parseDouble(fields[from + 4]),
        Double.parseDouble(fields[from + 5]));
  }

  interface Work {
    long sentences() throws Exception;
  }

  static BenchPass timed(Work work) throws Exception {
    long start = System.nanoTime();
    long jitStart = jitMillis();
    long gcStart = gcMillis();
    long cpuStart = processCpuNanos();
    Map<Long, Long> workersStart = workerCpuNanos();
    long sentences = work.sentences();
    double seconds = (System.nanoTime() - start) / 1e9;
    double processCpu = (processCpuNanos() - cpuStart) / 1e9;
    long workerCpu = 0;
    for (var e : workerCpuNanos().entrySet()) {
      workerCpu += e.getValue() - workersStart.getOrDefault(e.getKey(), 0L);
    }
    return new BenchPass(
        sentences,
        seconds,
        workerCpu / 1e9,
        processCpu,
        (jitMillis() - jitStart) / 1e3,
        (gcMillis() - gcStart) / 1e3);
  }

  /** CPU time of the whole JVM: with the wall time it tells idle cores from slower work. */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /**
   * CPU time of the threads that annotate: the plain workers, Spark's task threads (Spark names
   * them "Executor task launch worker ..." while busy and "Executor task idle worker ..." while
   * idle) and the annotation threads they hand CoreNLP's work to.
   */
  private static Map<Long, Long> workerCpuNanos() {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    Map<Long, Long> cpu = new HashMap<>();
    for (ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds())) {
      String name = info == null ? "" : info.getThreadName();
      if (name.startsWith(PLAIN_WORKER)
          || name.startsWith("Executor task ")
          || name.startsWith(org.engagementsignals.nlp.AnnotationThreads.THREAD_NAME)) {
        cpu.put(info.getThreadId(), mx.getThreadCpuTime(info.getThreadId()));
      }
    }
    return cpu;
  }

  /** Time the JIT compiler threads spent compiling, summed over them. */
  private static long jitMillis() {
    return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
  }

  /** Time in garbage collection pauses. */
  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionTime)
        .sum();
  }
}
