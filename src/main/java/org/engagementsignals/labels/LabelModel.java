package org.engagementsignals.labels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.engagementsignals.config.SettingsException;
import org.engagementsignals.tagging.TaggedRows;
import org.engagementsignals.tagging.Tagger;
import org.engagementsignals.tagging.TaxonomyLoader;

/**
 * A trained label model: the MLlib pipeline (term counts, feature vector, one logistic regression
 * per label, two for focus), its metadata, and the taxonomy its features were built with. Loaded
 * once on the driver; {@link #label} applies it to a Dataset as Spark transforms, so it runs
 * wherever the job's tasks run.
 *
 * <p>A model folder holds {@code pipeline/} (MLlib's own format), {@code metadata.json}, {@code
 * taxonomy.conf} and {@code accuracy.json} (the test figures it shipped with).
 */
public final class LabelModel {
  public static final String PIPELINE = "pipeline";
  public static final String METADATA = "metadata.json";
  public static final String TAXONOMY = "taxonomy.conf";
  public static final String ACCURACY = "accuracy.json";

  private final PipelineModel pipeline;
  private final ModelMetadata metadata;
  private final LabelFeatures features;

  public LabelModel(PipelineModel pipeline, ModelMetadata metadata, LabelFeatures features) {
    this.pipeline = pipeline;
    this.metadata = metadata;
    this.features = features;
  }

  /**
   * Loads a model folder. The folder is read by the driver; MLlib reads the pipeline through Spark,
   * so on a cluster the folder must be where executors can read it too (a shared or
   * Hadoop-compatible file system).
   */
  public static LabelModel load(Path folder) {
    Path metadataFile = folder.resolve(METADATA);
    if (!Files.isRegularFile(metadataFile)) {
      throw new SettingsException(
          "signals.labels.model",
          folder.toString(),
          "no label model there (no "
              + METADATA
              + "); train one with 'signals train --labels FILE --out DIR'");
    }
    try {
      ModelMetadata metadata =
          ModelMetadata.fromJson(Files.readString(metadataFile, StandardCharsets.UTF_8));
      Tagger tagger = new Tagger(TaxonomyLoader.load(folder.resolve(TAXONOMY)));
      PipelineModel pipeline =
          PipelineModel.load(folder.resolve(PIPELINE).toAbsolutePath().toUri().toString());
      return new LabelModel(
          pipeline,
          metadata,
          new LabelFeatures(tagger, LabelFeatures.parse(String.join(",", metadata.families()))));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the label model in " + folder, e);
    }
  }

  private static final java.util.concurrent.ConcurrentMap<Path, LabelModel> LOADED =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The configured model ({@code signals.tagging.label-model}), loaded once per JVM: a relative
   * path is looked up in the working folder, then in the project folder the launcher runs from.
   */
  public static LabelModel configured(String folder) {
    return LOADED.computeIfAbsent(folder(folder), LabelModel::load);
  }

  /**
   * The folder of the configured model ({@code signals.tagging.label-model}): a relative path is
   * looked up in the working folder, then in the project folder the launcher runs from.
   */
  public static Path folder(String configured) {
    Path p = Path.of(configured);
    String home = System.getProperty("engagement-signals.home");
    if (!p.isAbsolute() && !Files.exists(p) && home != null) {
      p = Path.of(home).resolve(p);
    }
    return p.toAbsolutePath().normalize();
  }

  public ModelMetadata metadata() {
    return metadata;
  }

  public String version() {
    return metadata.version();
  }

  public LabelFeatures features() {
    return features;
  }

  public PipelineModel pipeline() {
    return pipeline;
  }

  /** How focus's combined probabilities become its class (the other labels' rules are inside). */
  public DecisionRule focusRule() {
    List<Double> multipliers =
        metadata.decision() == null ? null : metadata.decision().get(Label.FOCUS.id());
    return multipliers == null
        ? DecisionRule.argmax(Label.FOCUS)
        : new DecisionRule(multipliers.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** The raw predictions: the pipeline's columns added to rows that have the feature columns. */
  public Dataset<Row> predict(Dataset<Row> withFeatures) {
    return pipeline.transform(withFeatures);
  }

  /**
   * Tagged texts ({@link TaggedRows#TEXT}) with their labels and evidence ({@link
   * TaggedRows#LABELLED}).
   */
  public Dataset<Row> label(Dataset<Row> tagged) {
    return predict(tagged).map(outputs(), Encoders.row(TaggedRows.LABELLED));
  }

  /** The per-row function from predictions to outputs, with what it needs for evidence. */
  LabelOutputs outputs() {
    CountVectorizerModel terms = null;
    Map<Label, double[][]> coefficients = new EnumMap<>(Label.class);
    Map<FocusParts, double[][]> parts = new EnumMap<>(FocusParts.class);
    for (Transformer stage : pipeline.stages()) {
      if (stage instanceof CountVectorizerModel cv) {
        terms = cv;
      } else if (stage instanceof LogisticRegressionModel lr) {
        Label label = LabelTrainer.labelOf(lr.getPredictionCol());
        if (label != null) {
          coefficients.put(label, rows(lr.coefficientMatrix()));
        } else if (FocusParts.ofPrediction(lr.getPredictionCol()) != null) {
          parts.put(FocusParts.ofPrediction(lr.getPredictionCol()), rows(lr.coefficientMatrix()));
        }
      }
    }
    if (terms == null
        || coefficients.size() != Label.values().length - 1
        || parts.size() != FocusParts.values().length) {
      throw new IllegalStateException(
          "label model "
              + version()
              + " lacks its term counts or a label's regression (a model trained before focus was"
              + " two regressions: retrain it with 'signals train')");
    }
    coefficients.put(Label.FOCUS, FocusParts.classWeights(parts));
    String[] names = new String[terms.vocabulary().length + LabelFeatures.DENSE_NAMES.size()];
    System.arraycopy(terms.vocabulary(), 0, names, 0, terms.vocabulary().length);
    for (int i = 0; i < LabelFeatures.DENSE_NAMES.size(); i++) {
      names[terms.vocabulary().length + i] = LabelFeatures.DENSE_NAMES.get(i);
    }
    return new LabelOutputs(names, coefficients, focusRule());
  }

  private static double[][] rows(org.apache.spark.ml.linalg.Matrix m) {
    double[][] out = new double[m.numRows()][m.numCols()];
    for (int i = 0; i < m.numRows(); i++) {
      for (int j = 0; j < m.numCols(); j++) {
        out[i][j] = m.apply(i, j);
      }
    }
    return out;
  }
}
