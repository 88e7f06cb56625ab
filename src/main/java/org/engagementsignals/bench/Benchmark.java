package org.engagementsignals.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.engagementsignals.config.NlpSettings;

/**
 * Annotation throughput on the same sentences: plain CoreNLP with the job's exact chain in T
 * threads sharing one pipeline, the same with every text handed to the job's annotation threads
 * (deep stack, time budget), and the job's annotation stage on Spark {@code local[T]}. Each thread
 * count runs in a {@link BenchWorker} JVM of its own; timed rounds alternate the paths and the
 * thread counts, and the medians are reported (docs/performance.md says how to read them).
 */
public final class Benchmark {

  private Benchmark() {}

  /**
   * Runs the bench and prints every pass, the medians, and a last line {@code bench: plain=<sent/s>
   * spark=<sent/s> ratio=<spark/plain>} for the most threads.
   */
  public static void run(
      List<String> texts,
      NlpSettings nlp,
      List<Integer> threadCounts,
      int warmup,
      int rounds,
      PrintStream out)
      throws Exception {
    out.printf(
        "bench: %d comments, threads %s, chain %s; one JVM per thread count%n",
        texts.size(), threadCounts, nlp.fingerprintSource());
    Map<Integer, BenchWorkerProcess> workers = new TreeMap<>();
    try {
      // One at a time, so that no worker loads its models while another one works.
      for (int t : threadCounts) {
        BenchWorkerProcess worker =
            BenchWorkerProcess.start(new BenchWorker.Setup(t, texts, nlp), out);
        workers.put(t, worker);
        BenchWorkerProcess.Ready ready = worker.awaitReady();
        if (ready.texts() != texts.size()) {
          throw new IllegalStateException(
              "the worker for "
                  + t
                  + " thread(s) has "
                  + ready.texts()
                  + " comments, not "
                  + texts.size());
        }
        out.printf("worker for %d thread(s): pipeline loaded in %.1f s%n", t, ready.loadSeconds());
      }
      for (int pass = 1; pass <= warmup; pass++) {
        for (BenchWorkerProcess worker : workers.values()) {
          BenchWorkerProcess.Passes p = worker.pass();
          out.printf(
              "warm-up %d, %d thread(s): plain %s | isolated %s | job stage %s%n",
              pass, worker.threads(), p.plain(), p.isolated(), p.spark());
        }
      }
      // Alternate the paths and the thread counts, so that drift hits all alike; report medians.
      TreeMap<Integer, List<BenchPass>> plainPasses = new TreeMap<>();
      TreeMap<Integer, List<BenchPass>> isolatedPasses = new TreeMap<>();
      TreeMap<Integer, List<BenchPass>> sparkPasses = new TreeMap<>();
      // A waiting worker should use no CPU while another one is timed; what it used is shown.
      double othersCpuSeconds = 0;
      double timedSeconds = 0;
      for (int round = 1; round <= rounds; round++) {
        for (BenchWorkerProcess worker : workers.values()) {
          int t = worker.threads();
          double othersBefore = cpuSecondsOfAllBut(workers.values(), worker);
          BenchWorkerProcess.Passes p = worker.pass();
          othersCpuSeconds += cpuSecondsOfAllBut(workers.values(), worker) - othersBefore;
          timedSeconds += p.plain().seconds() + p.isolated().seconds() + p.spark().seconds();
          plainPasses.computeIfAbsent(t, k -> new ArrayList<>()).add(p.plain());
          isolatedPasses.computeIfAbsent(t, k -> new ArrayList<>()).add(p.isolated());
          sparkPasses.computeIfAbsent(t, k -> new ArrayList<>()).add(p.spark());
          out.printf(
              "round %d: plain CoreNLP %d threads %s | isolated %s | job stage local[%d] %s%n",
              round, t, p.plain(), p.isolated(), t, p.spark());
        }
      }
      if (workers.size() > 1) {
        out.printf(
            "waiting workers during the timed passes: %.1f s of CPU in %.0f s (%.3f cores)%n",
            othersCpuSeconds, timedSeconds, othersCpuSeconds / timedSeconds);
      }
      for (BenchWorkerProcess worker : workers.values()) {
        BenchWorkerProcess.Heap heap = worker.end();
        out.printf(
            "worker for %d thread(s): peak heap %.0f MiB (max %.0f MiB)%n",
            worker.threads(), heap.peakMiB(), heap.maxMiB());
      }
      report(out, plainPasses, isolatedPasses, sparkPasses);
    } finally {
      workers.values().forEach(BenchWorkerProcess::close);
    }
  }

  private static double cpuSecondsOfAllBut(
      Iterable<BenchWorkerProcess> workers, BenchWorkerProcess busy) {
    double sum = 0;
    for (BenchWorkerProcess w : workers) {
      if (w != busy) {
        sum += w.cpuSeconds();
      }
    }
    return sum;
  }

  /**
   * Medians per thread count, the scaling from the fewest threads to the most, and the summary line
   * for the most threads.
   */
  private static void report(
      PrintStream out,
      TreeMap<Integer, List<BenchPass>> plainPasses,
      TreeMap<Integer, List<BenchPass>> isolatedPasses,
      TreeMap<Integer, List<BenchPass>> sparkPasses) {
    for (int t : plainPasses.keySet()) {
      // Each round's two passes ran minutes apart at most, so their ratio is the least touched by
      // drift.
      StringBuilder perRound = new StringBuilder();
      for (int r = 0; r < plainPasses.get(t).size(); r++) {
        perRound.append(
            String.format(
                Locale.ROOT,
                " %.3f",
                sparkPasses.get(t).get(r).rate() / plainPasses.get(t).get(r).rate()));
      }
      out.printf(
          "threads=%d: plain=%.1f spark=%.1f ratio=%.3f (each round:%s)%n",
          t,
          median(plainPasses.get(t)),
          median(sparkPasses.get(t)),
          median(sparkPasses.get(t)) / median(plainPasses.get(t)),
          perRound);
      StringBuilder isolationPerRound = new StringBuilder();
      for (int r = 0; r < plainPasses.get(t).size(); r++) {
        isolationPerRound.append(
            String.format(
                Locale.ROOT,
                " %.3f",
                isolatedPasses.get(t).get(r).rate() / plainPasses.get(t).get(r).rate()));
      }
      out.printf(
          "threads=%d: isolated=%.1f isolation=%.3f of plain (each round:%s)%n",
          t,
          median(isolatedPasses.get(t)),
          median(isolatedPasses.get(t)) / median(plainPasses.get(t)),
          isolationPerRound);
    }
    int fewest = plainPasses.firstKey();
    int most = plainPasses.lastKey();
    if (fewest != most) {
      out.printf(
          "scaling %d -> %d threads: plain %.2fx, spark %.2fx%n",
          fewest,
          most,
          median(plainPasses.get(most)) / median(plainPasses.get(fewest)),
          median(sparkPasses.get(most)) / median(sparkPasses.get(fewest)));
    }
    double plainRate = median(plainPasses.get(most));
    double sparkRate = median(sparkPasses.get(most));
    double isolatedRate = median(isolatedPasses.get(most));
    out.printf(
        "bench: plain=%.1f spark=%.1f ratio=%.3f isolation=%.3f%n",
        plainRate, sparkRate, sparkRate / plainRate, isolatedRate / plainRate);
  }

  private static double median(List<BenchPass> passes) {
    double[] rates = passes.stream().mapToDouble(BenchPass::rate).sorted().toArray();
    int n = rates.length;
    return n % 2 == 1 ? rates[n / 2] : (rates[n / 2 - 1] + rates[n / 2]) / 2;
  }
}
