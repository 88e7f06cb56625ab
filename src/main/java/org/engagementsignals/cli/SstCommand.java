package org.engagementsignals.cli;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.engagementsignals.config.NlpSettings;
import org.engagementsignals.config.Settings;
import org.engagementsignals.config.SettingsException;
import org.engagementsignals.nlp.CoreNlpAnnotator;
import org.engagementsignals.nlp.SentenceAnnotation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "sst",
    mixinStandardHelpOptions = true,
    description = {
      "Sentence sentiment accuracy on the Stanford Sentiment Treebank test split (label<TAB>sentence, lowercased",
      "and pre-tokenised): the job's CoreNLP chain beside plain CoreNLP (default PCFG parser + sentiment), both",
      "fed one sentence per line with whitespace tokenisation, in the same run. Labels 0/1 are read as binary",
      "(SST-2), 0..4 as five classes."
    })
final class SstCommand implements Callable<Integer> {

  @Option(
      names = "--file",
      required = true,
      paramLabel = "TSV",
      description = "e.g. sst2_test.tsv or sst_test.tsv")
  Path file;

  @Option(
      names = "--threads",
      defaultValue = "2",
      description = "Threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(
      names = "--limit",
      defaultValue = "0",
      description = "Only the first N sentences (0 = all).")
  int limit;

  @Option(
      names = "--skip-plain",
      description = "Do not run plain CoreNLP (it is slow with the PCFG parser).")
  boolean skipPlain;

  @CommandLine.Mixin SettingsOptions settingsOptions;

  record Item(int label, String sentence) {}

  @Override
  public Integer call() throws Exception {
    Settings settings = settingsOptions.load();
    List<Item> items = read();
    boolean binary = items.stream().allMatch(i -> i.label() <= 1);
    NlpSettings nlp = settings.nlp();
    Properties jobProps = whitespaceTokenised(nlp.coreNlpProperties());
    CoreNlpAnnotator job =
        new CoreNlpAnnotator(new StanfordCoreNLP(jobProps), nlp.parseMaxTokens());
    Result jobResult =
        run(
            items,
            binary,
            text ->
                job.annotate(text).sentences().stream()
                    .map(SentenceAnnotation::probabilities)
                    .toList());
    System.out.println(jobResult.line("job chain (" + nlp.fingerprintSource() + ")", binary));
    if (!skipPlain) {
      Properties plainProps = new Properties();
      plainProps.setProperty("annotators", "tokenize,ssplit,parse,sentiment");
      StanfordCoreNLP plain = new StanfordCoreNLP(whitespaceTokenised(plainProps));
      Result plainResult = run(items, binary, text -> plainProbabilities(plain, text));
      System.out.println(
          plainResult.line(
              "plain CoreNLP 4.5.10 (tokenize,ssplit,parse,sentiment; englishPCFG)", binary));
      System.out.printf(
          "sst[%s n=%d]: job=%.3f plain=%.3f%n",
          binary ? "binary" : "5-class",
          items.size(),
          jobResult.accuracy(),
          plainResult.accuracy());
    }
    return SignalsCli.OK;
  }

  private List<Item> read() throws java.io.IOException {
    if (!Files.isRegularFile(file)) {
      throw new SettingsException("--file " + file + " does not exist");
    }
    List<Item> items = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        String sentence = line.substring(tab + 1).replace("-lrb-", "(").replace("-rrb-", ")");
        items.add(new Item(Integer.parseInt(line.substring(0, tab).strip()), sentence));
      }
      if (limit > 0 && items.size() == limit) {
        break;
      }
    }
    return items;
  }

  private static Properties whitespaceTokenised(Properties props) {
    props.setProperty("tokenize.whitespace", "true");
    props.setProperty("ssplit.eolonly", "true");
    return props;
  }

  private static List<double[]> plainProbabilities(StanfordCoreNLP plain, String text) {
    Annotation a = new Annotation(text);
    plain.annotate(a);
    List<double[]> out = new ArrayList<>();
    for (CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) {
      var m =
          RNNCoreAnnotations.getPredictions(
              s.get(SentimentCoreAnnotations.SentimentAnnotatedTree.class));
      double[] p = new double[5];
      for (int c = 0; c < 5; c++) {
        p[c] = m.get(c);
      }
      out.add(p);
    }
    return out;
  }

  record Result(int right, int total, double seconds) {
    double accuracy() {
      return (double) right / total;
    }

    String line(String what, boolean binary) {
      return String.format(
          "%-80s %s accuracy %.3f (%d/%d), %.1f sentences/s",
          what, binary ? "binary" : "5-class", accuracy(), right, total, total / seconds);
    }
  }

  private Result run(List<Item> items, boolean binary, Function<String, List<double[]>> score)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    try {
      List<Future<Boolean>> futures = new ArrayList<>();
      for (Item item : items) {
        futures.add(pool.submit(() -> correct(item, score.apply(item.sentence()), binary)));
      }
      int right = 0;
      for (Future<Boolean> f : futures) {
        right += f.get() ? 1 : 0;
      }
      return new Result(right, items.size(), (System.nanoTime() - start) / 1e9);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * One line is one sentence; should the tokenizer still split it, the probabilities are averaged.
   */
  private static boolean correct(Item item, List<double[]> sentences, boolean binary) {
    double[] p = new double[5];
    for (double[] s : sentences) {
      for (int c = 0; c < 5; c++) {
        p[c] += s[c] / sentences.size();
      }
    }
    if (binary) {
      int predicted = p[3] + p[4] > p[0] + p[1] ? 1 : 0;
      return predicted == item.label();
    }
    int best = 0;
    for (int c = 1; c < 5; c++) {
      if (p[c] > p[best]) {
        best = c;
      }
    }
    return best == item.label();
  }
}
