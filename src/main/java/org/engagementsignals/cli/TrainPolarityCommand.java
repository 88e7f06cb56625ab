package org.engagementsignals.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.engagementsignals.config.Settings;
import org.engagementsignals.contract.Sha256;
import org.engagementsignals.evaluation.Evaluator;
import org.engagementsignals.evaluation.LabelledItem;
import org.engagementsignals.evaluation.LabelledSet;
import org.engagementsignals.evaluation.PolarityTrainer;
import org.engagementsignals.nlp.TextAnnotator;
import org.engagementsignals.tagging.PolarityFeatures;
import org.engagementsignals.tagging.PolarityModel;
import org.engagementsignals.tagging.Tagger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "train-polarity",
    mixinStandardHelpOptions = true,
    description = {
      "Fit the response polarity model on the dev split of a labelled set (items with an even number) and",
      "write it as JSON. The test split stays held out for 'signals evaluate'. Retrain after changing the",
      "taxonomy: the model uses its signals."
    })
final class TrainPolarityCommand implements Callable<Integer> {

  @Option(
      names = "--labels",
      required = true,
      paramLabel = "FILE",
      description = "Labelled CSV, e.g. eval/labelled-set.csv.")
  Path labels;

  @Option(
      names = "--out",
      defaultValue = "src/main/resources/models/response-polarity-v1.json",
      paramLabel = "FILE",
      description = "Where to write the model (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--threads",
      defaultValue = "2",
      description = "Annotation threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @CommandLine.Mixin SettingsOptions settingsOptions;

  @Override
  public Integer call() throws Exception {
    Settings settings = settingsOptions.load();
    Tagger tagger = TextTools.tagger(settings);
    List<LabelledItem> items = LabelledSet.read(labels);
    TextAnnotator annotator = TextTools.annotator(settings);
    List<Evaluator.Prediction> predictions =
        Evaluator.predict(items, annotator, tagger, null, threads);
    List<double[]> x = new ArrayList<>();
    List<Integer> y = new ArrayList<>();
    for (Evaluator.Prediction p : predictions) {
      if (p.item().split().equals("dev")) {
        x.add(PolarityFeatures.of(p.polarityInputs()));
        y.add(p.item().sentiment());
      }
    }
    String trainedOn =
        labels.getFileName()
            + " dev split ("
            + x.size()
            + " items, sha256 "
            + Sha256.hex(Files.readAllBytes(labels)).substring(0, 12)
            + "), "
            + settings.nlp().fingerprintSource()
            + ", taxonomy "
            + tagger.taxonomy().topics().size()
            + " topics";
    PolarityModel model = PolarityTrainer.train(x, y, "v1", trainedOn);
    int right = 0;
    int total = 0;
    for (Evaluator.Prediction p : predictions) {
      if (p.item().split().equals("test")) {
        total++;
        right +=
            model.label(PolarityFeatures.of(p.polarityInputs())) == p.item().sentiment() ? 1 : 0;
      }
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, model.toJson() + "\n", StandardCharsets.UTF_8);
    System.out.printf(
        "train-polarity: trained on %d dev items; held-out test accuracy %.3f (%d items); wrote %s%n",
        x.size(), (double) right / total, total, out);
    return SignalsCli.OK;
  }
}
