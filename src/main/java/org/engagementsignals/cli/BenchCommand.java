package org.engagementsignals.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.engagementsignals.bench.Benchmark;
import org.engagementsignals.config.NlpSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Annotation throughput on the same sentences: (a) plain CoreNLP with the job's exact",
      "annotators and options in T threads sharing one pipeline, (a') the same with every text",
      "handed to the job's annotation threads (deep stack, time budget), (b) the job's annotation",
      "stage on Spark local[T]. Each thread count runs in a JVM of its own, as a real run has one Spark",
      "session per JVM; there both paths use one loaded pipeline and get the same warm-up passes.",
      "Then timed rounds alternate the paths and the thread counts, and the medians are reported,",
      "each pass with its cores busy (annotating threads, and the rest: JIT, GC, Spark).",
      "Ends with: bench: plain=<sent/s> spark=<sent/s> ratio=<spark/plain> isolation=<(a')/(a)>"
    })
final class BenchCommand implements Callable<Integer> {

  @Option(
      names = "--threads",
      split = ",",
      defaultValue = "2",
      paramLabel = "T[,T...]",
      description = {
        "Threads and Spark local[T]; several (e.g. 1,2) are measured in the same rounds",
        "and their scaling is printed (default: ${DEFAULT-VALUE})."
      })
  List<Integer> threads;

  @Option(
      names = "--warmup",
      defaultValue = "2",
      description = "Untimed passes of each before the rounds (default: ${DEFAULT-VALUE}).")
  int warmup;

  // Seven, not three: single passes move by 10% and more on a shared machine, and a median of seven
  // ignores up to three slow ones (docs/decisions/001-how-annotation-speed-is-measured.md).
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
    // Settings and input are checked here, before any worker starts.
    NlpSettings nlp = settingsOptions.load().nlp();
    Benchmark.run(
        checkedTexts(),
        nlp,
        threads.stream().distinct().sorted().toList(),
        warmup,
        rounds,
        System.out);
    return SignalsCli.OK;
  }

  /** The comments each pass annotates; a usage error if {@code --input} gives none. */
  private List<String> checkedTexts() throws IOException {
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
    return texts;
  }
}
