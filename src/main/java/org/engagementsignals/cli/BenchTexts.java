package org.engagementsignals.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.engagementsignals.bench.CommentGenerator;
import org.engagementsignals.bench.SurveyExports;
import org.engagementsignals.ingest.TextNormalizer;
import picocli.CommandLine.Option;

/** The bench's comments, generated from sample exports or read from a file; a picocli mixin. */
final class BenchTexts {
  /** The shipped October exports: the default pool of sentences for generated comments. */
  static final String SAMPLES = "data-samples/survey/2026-10";

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

  @Option(
      names = "--samples",
      defaultValue = SAMPLES,
      paramLabel = "DIR",
      description = "Survey CSV exports the generator draws from (default: ${DEFAULT-VALUE}).")
  String samples;

  /** The same comments on every call: the generator is deterministic for a seed. */
  List<String> texts() throws IOException {
    if (input != null) {
      return SurveyExports.read(input).stream()
          .map(r -> TextNormalizer.normalize(r.get("text")))
          .filter(t -> !t.isEmpty())
          .limit(comments)
          .toList();
    }
    List<String> pool =
        SurveyExports.readAll(SettingsOptions.projectFile(samples)).stream()
            .map(r -> r.get("text"))
            .toList();
    return CommentGenerator.generate(CommentGenerator.sentences(pool), comments, seed);
  }
}
