package org.engagementsignals.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.engagementsignals.nlp.Annotate;

/**
 * What Spark itself recorded about an application, read from its event log (written with {@code
 * spark.eventLog.enabled=true}, one uncompressed file): the executors, the annotation tasks each
 * ran and the sentences they annotated, and the task attempts that failed and were run again.
 *
 * @param executors every executor that registered
 * @param removed executors that were lost while the application ran
 * @param annotationByExecutor for each executor that annotated, its successful annotation tasks
 * @param retriedByReason failed task attempts by Spark's reason ("ExecutorLostFailure", ...)
 */
record EventLog(
    Set<String> executors,
    Set<String> removed,
    Map<String, Annotation> annotationByExecutor,
    Map<String, Long> retriedByReason) {

  /** Annotation tasks of one executor and the sentences they annotated. */
  record Annotation(long tasks, long sentences) {
    Annotation plus(long moreSentences) {
      return new Annotation(tasks + 1, sentences + moreSentences);
    }
  }

  long retried() {
    return retriedByReason.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Reads the one application log in {@code dir}. */
  static EventLog readOnlyApplication(Path dir) throws IOException {
    List<Path> logs;
    try (Stream<Path> files = Files.list(dir)) {
      logs = files.filter(f -> !f.getFileName().toString().startsWith(".")).toList();
    }
    if (logs.size() != 1 || !Files.isRegularFile(logs.get(0))) {
      throw new IllegalStateException(
          "expected one uncompressed, unrolled event log file in " + dir + ", found " + logs);
    }
    return read(logs.get(0));
  }

  static EventLog read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Set<String> executors = new TreeSet<>();
    Set<String> removed = new TreeSet<>();
    Map<String, Annotation> annotation = new TreeMap<>();
    Map<String, Long> retried = new TreeMap<>();
    try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        JsonNode event = json.readTree(line);
        switch (event.path("Event").asText()) {
          case "SparkListenerExecutorAdded" -> executors.add(event.path("Executor ID").asText());
          case "SparkListenerExecutorRemoved" -> removed.add(event.path("Executor ID").asText());
          case "SparkListenerTaskEnd" -> {
            String reason = event.path("Task End Reason").path("Reason").asText();
            String executor = event.path("Task Info").path("Executor ID").asText();
            if (!reason.equals("Success")) {
              retried.merge(reason, 1L, Long::sum);
            } else {
              Long sentences = sentencesAnnotated(event.path("Task Info").path("Accumulables"));
              if (sentences != null) {
                annotation.merge(
                    executor, new Annotation(1, sentences), (a, b) -> a.plus(b.sentences()));
              }
            }
          }
          default -> {
            // other events do not matter here
          }
        }
      }
    }
    return new EventLog(executors, removed, annotation, retried);
  }

  /** The task's update of the annotation counter, or null if it did not annotate. */
  private static Long sentencesAnnotated(JsonNode accumulables) {
    for (JsonNode accumulable : accumulables) {
      if (accumulable.path("Name").asText().equals(Annotate.SENTENCES_ANNOTATED)) {
        return accumulable.path("Update").asLong();
      }
    }
    return null;
  }
}
