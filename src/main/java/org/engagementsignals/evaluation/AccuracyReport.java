package org.engagementsignals.evaluation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.engagementsignals.labels.Label;

/**
 * {@code accuracy.json} beside a label model: the figures it was shipped with, one entry per
 * label's headline measure. The leaders' report reads exactly this shape.
 */
public record AccuracyReport(
    @JsonProperty("split") String split,
    @JsonProperty("labels_file_sha256") String labelsFileSha256,
    @JsonProperty("measured") String measured,
    @JsonProperty("metrics") List<Metric> metrics) {

  /**
   * @param annotatorAgreement the share of units on which the two annotators gave the same label
   *     (all units of the file), or null when the file has no annotator columns
   */
  public record Metric(
      @JsonProperty("label") String label,
      @JsonProperty("measure") String measure,
      @JsonProperty("value") double value,
      @JsonProperty("ci_low") double ciLow,
      @JsonProperty("ci_high") double ciHigh,
      @JsonProperty("n") int n,
      @JsonProperty("annotator_agreement") Double annotatorAgreement) {}

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public static AccuracyReport of(
      String split,
      String labelsSha256,
      String measured,
      Map<Label, LabelScore> scores,
      List<GoldUnit> all) {
    List<Metric> metrics = new ArrayList<>();
    for (LabelScore s : scores.values()) {
      metrics.add(
          new Metric(
              s.label().id(),
              s.label().measure().title(),
              round(s.value()),
              round(s.ciLow()),
              round(s.ciHigh()),
              s.n(),
              agreement(s.label(), all)));
    }
    return new AccuracyReport(split, labelsSha256, measured, metrics);
  }

  /** Share of units where both annotators gave the same class, or null without annotators. */
  public static Double agreement(Label label, List<GoldUnit> units) {
    int both = 0;
    int same = 0;
    for (GoldUnit u : units) {
      String[] ab = u.annotators().get(label);
      if (ab != null) {
        both++;
        same += ab[0].equals(ab[1]) ? 1 : 0;
      }
    }
    return both == 0 ? null : round((double) same / both);
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  public String toJson() {
    try {
      return JSON.writeValueAsString(this) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
