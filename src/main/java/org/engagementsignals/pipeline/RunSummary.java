package org.engagementsignals.pipeline;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.engagementsignals.ingest.Ingest;

/** What a run did: the manifest's content and the summary printed for the operator. */
public record RunSummary(
    String runId,
    String period,
    Instant startedAt,
    Instant finishedAt,
    String configFingerprint,
    String nlpChain,
    String labelModel,
    BuildInfo build,
    Ingest.Counts counts,
    long sentences,
    long distinctTexts,
    long textsAnnotated,
    long textsReused,
    long textsFailed,
    long sentencesSplit,
    Map<String, Long> redactions,
    Map<String, Double> stageSeconds,
    String outputDir,
    List<String> outputs) {

  public String render() {
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT, "engagement-signals %s: run %s for %s%n", build.version(), runId, period));
    s.append(String.format(Locale.ROOT, "  labels    model %s%n", labelModel));
    s.append(
        String.format(
            Locale.ROOT,
            "  records   read %d = valid %d + quarantined %d + other months %d   (%d files)%n",
            counts.read(),
            counts.valid(),
            counts.quarantined(),
            counts.otherPeriod(),
            counts.files()));
    if (!counts.quarantinedByReason().isEmpty()) {
      StringBuilder reasons = new StringBuilder();
      counts
          .quarantinedByReason()
          .forEach(
              (k, v) ->
                  reasons
                      .append(reasons.length() == 0 ? "" : ", ")
                      .append(k)
                      .append(' ')
                      .append(v));
      s.append("  quarantine  ").append(reasons).append(System.lineSeparator());
    }
    s.append(
        String.format(
            Locale.ROOT,
            "  annotated %d distinct texts (%d annotated, %d reused) -> %d sentences, %d long ones scored in clause chunks%n",
            distinctTexts,
            textsAnnotated,
            textsReused,
            sentences,
            sentencesSplit));
    if (textsFailed > 0) {
      s.append(
          String.format(
              Locale.ROOT,
              "  failed    %d texts: CoreNLP failed on them (see the log); tagged without sentiment"
                  + " (sentiment_method = failed)%n",
              textsFailed));
    }
    StringBuilder redacted = new StringBuilder();
    redactions.forEach(
        (k, v) ->
            redacted.append(redacted.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
    s.append("  redacted  ").append(redacted).append(System.lineSeparator());
    StringBuilder timings = new StringBuilder();
    stageSeconds.forEach(
        (k, v) ->
            timings
                .append(timings.length() == 0 ? "" : ", ")
                .append(String.format(Locale.ROOT, "%s %.1f s", k, v)));
    s.append("  timings   ").append(timings).append(System.lineSeparator());
    s.append(
        String.format(
            Locale.ROOT,
            "  rate      %.1f sentences/s in annotation (model loading and any cached texts included)%n",
            sentences / Math.max(stageSeconds.getOrDefault("annotate", 0.0), 1e-9)));
    s.append("  outputs   ").append(outputDir).append(System.lineSeparator());
    for (String o : outputs) {
      s.append("            ").append(o).append(System.lineSeparator());
    }
    return s.toString();
  }
}
