package org.engagementsignals.labels;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.engagementsignals.contract.Sha256;
import org.engagementsignals.evaluation.AccuracyReport;
import org.engagementsignals.evaluation.GoldUnit;
import org.engagementsignals.evaluation.LabelScore;
import org.engagementsignals.labels.LabelledTexts.Unit;
import org.engagementsignals.labels.ModelMetadata.LabelParams;

/**
 * {@code signals train}: select each label's parameters by cross-validation on the {@code train}
 * split, fit on all of it, report the {@code test} split (touched only to report), and write the
 * model folder.
 */
public final class Training {

  /**
   * What to train on and how to search.
   *
   * @param grid candidate parameters; each label takes the candidate with its best cross-validated
   *     headline measure
   * @param fractions shares of {@code train} for the learning curve (empty for none)
   */
  public record Options(
      Path labelsFile,
      Path weakFile,
      int folds,
      List<LabelParams> grid,
      int minDf,
      long seed,
      List<Double> fractions,
      Path taxonomyFile,
      boolean tuneDecision,
      Path out) {}

  /** Each label's parameters and decision rule, chosen by cross-validation. */
  record Choice(Map<Label, LabelParams> params, Map<Label, DecisionRule> rules) {}

  /** Versions of what made the model, for its metadata. */
  public record Provenance(
      String codeVersion, String corenlpVersion, String sparkVersion, String nlpChain) {}

  /** Cross-validation fits at once. */
  static final int FIT_THREADS = 3;

  private Training() {}

  public static ModelMetadata run(
      SparkSession spark,
      Options o,
      List<GoldUnit> gold,
      List<GoldUnit> weakGold,
      Dataset<Row> features,
      LabelFeatures labelFeatures,
      Provenance provenance,
      PrintStream out) {
    List<Unit> all = LabelledTexts.units(gold);
    List<Unit> train = split(all, "train");
    List<Unit> test = split(all, "test");
    List<Unit> weak = LabelledTexts.units(weakGold);
    if (train.isEmpty()) {
      throw new org.engagementsignals.config.SettingsException(
          "--labels " + o.labelsFile() + " has no unit with split = train");
    }
    LabelTrainer trainer = new LabelTrainer(spark, features, o.minDf());
    out.printf(
        Locale.ROOT,
        "train: %d train units, %d test units, %d weak units; %d-fold cross-validation over %d"
            + " candidates%n",
        train.size(),
        test.size(),
        weak.size(),
        o.folds(),
        o.grid().size());
    Choice choice = select(trainer, train, weak, o, out);
    Map<Label, LabelParams> chosen = choice.params();

    PipelineModel model = trainer.fit(train, weak, chosen, choice.rules());
    Map<Label, LabelScore> testScores = new EnumMap<>(Label.class);
    if (!test.isEmpty()) {
      DecisionRule focusRule = choice.rules().get(Label.FOCUS);
      testScores = LabelTrainer.score(test, trainer.predict(model, test, focusRule));
      out.println("test split (touched only to report):");
      print(testScores, gold, out);
      for (double fraction : o.fractions()) {
        List<Unit> part = sample(train, fraction, o.seed());
        Map<Label, LabelScore> s =
            LabelTrainer.score(
                test,
                trainer.predict(trainer.fit(part, weak, chosen, choice.rules()), test, focusRule));
        out.printf(
            Locale.ROOT,
            "learning curve %3.0f%% of train (%d units):",
            fraction * 100,
            part.size());
        s.forEach(
            (label, score) ->
                out.printf(
                    Locale.ROOT,
                    " %s %.3f [%.3f, %.3f]",
                    label.id(),
                    score.value(),
                    score.ciLow(),
                    score.ciHigh()));
        out.println();
      }
    }
    ModelMetadata metadata =
        metadata(o, gold, weak, choice, labelFeatures, provenance, model, train);
    write(o, model, metadata, testScores, gold);
    out.printf(Locale.ROOT, "train: wrote model %s to %s%n", metadata.version(), o.out());
    return metadata;
  }

  /**
   * Each label's best candidate by its cross-validated headline measure, and its decision rule:
   * with {@code tuneDecision}, the class multipliers are tuned on the candidate's out-of-fold
   * probabilities and kept where they beat the most probable class on folds they were not tuned on.
   */
  private static Choice select(
      LabelTrainer trainer, List<Unit> train, List<Unit> weak, Options o, PrintStream out) {
    Map<String, Integer> folds = LabelTrainer.folds(train, o.folds(), o.seed());
    Map<Label, LabelParams> best = new EnumMap<>(Label.class);
    Map<Label, Double> bestValue = new EnumMap<>(Label.class);
    Map<Label, DecisionRule> bestRule = new EnumMap<>(Label.class);
    for (LabelParams candidate : o.grid()) {
      Map<Label, LabelParams> params = new EnumMap<>(Label.class);
      for (Label label : Label.values()) {
        params.put(label, candidate);
      }
      long started = System.nanoTime();
      OutOfFold oof = outOfFold(trainer, train, weak, params, folds, o.folds());
      out.printf(
          Locale.ROOT,
          "  cv (%.0f s) reg %.4f balance %.2f weak %.2f:",
          (System.nanoTime() - started) / 1e9,
          candidate.regParam(),
          candidate.balance(),
          candidate.weakWeight());
      for (Label label : Label.values()) {
        OutOfFold.Gold g = oof.gold(label);
        if (g.units() == 0) {
          continue;
        }
        DecisionRule argmax = DecisionRule.argmax(label);
        double v = DecisionRule.measure(label, g.classes(), g.predicted(argmax));
        DecisionRule rule = argmax;
        out.printf(Locale.ROOT, " %s %.3f", label.id(), v);
        if (o.tuneDecision()) {
          double tuned =
              DecisionRule.measure(
                  label,
                  g.classes(),
                  DecisionRule.crossFitted(
                      label, g.probabilities(), g.classes(), g.folds(), o.folds()));
          out.printf(Locale.ROOT, " (tuned %.3f)", tuned);
          if (tuned > v) {
            v = tuned;
            rule = DecisionRule.tune(label, g.probabilities(), g.classes());
          }
        }
        if (!bestValue.containsKey(label) || v > bestValue.get(label)) {
          bestValue.put(label, v);
          best.put(label, candidate);
          bestRule.put(label, rule);
        }
      }
      out.println();
    }
    for (Label label : Label.values()) {
      if (!best.containsKey(label)) {
        best.put(label, o.grid().get(0));
        bestRule.put(label, DecisionRule.argmax(label));
      }
      LabelParams p = best.get(label);
      out.printf(
          Locale.ROOT,
          "  chose %s: reg %.4f balance %.2f weak %.2f decision %s (cv %s %.3f)%n",
          label.id(),
          p.regParam(),
          p.balance(),
          p.weakWeight(),
          bestRule.get(label),
          label.measure().title(),
          bestValue.getOrDefault(label, Double.NaN));
    }
    return new Choice(best, bestRule);
  }

  /** Every train unit's class probabilities from the fit that did not see it, and its fold. */
  record OutOfFold(List<Unit> units, List<Map<Label, double[]>> probabilities, int[] folds) {

    /** One label's gold, probabilities and folds over the units that have it. */
    record Gold(int units, int[] classes, List<double[]> probabilities, int[] folds) {
      int[] predicted(DecisionRule rule) {
        int[] p = new int[classes.length];
        for (int i = 0; i < p.length; i++) {
          p[i] = rule.apply(probabilities.get(i));
        }
        return p;
      }
    }

    Gold gold(Label label) {
      List<Integer> classes = new ArrayList<>();
      List<double[]> probs = new ArrayList<>();
      List<Integer> foldOf = new ArrayList<>();
      for (int i = 0; i < units.size(); i++) {
        String g = units.get(i).gold().gold().get(label);
        if (g != null) {
          classes.add(label.index(g));
          probs.add(probabilities.get(i).get(label));
          foldOf.add(folds[i]);
        }
      }
      return new Gold(
          classes.size(),
          classes.stream().mapToInt(Integer::intValue).toArray(),
          probs,
          foldOf.stream().mapToInt(Integer::intValue).toArray());
    }
  }

  private static OutOfFold outOfFold(
      LabelTrainer trainer,
      List<Unit> train,
      List<Unit> weak,
      Map<Label, LabelParams> params,
      Map<String, Integer> folds,
      int foldCount) {
    List<Unit> ordered = new ArrayList<>();
    List<Integer> foldOf = new ArrayList<>();
    List<Map<Label, double[]>> probabilities = new ArrayList<>();
    // Folds fit concurrently: a fit on a thousand units is mostly Spark's per-iteration job
    // overhead, which overlaps well.
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(foldCount, FIT_THREADS));
    try {
      List<Future<List<Map<Label, double[]>>>> runs = new ArrayList<>();
      for (int f = 0; f < foldCount; f++) {
        List<Unit> fit = new ArrayList<>();
        List<Unit> held = new ArrayList<>();
        for (Unit u : train) {
          (folds.get(u.gold().id()) == f ? held : fit).add(u);
        }
        ordered.addAll(held);
        for (int i = 0; i < held.size(); i++) {
          foldOf.add(f);
        }
        runs.add(pool.submit(() -> trainer.probabilities(trainer.fit(fit, weak, params), held)));
      }
      for (Future<List<Map<Label, double[]>>> run : runs) {
        probabilities.addAll(run.get());
      }
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException("cross-validation failed", e);
    } finally {
      pool.shutdownNow();
    }
    return new OutOfFold(
        ordered, probabilities, foldOf.stream().mapToInt(Integer::intValue).toArray());
  }

  static void print(Map<Label, LabelScore> scores, List<GoldUnit> all, PrintStream out) {
    for (LabelScore s : scores.values()) {
      Double agreement = AccuracyReport.agreement(s.label(), all);
      out.printf(
          Locale.ROOT,
          "  %-10s %-20s %.3f  95%% CI [%.3f, %.3f]  n=%d%s%n",
          s.label().id(),
          s.label().measure().title(),
          s.value(),
          s.ciLow(),
          s.ciHigh(),
          s.n(),
          agreement == null
              ? ""
              : String.format(Locale.ROOT, "  annotators agree %.3f", agreement));
    }
  }

  private static List<Unit> split(List<Unit> units, String split) {
    return units.stream().filter(u -> u.gold().split().equals(split)).toList();
  }

  /** A share of the units, stratified by focus, the same for the same seed. */
  static List<Unit> sample(List<Unit> units, double fraction, long seed) {
    if (fraction >= 1) {
      return units;
    }
    List<Unit> sorted = new ArrayList<>(units);
    sorted.sort(java.util.Comparator.comparing(u -> Sha256.hex(seed + ":" + u.gold().id())));
    Map<String, List<Unit>> byFocus = new TreeMap<>();
    for (Unit u : sorted) {
      byFocus
          .computeIfAbsent(String.valueOf(u.gold().gold().get(Label.FOCUS)), k -> new ArrayList<>())
          .add(u);
    }
    List<Unit> out = new ArrayList<>();
    for (List<Unit> group : byFocus.values()) {
      out.addAll(group.subList(0, (int) Math.round(group.size() * fraction)));
    }
    return out;
  }

  private static ModelMetadata metadata(
      Options o,
      List<GoldUnit> gold,
      List<Unit> weak,
      Choice choice,
      LabelFeatures features,
      Provenance p,
      PipelineModel model,
      List<Unit> train) {
    String labelsSha = sha256(o.labelsFile());
    String weakSha = o.weakFile() == null ? null : sha256(o.weakFile());
    boolean usesWeak = !weak.isEmpty();
    Map<String, Integer> units = new LinkedHashMap<>();
    for (Label label : Label.values()) {
      units.put(
          label.id(), (int) train.stream().filter(u -> u.gold().gold().containsKey(label)).count());
    }
    Map<String, LabelParams> params = new LinkedHashMap<>();
    choice.params().forEach((label, v) -> params.put(label.id(), v));
    Map<String, List<Double>> decision = new LinkedHashMap<>();
    choice.rules().forEach((label, rule) -> decision.put(label.id(), rule.asList()));
    List<String> families = features.families().stream().map(Enum::name).toList();
    int vocabulary = ((CountVectorizerModel) model.stages()[0]).vocabulary().length;
    String taxonomy = features.tagger().taxonomy().fingerprintSource();
    String version =
        "labels-"
            + Sha256.short16(
                    labelsSha
                        + (usesWeak ? weakSha + weak.size() : "")
                        + params
                        + decision
                        + families
                        + o.minDf()
                        + o.seed()
                        + p
                        + taxonomy)
                .substring(0, 12);
    return new ModelMetadata(
        version,
        o.labelsFile().getFileName().toString(),
        labelsSha,
        "train",
        units,
        usesWeak ? o.weakFile().getFileName().toString() : null,
        usesWeak ? weakSha : null,
        usesWeak ? weak.size() : 0,
        params,
        decision,
        families,
        o.minDf(),
        o.seed(),
        p.codeVersion(),
        p.corenlpVersion(),
        p.sparkVersion(),
        p.nlpChain(),
        Sha256.short16(taxonomy),
        vocabulary,
        LocalDate.now(ZoneOffset.UTC).toString());
  }

  private static void write(
      Options o,
      PipelineModel model,
      ModelMetadata metadata,
      Map<Label, LabelScore> testScores,
      List<GoldUnit> gold) {
    try {
      Files.createDirectories(o.out());
      model.write().overwrite().save(o.out().resolve(LabelModel.PIPELINE).toUri().toString());
      Files.writeString(
          o.out().resolve(LabelModel.METADATA), metadata.toJson(), StandardCharsets.UTF_8);
      Files.copy(
          o.taxonomyFile(),
          o.out().resolve(LabelModel.TAXONOMY),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      Path accuracy = o.out().resolve(LabelModel.ACCURACY);
      if (testScores.isEmpty()) {
        Files.deleteIfExists(accuracy);
      } else {
        Files.writeString(
            accuracy,
            AccuracyReport.of(
                    "test", metadata.labelsSha256(), metadata.trainedAt(), testScores, gold)
                .toJson(),
            StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the model to " + o.out(), e);
    }
  }

  static String sha256(Path file) {
    try {
      return Sha256.hex(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
