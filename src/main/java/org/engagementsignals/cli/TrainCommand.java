package org.engagementsignals.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.engagementsignals.config.Settings;
import org.engagementsignals.evaluation.GoldFile;
import org.engagementsignals.evaluation.GoldUnit;
import org.engagementsignals.labels.LabelFeatures;
import org.engagementsignals.labels.LabelledTexts;
import org.engagementsignals.labels.ModelMetadata.LabelParams;
import org.engagementsignals.labels.Training;
import org.engagementsignals.nlp.AnnotationCache;
import org.engagementsignals.pipeline.BuildInfo;
import org.engagementsignals.pipeline.Sessions;
import org.engagementsignals.tagging.Tagger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
      "Train the label model (focus, trust, connection, challenge, sentiment) on the train split of a",
      "gold file such as ../shared/labelling/real-comments.tsv: parameters chosen by cross-validation on",
      "train, the test split reported, the model written to --out with what it was trained on. The job",
      "uses the model in signals.labels.model; to ship a new one, copy the folder there deliberately."
    })
final class TrainCommand implements Callable<Integer> {

  @Option(
      names = "--labels",
      required = true,
      paramLabel = "FILE",
      description = "Gold file (TSV or CSV) with text, split and gold_* columns.")
  Path labels;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Model folder to write (replaced if it exists).")
  Path out;

  @Option(
      names = "--weak",
      paramLabel = "FILE",
      description = "Weak sentiment units (e.g. ../shared/labelling/weak-sentiment.tsv).")
  Path weak;

  @Option(
      names = "--weak-limit",
      defaultValue = "12000",
      description = "Weak units to read, from the top of the file (default: ${DEFAULT-VALUE}).")
  int weakLimit;

  @Option(
      names = "--families",
      defaultValue = "LEMMAS,BIGRAMS,NEGATION,TAXONOMY,NER,SENTIMENT",
      description = "Feature families (default: ${DEFAULT-VALUE}).")
  String families;

  @Option(
      names = "--reg-params",
      defaultValue = "0.01",
      split = ",",
      description = "Regularisation values to cross-validate (default: ${DEFAULT-VALUE}).")
  List<Double> regParams;

  @Option(
      names = "--balances",
      defaultValue = "0.5,1",
      split = ",",
      description = "Class-balancing exponents to cross-validate (default: ${DEFAULT-VALUE}).")
  List<Double> balances;

  @Option(
      names = "--weak-weights",
      defaultValue = "0.3",
      split = ",",
      description = "Weights of a weak unit to cross-validate (default: ${DEFAULT-VALUE}).")
  List<Double> weakWeights;

  @Option(
      names = "--decision",
      defaultValue = "tuned",
      description =
          "How a label's probabilities become its class: 'argmax' (the most probable class) or"
              + " 'tuned' (class multipliers tuned by cross-validation where they help; default:"
              + " ${DEFAULT-VALUE}).")
  Decision decision;

  enum Decision {
    argmax,
    tuned
  }

  @Option(names = "--folds", defaultValue = "5", description = "Folds (default: ${DEFAULT-VALUE}).")
  int folds;

  @Option(
      names = "--min-df",
      defaultValue = "2",
      description = "Texts a term must occur in (default: ${DEFAULT-VALUE}).")
  int minDf;

  @Option(
      names = "--learning-curve",
      split = ",",
      paramLabel = "FRACTIONS",
      description = "Also report the test split after training on these shares of train.")
  List<Double> fractions = new ArrayList<>();

  @Option(
      names = "--reuse-annotations",
      description =
          "Annotate through a cache that every build of the same CoreNLP chain shares, so a"
              + " rebuilt jar does not re-annotate the labelled texts (for experiments).")
  boolean reuseAnnotations;

  @CommandLine.Mixin SettingsOptions settingsOptions;

  @Override
  public Integer call() {
    Settings settings = settingsOptions.load();
    List<GoldUnit> gold = GoldFile.read(labels);
    List<GoldUnit> weakGold = weak == null ? List.of() : GoldFile.readWeak(weak, weakLimit);
    Path taxonomyFile = SettingsOptions.projectFile(settings.tagging().taxonomyFile());
    LabelFeatures features =
        new LabelFeatures(
            new Tagger(org.engagementsignals.tagging.TaxonomyLoader.load(taxonomyFile)),
            LabelFeatures.parse(families));
    List<LabelParams> grid = new ArrayList<>();
    for (double reg : regParams) {
      for (double balance : balances) {
        for (double w : weak == null ? List.of(0.0) : weakWeights) {
          grid.add(new LabelParams(reg, balance, w));
        }
      }
    }
    BuildInfo build = BuildInfo.load();
    SparkSession spark = Sessions.create(settings.spark(), false);
    try {
      List<GoldUnit> everything = new ArrayList<>(gold);
      everything.addAll(weakGold);
      String cache =
          reuseAnnotations
              ? AnnotationCache.locationAcrossBuilds(
                  settings.nlp(), settings.output().dir(), build.corenlpVersion())
              : AnnotationCache.location(
                  settings.nlp(),
                  settings.output().dir(),
                  build.corenlpVersion(),
                  build.codeIdentity());
      Dataset<Row> featureRows =
          LabelledTexts.features(spark, everything, features, settings.nlp(), cache, System.out);
      Training.run(
          spark,
          new Training.Options(
              labels,
              weak,
              folds,
              grid,
              minDf,
              20261204L,
              fractions,
              taxonomyFile,
              decision == Decision.tuned,
              out),
          gold,
          weakGold,
          featureRows,
          features,
          new Training.Provenance(
              build.version(),
              build.corenlpVersion(),
              build.sparkVersion(),
              settings.nlp().fingerprintSource()),
          System.out);
    } finally {
      spark.stop();
    }
    return SignalsCli.OK;
  }
}
