package org.engagementsignals.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.engagementsignals.config.Settings;
import org.engagementsignals.evaluation.GoldFile;
import org.engagementsignals.labels.Evaluation;
import org.engagementsignals.labels.LabelModel;
import org.engagementsignals.nlp.AnnotationCache;
import org.engagementsignals.pipeline.BuildInfo;
import org.engagementsignals.pipeline.Sessions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Score the label model against your own gold file (docs/labels.md): a TSV or CSV with a text",
      "column and any of gold_focus, gold_trust, gold_connection, gold_challenge, gold_sentiment (the",
      "format of ../shared/labelling/real-comments.tsv). Prints per split: per-class precision, recall",
      "and F1, confusion matrices, each label's headline measure and its bootstrap 95% interval."
    })
final class EvaluateCommand implements Callable<Integer> {

  @Option(
      names = "--labels",
      required = true,
      paramLabel = "FILE",
      description = "Gold file, e.g. ../shared/labelling/real-comments.tsv.")
  Path labels;

  @Option(
      names = "--model",
      paramLabel = "DIR",
      description = "Label model folder (default: signals.tagging.label-model).")
  Path model;

  @Option(
      names = "--errors",
      paramLabel = "FILE",
      description =
          "Also write every wrong label (unit, label, gold, predicted, text) to this CSV.")
  Path errors;

  @CommandLine.Mixin SettingsOptions settingsOptions;

  @Override
  public Integer call() {
    Settings settings = settingsOptions.load();
    var gold = GoldFile.read(labels);
    SparkSession spark = Sessions.create(settings.spark(), false);
    try {
      // MLlib reads the model through the session.
      LabelModel labelModel =
          model != null
              ? LabelModel.load(model)
              : LabelModel.configured(settings.tagging().labelModel());
      BuildInfo build = BuildInfo.load();
      String cache =
          AnnotationCache.location(
              settings.nlp(),
              settings.output().dir(),
              build.corenlpVersion(),
              build.codeIdentity());
      Evaluation.run(spark, labelModel, gold, settings.nlp(), cache, errors, System.out);
    } finally {
      spark.stop();
    }
    return SignalsCli.OK;
  }
}
