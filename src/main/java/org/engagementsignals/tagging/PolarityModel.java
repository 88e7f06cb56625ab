package org.engagementsignals.tagging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A multinomial logistic regression from {@link PolarityFeatures} to the labels -1, 0, +1, with the
 * feature standardisation it was trained with. Stored as JSON ({@code
 * models/response-polarity-*.json}), written by {@code signals train-polarity}.
 */
public record PolarityModel(
    String version,
    List<String> features,
    double[] mean,
    double[] scale,
    double[][] weights,
    String trainedOn)
    implements Serializable {

  public static final int[] LABELS = {-1, 0, 1};
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Class probabilities for the labels -1, 0, +1. */
  public double[] probabilities(double[] x) {
    double[] z = new double[LABELS.length];
    for (int c = 0; c < z.length; c++) {
      z[c] = weights[c][x.length];
      for (int f = 0; f < x.length; f++) {
        z[c] += weights[c][f] * (x[f] - mean[f]) / scale[f];
      }
    }
    double top = Math.max(z[0], Math.max(z[1], z[2]));
    double sum = 0;
    for (int c = 0; c < z.length; c++) {
      z[c] = Math.exp(z[c] - top);
      sum += z[c];
    }
    for (int c = 0; c < z.length; c++) {
      z[c] /= sum;
    }
    return z;
  }

  public int label(double[] x) {
    return LABELS[org.engagementsignals.nlp.SentenceAnnotation.argmax(probabilities(x))];
  }

  public String toJson() {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The configured model, or null when {@code resource} is empty (no calibration). */
  public static PolarityModel configured(String resource) {
    return resource == null || resource.isBlank() ? null : fromClasspath(resource);
  }

  /** Loads a model from the classpath, checking that it was trained on today's features. */
  public static PolarityModel fromClasspath(String resource) {
    try (InputStream in = PolarityModel.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no polarity model at classpath " + resource);
      }
      JsonNode n = JSON.readTree(in);
      List<String> features = new ArrayList<>();
      n.get("features").forEach(f -> features.add(f.asText()));
      if (!features.equals(PolarityFeatures.NAMES)) {
        throw new IllegalStateException(
            "polarity model "
                + resource
                + " was trained on other features; retrain with 'signals train-polarity'");
      }
      double[][] w = new double[LABELS.length][];
      for (int c = 0; c < w.length; c++) {
        w[c] = doubles(n.get("weights").get(c));
      }
      return new PolarityModel(
          n.get("version").asText(),
          features,
          doubles(n.get("mean")),
          doubles(n.get("scale")),
          w,
          n.get("trainedOn").asText());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double[] doubles(JsonNode array) {
    double[] out = new double[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asDouble();
    }
    return out;
  }
}
