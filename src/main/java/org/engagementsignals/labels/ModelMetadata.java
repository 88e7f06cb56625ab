package org.engagementsignals.labels;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * What a label model was trained on and how: written as {@code metadata.json} beside the MLlib
 * pipeline, so a model can be reproduced and a run can say which model labelled it.
 *
 * @param version {@code labels-<date>-<hash of data, parameters and code>}
 * @param labelsFile the gold file's name (never its text) and {@code labelsSha256} its hash
 * @param split the split trained on ({@code train})
 * @param units units trained on, per label (units whose annotators agreed)
 * @param weakFile the weak sentiment file, its hash and how many of its units were used (0: none)
 * @param parameters per label: regularisation and class balancing chosen by cross-validation
 * @param decision per label, the class multipliers of its {@link DecisionRule}, in class order (all
 *     1: the most probable class)
 * @param families the feature families
 * @param taxonomyFingerprint of the taxonomy copy in the model's folder, which features use
 * @param nlpChain the CoreNLP chain the features were annotated with
 * @param vocabulary how many named terms the model knows
 */
public record ModelMetadata(
    @JsonProperty("version") String version,
    @JsonProperty("labels_file") String labelsFile,
    @JsonProperty("labels_sha256") String labelsSha256,
    @JsonProperty("split") String split,
    @JsonProperty("units") Map<String, Integer> units,
    @JsonProperty("weak_file") String weakFile,
    @JsonProperty("weak_sha256") String weakSha256,
    @JsonProperty("weak_units") int weakUnits,
    @JsonProperty("parameters") Map<String, LabelParams> parameters,
    @JsonProperty("decision") Map<String, List<Double>> decision,
    @JsonProperty("families") List<String> families,
    @JsonProperty("min_df") int minDf,
    @JsonProperty("seed") long seed,
    @JsonProperty("code_version") String codeVersion,
    @JsonProperty("corenlp_version") String corenlpVersion,
    @JsonProperty("spark_version") String sparkVersion,
    @JsonProperty("nlp_chain") String nlpChain,
    @JsonProperty("taxonomy_fingerprint") String taxonomyFingerprint,
    @JsonProperty("vocabulary") int vocabulary,
    @JsonProperty("trained_at") String trainedAt) {

  static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /**
   * One label's training parameters.
   *
   * @param regParam L2 regularisation of its logistic regression
   * @param balance class weights are (n / (k * n_class)) ^ balance: 0 none, 1 fully balanced
   * @param weakWeight the weight of a weak unit (sentiment only; 0 leaves them out)
   */
  public record LabelParams(
      @JsonProperty("reg_param") double regParam,
      @JsonProperty("balance") double balance,
      @JsonProperty("weak_weight") double weakWeight) {}

  public String toJson() {
    try {
      return JSON.writeValueAsString(this) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ModelMetadata fromJson(String json) {
    try {
      return JSON.readValue(json, ModelMetadata.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
