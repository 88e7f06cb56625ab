package org.engagementsignals.evaluation;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.engagementsignals.config.NlpSettings;
import org.engagementsignals.nlp.CoreNlpAnnotator;
import org.engagementsignals.nlp.SentenceAnnotation;

/**
 * Sentence sentiment accuracy on the Stanford Sentiment Treebank test split ({@code
 * label<TAB>sentence}, lowercased and pre-tokenised, a header line first): a chain's five class
 * probabilities per sentence against the gold label. Labels 0/1 are read as binary (SST-2), 0..4 as
 * five classes. Both chains are fed one sentence per line with whitespace tokenisation.
 */
public final class SentimentTreebank {

  /** One test sentence and its gold label. */
  public record Item(int label, String sentence) {}

  /** How many sentences a chain got right, and how long it took. */
  public record Result(int right, int total, double seconds) {
    public double accuracy() {
      return (double) right / total;
    }

    public String line(String what, boolean binary) {
      return String.format(
          "%-80s %s accuracy %.3f (%d/%d), %.1f sentences/s",
          what, binary ? "binary" : "5-class", accuracy(), right, total, total / seconds);
    }
  }

  /** A chain: a line of text to the five class probabilities of each sentence found in it. */
  public interface Scorer extends Function<String, List<double[]>> {}

  private SentimentTreebank() {}

  /** The test items, the first {@code limit} only when it is above 0. */
  public static List<Item> read(Path file, int limit) throws IOException {
    List<Item> items = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
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

  /** Whether the labels are SST-2's (0 and 1 only). */
  public static boolean binary(List<Item> items) {
    return items.stream().allMatch(i -> i.label() <= 1);
  }

  /** The job's own CoreNLP chain, as the annotation stage runs it. */
  public static Scorer jobChain(NlpSettings nlp) {
    CoreNlpAnnotator job =
        new CoreNlpAnnotator(
            new StanfordCoreNLP(whitespaceTokenised(nlp.coreNlpProperties())),
            nlp.parseMaxTokens());
    return text ->
        job.annotate(text).sentences().stream().map(SentenceAnnotation::probabilities).toList();
  }

  /** Plain CoreNLP: tokenize, ssplit, the default PCFG parser and sentiment. */
  public static Scorer plainCoreNlp() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,parse,sentiment");
    StanfordCoreNLP plain = new StanfordCoreNLP(whitespaceTokenised(props));
    return text -> plainProbabilities(plain, text);
  }

  /** Scores every item on {@code threads} threads and counts the right ones. */
  public static Result measure(List<Item> items, boolean binary, int threads, Scorer score)
      throws InterruptedException, ExecutionException {
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
   * Binary: positive when the two positive classes outweigh the two negative ones.
   */
  static boolean correct(Item item, List<double[]> sentences, boolean binary) {
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
}
