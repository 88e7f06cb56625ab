package org.engagementsignals.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.engagementsignals.config.Settings;
import org.engagementsignals.evaluation.Evaluator;
import org.engagementsignals.evaluation.LabelledItem;
import org.engagementsignals.evaluation.LabelledSet;
import org.engagementsignals.nlp.TextAnnotator;
import org.engagementsignals.tagging.PolarityModel;
import org.engagementsignals.tagging.Tagger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Score the pipeline against a labelled set (docs/labelling-guidelines.md): focus, trust and connection",
      "polarity, challenges and response sentiment; per-class precision, recall, F1 and confusion matrices.",
      "Items with an even number are the dev split, odd ones the held-out test split."
    })
final class EvaluateCommand implements Callable<Integer> {

  @Option(
      names = "--labels",
      required = true,
      paramLabel = "FILE",
      description = "Labelled CSV, e.g. eval/labelled-set.csv.")
  Path labels;

  @Option(
      names = "--threads",
      defaultValue = "2",
      description = "Annotation threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(
      names = "--errors",
      paramLabel = "FILE",
      description = "Also write the dev split's misclassified items here (CSV).")
  Path errors;

  @Option(
      names = "--reviews",
      paramLabel = "FILE",
      description = {
        "Also measure response polarity on real reviews: a CSV with 'pros' and 'cons' columns (e.g. Glassdoor",
        "exports); each pros text counts as positive, each cons text as negative (a proxy label)."
      })
  Path reviews;

  @Option(
      names = "--reviews-limit",
      defaultValue = "400",
      description = "Reviews to read (default: ${DEFAULT-VALUE}).")
  int reviewsLimit;

  @Option(
      names = "--show-reviews",
      defaultValue = "20",
      description = "Reviews to print with their tags (default: ${DEFAULT-VALUE}).")
  int showReviews;

  @CommandLine.Mixin SettingsOptions settingsOptions;

  @Override
  public Integer call() throws Exception {
    Settings settings = settingsOptions.load();
    Tagger tagger = TextTools.tagger(settings);
    List<LabelledItem> items = LabelledSet.read(labels);
    TextAnnotator annotator = TextTools.annotator(settings);
    long start = System.nanoTime();
    PolarityModel model = PolarityModel.configured(settings.tagging().responsePolarityModel());
    System.out.println(
        "response polarity: "
            + (model == null
                ? "uncalibrated (mean sentence score, margin 0.1)"
                : "model " + model.version() + ", trained on " + model.trainedOn()));
    List<Evaluator.Prediction> predictions =
        Evaluator.predict(items, annotator, tagger, model, threads);
    System.out.printf(
        "evaluated %d items in %.1f s%n", items.size(), (System.nanoTime() - start) / 1e9);
    List<Evaluator.Scores> scores =
        List.of(
            Evaluator.score(predictions, "dev"),
            Evaluator.score(predictions, "test"),
            Evaluator.score(predictions, "all"));
    for (Evaluator.Scores s : scores) {
      System.out.print(s.render());
    }
    for (Evaluator.Scores s : scores) {
      System.out.println(s.summaryLine());
    }
    if (errors != null) {
      writeErrors(predictions, errors);
    }
    if (reviews != null) {
      List<LabelledItem> real = ReviewProxyLabels.read(reviews, reviewsLimit);
      List<Evaluator.Prediction> realPredictions =
          Evaluator.predict(real, annotator, tagger, model, threads);
      Evaluator.Scores proxy = Evaluator.score(realPredictions, "all");
      System.out.println("real reviews, a sample for reading the tagger's errors by eye:");
      for (Evaluator.Prediction p :
          realPredictions.subList(0, Math.min(showReviews, realPredictions.size()))) {
        System.out.printf(
            "  [%s %s polarity %+d, proxy %+d] %s%n      evidence %s%n",
            p.tags().focus(),
            p.tags().indicators(),
            p.polarity().label(),
            p.item().sentiment(),
            p.item().text().replace('\n', ' '),
            p.sentences().stream().flatMap(x -> x.evidence().stream()).toList());
      }
      System.out.print(
          proxy
              .sentiment()
              .render("real reviews (" + reviews.getFileName() + ", pros = +1, cons = -1)"));
      System.out.printf(
          "evaluate[reviews n=%d]: sentiment accuracy=%.3f (pros/cons proxy labels; a neutral prediction counts as wrong)%n",
          proxy.n(), proxy.sentiment().accuracy());
    }
    return SignalsCli.OK;
  }

  private static void writeErrors(List<Evaluator.Prediction> predictions, Path file)
      throws IOException {
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
        CSVPrinter csv =
            new CSVPrinter(
                w,
                CSVFormat.RFC4180
                    .builder()
                    .setHeader("item_id", "what", "gold", "predicted", "text", "evidence")
                    .get())) {
      for (Evaluator.Prediction p : predictions) {
        if (!p.item().split().equals("dev")) {
          continue;
        }
        String evidence =
            p.sentences().stream().flatMap(s -> s.evidence().stream()).toList().toString();
        error(csv, p, "focus", p.item().focus(), p.tags().focus().name(), evidence);
        error(csv, p, "trust", p.item().trust(), p.tags().trust(), evidence);
        error(csv, p, "connection", p.item().connection(), p.tags().connection(), evidence);
        error(
            csv,
            p,
            "challenge.personal",
            p.item().challengePersonal(),
            p.tags().challengePersonal(),
            evidence);
        error(
            csv,
            p,
            "challenge.professional",
            p.item().challengeProfessional(),
            p.tags().challengeProfessional(),
            evidence);
        error(csv, p, "sentiment", p.item().sentiment(), p.polarity().label(), evidence);
      }
    }
  }

  private static void error(
      CSVPrinter csv,
      Evaluator.Prediction p,
      String what,
      Object gold,
      Object predicted,
      String evidence)
      throws IOException {
    if (!gold.equals(predicted)) {
      csv.printRecord(p.item().id(), what, gold, predicted, p.item().text(), evidence);
    }
  }
}
