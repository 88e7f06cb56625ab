package org.engagementsignals.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.engagementsignals.bench.CommentGenerator;
import org.engagementsignals.ingest.TextNormalizer;
import picocli.CommandLine.Option;

/**
 * The bench's comments, generated or read from a file; a picocli mixin shared by bench and its
 * workers.
 */
final class BenchTexts {

  @Option(
      names = "--comments",
      defaultValue = "2000",
      description = "Generated comments (default: ${DEFAULT-VALUE}).")
  int comments;

  @Option(
      names = "--input",
      paramLabel = "FILE",
      description = "Comments from a CSV with a 'text' column instead of the generator.")
  Path input;

  @Option(
      names = "--seed",
      defaultValue = "2026",
      description = "Generator seed (default: ${DEFAULT-VALUE}).")
  long seed;

  /** The same comments on every call: the generator is deterministic for a seed. */
  List<String> texts() throws IOException {
    if (input != null) {
      return SampleExports.read(input).stream()
          .map(r -> TextNormalizer.normalize(r.get("text")))
          .filter(t -> !t.isEmpty())
          .limit(comments)
          .toList();
    }
    List<String> samples = SampleExports.samples().stream().map(r -> r.get("text")).toList();
    return CommentGenerator.generate(CommentGenerator.sentences(samples), comments, seed);
  }

  /** These options as command-line arguments, for a bench worker. */
  List<String> asArguments() {
    List<String> args = new ArrayList<>(List.of("--comments=" + comments, "--seed=" + seed));
    if (input != null) {
      args.add("--input=" + input.toAbsolutePath());
    }
    return args;
  }
}
