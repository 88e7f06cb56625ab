package org.engagementsignals.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.engagementsignals.config.NlpSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Annotation throughput on the same sentences: (a) plain CoreNLP with the job's exact annotators and",
      "options in T threads sharing one pipeline, (a') the same with every text handed to the job's",
      "annotation threads (deep stack, time budget), (b) the job's annotation stage on Spark local[T]. Each",
      "thread count runs in a JVM of its own, as a real run has one Spark session per JVM; there both paths",
      "use one loaded pipeline and get the same warm-up passes. Then timed rounds alternate the paths and",
      "the thread counts, and the medians are reported, each pass with its cores busy (annotating threads,",
      "and the rest: JIT, GC, Spark).",
      "Ends with: bench: plain=<sent/s> spark=<sent/s> ratio=<spark/plain> isolation=<(a')/(a)>"
    })
final class BenchCommand implements Callable<Integer> {

  @Option(
      names = "--threads",
      split = ",",
      defaultValue = "2",
      paramLabel = "T[,T...]",
      description =
          "Threads and Spark local[T]; several (e.g. 1,2) are measured in the same rounds and their scaling is printed (default: ${DEFAULT-VALUE}).")
  List<Integer> threads;

  @Option(
      names = "--warmup",
      defaultValue = "2",
      description = "Untimed passes of each before the rounds (default: ${DEFAULT-VALUE}).")
  int warmup;

  // Seven, not three: single passes move by 10% and more on this kind of machine, and the median of
  // three let
  // one slow pass set a run's ratio (docs/performance.md). A median of seven ignores up to three of
  // them.
  @Option(
      names = "--rounds",
      defaultValue = "7",
      description =
          "Timed rounds of each, alternating; medians are reported (default: ${DEFAULT-VALUE}).")
  int rounds;

  @CommandLine.Mixin BenchTexts benchTexts;

  @CommandLine.Mixin SettingsOptions settingsOptions;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    OptionChecks.requireAtLeast(spec, "--comments", benchTexts.comments, 1);
    for (int t : threads) {
      OptionChecks.requireAtLeast(spec, "--threads", t, 1);
    }
    OptionChecks.requireAtLeast(spec, "--warmup", warmup, 0);
    OptionChecks.requireAtLeast(spec, "--rounds", rounds, 1);
    List<Integer> threadCounts = threads.stream().distinct().sorted().toList();
    // Settings and input are checked here, before any worker starts.
    NlpSettings nlp = settingsOptions.load().nlp();
    int texts = checkedTextCount();
    PrintStream out = System.out;
    out.printf(
        "bench: %d comments, threads %s, chain %s; one JVM per thread count%n",
        texts, threadCounts, nlp.fingerprintSource());
    List<String> workerArguments = new ArrayList<>(benchTexts.asArguments());
    workerArguments.addAll(settingsOptions.asArguments());
    Map<Integer, BenchWorkerProcess> workers = new TreeMap<>();
    try {
      // One at a time, so that no worker loads its models while another one works.
      for (int t : threadCounts) {
        BenchWorkerProcess worker = BenchWorkerProcess.start(t, workerArguments, out);
        workers.put(t, worker);
        BenchWorkerProcess.Ready ready = worker.awaitReady();
        if (ready.texts() != texts) {
          throw new IllegalStateException(
              "the worker for "
                  + t
                  + " thread(s) has "
                  + ready.texts()
                  + " comments, not "
                  + texts);
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
    return SignalsCli.OK;
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

  /** How many comments each pass annotates; a usage error if {@code --input} gives none. */
  private int checkedTextCount() throws IOException {
    Path input = benchTexts.input;
    if (input != null && !Files.isRegularFile(input)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--input " + input + " is not a file");
    }
    List<String> texts;
    try {
      texts = benchTexts.texts();
    } catch (IllegalArgumentException e) {
      // Commons CSV's message when the header has no 'text' column
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--input " + input + ": " + e.getMessage());
    }
    if (texts.isEmpty()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--input " + input + " has no row with a non-empty 'text'");
    }
    return texts.size();
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
      StringBuilder isolationPerRound = new StringBuilder();
      for (int r = 0; r < plainPasses.get(t).size(); r++) {
        isolationPerRound.append(
            String.format(
                Locale.ROOT,
                " %.3f",
                isolatedPasses.get(t).get(r).rate() / plainPasses.get(t).get(r).rate()));
      }
      out.printf(
          "threads=%d: plain=%.1f spark=%.1f ratio=%.3f (each round:%s)%n",
          t,
          median(plainPasses.get(t)),
          median(sparkPasses.get(t)),
          median(sparkPasses.get(t)) / median(plainPasses.get(t)),
          perRound);
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
