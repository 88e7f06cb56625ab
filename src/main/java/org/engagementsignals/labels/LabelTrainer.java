package org.engagementsignals.labels;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.attribute.NominalAttribute;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.feature.CountVectorizer;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.ml.feature.VectorSizeHint;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.engagementsignals.contract.Sha256;
import org.engagementsignals.evaluation.LabelScore;
import org.engagementsignals.labels.LabelledTexts.Unit;
import org.engagementsignals.labels.ModelMetadata.LabelParams;

/**
 * Fits the label pipeline on gold units and predicts with it: the term counts, the feature vector
 * and logistic regressions, in one MLlib {@link Pipeline}: one per label, except focus, which is
 * two yes/no regressions ({@link FocusParts}). A unit whose annotators disagreed on a label has
 * weight 0 for that label's regressions; weak units have weight only for sentiment.
 */
public final class LabelTrainer {
  /** L-BFGS iterations: the regressions converge well within this on a few thousand units. */
  static final int MAX_ITER = 100;

  private final SparkSession spark;
  private final Dataset<Row> features;
  private final int minDf;

  /**
   * @param features one row per text hash with the feature columns ({@link LabelledTexts})
   * @param minDf a term must occur in at least this many training texts to become a feature
   */
  public LabelTrainer(SparkSession spark, Dataset<Row> features, int minDf) {
    this.spark = spark;
    this.features = features;
    this.minDf = minDf;
  }

  /**
   * Fits the pipeline on {@code train} (gold) and {@code weak} (sentiment only) units; each label's
   * regression then decides by its rule (absent: the most probable class). Focus's rule is applied
   * to the combined probabilities at prediction ({@link #predict}).
   */
  public PipelineModel fit(
      List<Unit> train,
      List<Unit> weak,
      Map<Label, LabelParams> params,
      Map<Label, DecisionRule> rules) {
    PipelineModel model = fit(train, weak, params);
    for (Transformer stage : model.stages()) {
      if (stage instanceof LogisticRegressionModel lr) {
        Label label = labelOf(lr.getPredictionCol());
        DecisionRule rule = label == null ? null : rules.get(label);
        if (rule != null && !rule.isArgmax()) {
          lr.setThresholds(rule.thresholds());
        }
      }
    }
    return model;
  }

  /** The regression's label, from the column it predicts; null for a focus part. */
  static Label labelOf(String predictionColumn) {
    for (Label label : Label.values()) {
      if (LabelColumns.prediction(label).equals(predictionColumn)) {
        return label;
      }
    }
    return null;
  }

  /** Fits the pipeline; every regression decides by the most probable class. */
  public PipelineModel fit(List<Unit> train, List<Unit> weak, Map<Label, LabelParams> params) {
    List<PipelineStage> stages = new ArrayList<>();
    stages.add(
        new CountVectorizer()
            .setInputCol(LabelColumns.TERMS)
            .setOutputCol(LabelColumns.TERM_COUNTS)
            .setMinDF(minDf)
            .setBinary(true));
    stages.add(
        new VectorSizeHint()
            .setInputCol(LabelColumns.DENSE)
            .setSize(LabelFeatures.DENSE_NAMES.size())
            .setHandleInvalid("error"));
    stages.add(
        new VectorAssembler()
            .setInputCols(new String[] {LabelColumns.TERM_COUNTS, LabelColumns.DENSE})
            .setOutputCol(LabelColumns.FEATURES));
    for (Label label : Label.values()) {
      if (label == Label.FOCUS) {
        continue;
      }
      stages.add(
          new LogisticRegression()
              .setFamily("multinomial")
              .setFeaturesCol(LabelColumns.FEATURES)
              .setLabelCol(LabelColumns.gold(label))
              .setWeightCol(LabelColumns.weight(label))
              .setPredictionCol(LabelColumns.prediction(label))
              .setProbabilityCol(LabelColumns.probability(label))
              .setRawPredictionCol(LabelColumns.raw(label))
              .setRegParam(params.get(label).regParam())
              // Terms are 0/1: standardising would penalise a rare term's weight less than a common
              // one's, and rare terms are the ones that overfit.
              .setStandardization(false)
              .setMaxIter(MAX_ITER));
    }
    for (FocusParts part : FocusParts.values()) {
      stages.add(
          new LogisticRegression()
              .setFamily("multinomial")
              .setFeaturesCol(LabelColumns.FEATURES)
              .setLabelCol(part.gold())
              .setWeightCol(part.weight())
              .setPredictionCol(part.prediction())
              .setProbabilityCol(part.probability())
              .setRawPredictionCol(part.raw())
              .setRegParam(params.get(Label.FOCUS).regParam())
              .setStandardization(false)
              .setMaxIter(MAX_ITER));
    }
    Pipeline pipeline = new Pipeline().setStages(stages.toArray(PipelineStage[]::new));
    return pipeline.fit(trainingRows(train, weak, params));
  }

  /** Each unit's predicted class per label, in the order of {@code units}. */
  public List<Map<Label, String>> predict(
      PipelineModel model, List<Unit> units, DecisionRule focusRule) {
    return predict(spark, features, model, units, focusRule);
  }

  /** Each unit's class probabilities per label, in the order of {@code units}. */
  public List<Map<Label, double[]>> probabilities(PipelineModel model, List<Unit> units) {
    List<Map<Label, double[]>> out = new ArrayList<>(units.size());
    for (Row r : transform(spark, features, model, units)) {
      Map<Label, double[]> p = new EnumMap<>(Label.class);
      for (Label label : Label.values()) {
        p.put(
            label,
            label == Label.FOCUS
                ? FocusParts.probabilities(r)
                : r.<Vector>getAs(LabelColumns.probability(label)).toArray());
      }
      out.add(p);
    }
    return out;
  }

  /**
   * Each unit's predicted class per label, in the order of {@code units}.
   *
   * @param features one row per text hash with the feature columns ({@link LabelledTexts})
   * @param focusRule how focus's combined probabilities become its class
   */
  public static List<Map<Label, String>> predict(
      SparkSession spark,
      Dataset<Row> features,
      PipelineModel model,
      List<Unit> units,
      DecisionRule focusRule) {
    List<Map<Label, String>> out = new ArrayList<>(units.size());
    for (Row r : transform(spark, features, model, units)) {
      Map<Label, String> predicted = new EnumMap<>(Label.class);
      for (Label label : Label.values()) {
        int c =
            label == Label.FOCUS
                ? focusRule.apply(FocusParts.probabilities(r))
                : (int) r.getDouble(r.fieldIndex(LabelColumns.prediction(label)));
        predicted.put(label, label.classes().get(c));
      }
      out.add(predicted);
    }
    return out;
  }

  /** The model's prediction and probability columns, one row per unit in its order. */
  private static List<Row> transform(
      SparkSession spark, Dataset<Row> features, PipelineModel model, List<Unit> units) {
    List<Row> rows = new ArrayList<>(units.size());
    for (int i = 0; i < units.size(); i++) {
      rows.add(RowFactory.create(String.valueOf(i), units.get(i).textHash()));
    }
    StructType schema =
        new StructType().add("position", StringType, false).add("text_hash", StringType, false);
    Dataset<Row> withFeatures =
        spark.createDataFrame(rows, schema).join(features, "text_hash").coalesce(1);
    List<org.apache.spark.sql.Column> columns = new ArrayList<>();
    columns.add(col("position"));
    for (Label label : Label.values()) {
      if (label != Label.FOCUS) {
        columns.add(col(LabelColumns.prediction(label)));
        columns.add(col(LabelColumns.probability(label)));
      }
    }
    for (FocusParts part : FocusParts.values()) {
      columns.add(col(part.probability()));
    }
    List<Row> out = new ArrayList<>(units.size());
    for (int i = 0; i < units.size(); i++) {
      out.add(null);
    }
    for (Row r :
        model
            .transform(withFeatures)
            .select(columns.toArray(org.apache.spark.sql.Column[]::new))
            .collectAsList()) {
      out.set(Integer.parseInt(r.getString(r.fieldIndex("position"))), r);
    }
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i) == null) {
        throw new IllegalStateException("no features for unit " + units.get(i).gold().id());
      }
    }
    return out;
  }

  /**
   * The rows a fit reads: per unit its text hash, per label the gold class index and the unit's
   * weight (0 where the label is unknown), joined to the features.
   */
  private Dataset<Row> trainingRows(
      List<Unit> train, List<Unit> weak, Map<Label, LabelParams> params) {
    StructType schema = new StructType().add("text_hash", StringType, false);
    for (Label label : Label.values()) {
      schema = schema.add(LabelColumns.gold(label), DoubleType, false);
      schema = schema.add(LabelColumns.weight(label), DoubleType, false);
    }
    for (FocusParts part : FocusParts.values()) {
      schema = schema.add(part.gold(), DoubleType, false);
      schema = schema.add(part.weight(), DoubleType, false);
    }
    Map<Label, double[]> classWeights = new EnumMap<>(Label.class);
    for (Label label : Label.values()) {
      classWeights.put(label, classWeights(label, train, params.get(label).balance()));
    }
    Map<FocusParts, double[]> partWeights = new EnumMap<>(FocusParts.class);
    for (FocusParts part : FocusParts.values()) {
      partWeights.put(part, partWeights(part, train, params.get(Label.FOCUS).balance()));
    }
    List<Row> rows = new ArrayList<>();
    for (Unit u : train) {
      rows.add(row(u, classWeights, partWeights, null));
    }
    // Weak units are always in the rows, so the term vocabulary does not depend on their weight;
    // only the sentiment regression gives them one.
    double weakWeight = params.get(Label.SENTIMENT).weakWeight();
    for (Unit u : weak) {
      rows.add(row(u, classWeights, partWeights, weakWeight));
    }
    Dataset<Row> units = spark.createDataFrame(rows, schema);
    for (Label label : Label.values()) {
      String name = LabelColumns.gold(label);
      units =
          units.withColumn(
              name,
              col(name)
                  .as(
                      name,
                      NominalAttribute.defaultAttr()
                          .withName(name)
                          .withNumValues(label.classes().size())
                          .toMetadata()));
    }
    for (FocusParts part : FocusParts.values()) {
      String name = part.gold();
      units =
          units.withColumn(
              name,
              col(name)
                  .as(
                      name,
                      NominalAttribute.defaultAttr().withName(name).withNumValues(2).toMetadata()));
    }
    // One partition per 20,000 units: each L-BFGS iteration is a Spark job, and on a few thousand
    // units the tasks' overhead, not the arithmetic, is what takes the time.
    return units.join(features, "text_hash").coalesce(1 + rows.size() / 20_000);
  }

  private static Row row(
      Unit u,
      Map<Label, double[]> classWeights,
      Map<FocusParts, double[]> partWeights,
      Double weak) {
    Object[] values = new Object[1 + 2 * Label.values().length + 2 * FocusParts.values().length];
    values[0] = u.textHash();
    int at = 1;
    for (Label label : Label.values()) {
      String gold = u.gold().gold().get(label);
      boolean counts = gold != null && (weak == null || label == Label.SENTIMENT);
      int c = counts ? label.index(gold) : 0;
      values[at++] = (double) c;
      values[at++] = !counts ? 0.0 : weak != null ? weak : classWeights.get(label)[c];
    }
    String focus = weak == null ? u.gold().gold().get(Label.FOCUS) : null;
    for (FocusParts part : FocusParts.values()) {
      int c = focus == null ? 0 : part.of(focus);
      values[at++] = (double) c;
      values[at++] = focus == null ? 0.0 : partWeights.get(part)[c];
    }
    return RowFactory.create(values);
  }

  /** (n / (2 * n_class)) ^ balance for "no" and "yes", over the units that have a focus. */
  static double[] partWeights(FocusParts part, List<Unit> units, double balance) {
    long[] counts = new long[2];
    for (Unit u : units) {
      String focus = u.gold().gold().get(Label.FOCUS);
      if (focus != null) {
        counts[part.of(focus)]++;
      }
    }
    long n = counts[0] + counts[1];
    double[] w = new double[2];
    for (int c = 0; c < 2; c++) {
      w[c] = counts[c] == 0 ? 1 : Math.pow((double) n / (2 * counts[c]), balance);
    }
    return w;
  }

  /** (n / (k * n_class)) ^ balance per class, over the units that have the label. */
  static double[] classWeights(Label label, List<Unit> units, double balance) {
    int k = label.classes().size();
    long[] counts = new long[k];
    long n = 0;
    for (Unit u : units) {
      String gold = u.gold().gold().get(label);
      if (gold != null) {
        counts[label.index(gold)]++;
        n++;
      }
    }
    double[] w = new double[k];
    for (int c = 0; c < k; c++) {
      w[c] = counts[c] == 0 ? 1 : Math.pow((double) n / (k * counts[c]), balance);
    }
    return w;
  }

  /** Folds for cross-validation, stratified by focus: a unit's fold, 0..folds-1. */
  public static Map<String, Integer> folds(List<Unit> units, int folds, long seed) {
    List<Unit> sorted = new ArrayList<>(units);
    sorted.sort(
        Comparator.comparing((Unit u) -> String.valueOf(u.gold().gold().get(Label.FOCUS)))
            .thenComparing(u -> Sha256.hex(seed + ":" + u.gold().id())));
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      out.put(sorted.get(i).gold().id(), i % folds);
    }
    return out;
  }

  /** The headline measure of each label over the units that have it. */
  public static Map<Label, LabelScore> score(List<Unit> units, List<Map<Label, String>> predicted) {
    Map<Label, LabelScore> out = new EnumMap<>(Label.class);
    for (Label label : Label.values()) {
      List<String> gold = new ArrayList<>();
      List<String> said = new ArrayList<>();
      for (int i = 0; i < units.size(); i++) {
        String g = units.get(i).gold().gold().get(label);
        if (g != null) {
          gold.add(g);
          said.add(predicted.get(i).get(label));
        }
      }
      if (!gold.isEmpty()) {
        out.put(label, LabelScore.of(label, gold, said));
      }
    }
    return out;
  }
}
