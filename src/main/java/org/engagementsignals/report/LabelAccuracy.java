package org.engagementsignals.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.engagementsignals.config.SettingsException;

/**
 * The label model's measured accuracy, as its {@code accuracy.json} states it: {@code {"split",
 * "labels_file_sha256", "measured", "metrics": [{"label", "measure", "value", "ci_low", "ci_high",
 * "n", "annotator_agreement"}]}}. The report shows these figures as they are, and says the accuracy
 * is not known where there is no file: it never makes one up.
 */
public record LabelAccuracy(String split, String measured, List<Entry> metrics) {

  public record Entry(
      String label,
      String measure,
      double value,
      Double ciLow,
      Double ciHigh,
      Long n,
      Double annotatorAgreement) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String KEY = "signals.report.accuracy-file";

  /**
   * The accuracy at {@code location}: a class path resource when it starts with "/" and is found
   * there, else a file. Empty when the setting is "" or nothing is there; a file that is there but
   * is not an accuracy.json is a configuration error naming it.
   */
  public static Optional<LabelAccuracy> load(String location) {
    if (location == null || location.isBlank()) {
      return Optional.empty();
    }
    try {
      if (location.startsWith("/")) {
        try (InputStream in = LabelAccuracy.class.getResourceAsStream(location)) {
          if (in != null) {
            return Optional.of(parse(JSON.readTree(in), location));
          }
        }
      }
      Path file = Path.of(location);
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      return Optional.of(parse(JSON.readTree(file.toFile()), location));
    } catch (IOException e) {
      throw new SettingsException(KEY, location, "cannot be read as JSON: " + e.getMessage());
    }
  }

  private static LabelAccuracy parse(JsonNode root, String location) {
    JsonNode metrics = root.path("metrics");
    if (!metrics.isArray() || metrics.isEmpty()) {
      throw new SettingsException(KEY, location, "has no \"metrics\" array");
    }
    List<Entry> entries = new ArrayList<>();
    for (JsonNode m : metrics) {
      if (!m.path("label").isTextual() || !m.path("value").isNumber()) {
        throw new SettingsException(
            KEY, location, "has a metric without a \"label\" or a numeric \"value\": " + m);
      }
      entries.add(
          new Entry(
              m.get("label").asText(),
              m.path("measure").asText(""),
              m.get("value").asDouble(),
              number(m, "ci_low"),
              number(m, "ci_high"),
              m.path("n").isNumber() ? m.get("n").asLong() : null,
              number(m, "annotator_agreement")));
    }
    return new LabelAccuracy(
        root.path("split").asText(""), root.path("measured").asText(""), List.copyOf(entries));
  }

  private static Double number(JsonNode node, String field) {
    return node.path(field).isNumber() ? node.get(field).asDouble() : null;
  }
}
