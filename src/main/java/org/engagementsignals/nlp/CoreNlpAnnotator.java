package org.engagementsignals.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.ejml.simple.SimpleMatrix;

/**
 * The CoreNLP wrapper: annotates texts with a shared pipeline and turns CoreNLP's objects into
 * plain records ({@link TextAnnotation}). An unscored annotator ({@link #unscored}) runs a chain
 * without parse and sentiment, for texts the full chain failed on: its sentences carry tokens,
 * lemmas, POS and NER but no sentiment.
 */
public final class CoreNlpAnnotator {
  public static final String PERSON = "[PERSON]";
  private static final String PERSON_TAG = "PERSON";
  private static final String TEXT_BREAK = "\n\n";

  private final StanfordCoreNLP pipeline;
  private final int parseMaxTokens;
  private final boolean scored;

  public CoreNlpAnnotator(StanfordCoreNLP pipeline, int parseMaxTokens) {
    this(pipeline, parseMaxTokens, true);
  }

  private CoreNlpAnnotator(StanfordCoreNLP pipeline, int parseMaxTokens, boolean scored) {
    this.pipeline = pipeline;
    this.parseMaxTokens = parseMaxTokens;
    this.scored = scored;
  }

  /**
   * An annotator for a pipeline without parse and sentiment: every sentence gets {@code
   * sentiment_method = failed} and no sentiment.
   */
  static CoreNlpAnnotator unscored(StanfordCoreNLP pipeline) {
    return new CoreNlpAnnotator(pipeline, 0, false);
  }

  public TextAnnotation annotate(String text) {
    return annotateAll(List.of(text)).get(0);
  }

  /**
   * Annotates texts in one CoreNLP document, separated by a blank line, which always ends a
   * sentence ({@code ssplit.newlineIsSentenceBreak = two}). Each text's annotation is the same as
   * on its own: every annotator of the chain works within a sentence. One document per text costs
   * CoreNLP more CPU on short comments, for setting up each document
   * (docs/decisions/006-annotation-stage-on-spark.md).
   */
  public List<TextAnnotation> annotateAll(List<String> texts) {
    StringBuilder joined = new StringBuilder();
    int[] starts = new int[texts.size()];
    for (int i = 0; i < texts.size(); i++) {
      if (i > 0) {
        joined.append(TEXT_BREAK);
      }
      starts[i] = joined.length();
      joined.append(texts.get(i));
    }
    String document = joined.toString();
    Annotation annotated = new Annotation(document);
    pipeline.annotate(annotated);

    List<List<SentenceAnnotation>> sentences = new ArrayList<>();
    List<List<int[]>> personSpans = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      sentences.add(new ArrayList<>());
      personSpans.add(new ArrayList<>());
    }
    int text = 0;
    for (CoreMap sentence : annotated.get(CoreAnnotations.SentencesAnnotation.class)) {
      int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      while (text + 1 < texts.size() && begin >= starts[text + 1]) {
        text++;
      }
      int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      if (end > starts[text] + texts.get(text).length()) {
        throw new IllegalStateException(
            "a sentence crosses the break between two texts: check ssplit options");
      }
      List<SentenceAnnotation> own = sentences.get(text);
      own.add(sentence(document, own.size(), sentence, personSpans.get(text)));
    }
    List<TextAnnotation> out = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      List<int[]> spans = personSpans.get(i);
      out.add(
          new TextAnnotation(
              redact(document, starts[i], starts[i] + texts.get(i).length(), spans),
              spans.size(),
              sentences.get(i)));
    }
    return out;
  }

  private SentenceAnnotation sentence(
      String text, int index, CoreMap sentence, List<int[]> allSpans) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<String> words = new ArrayList<>(tokens.size());
    List<String> lemmas = new ArrayList<>(tokens.size());
    List<String> pos = new ArrayList<>(tokens.size());
    List<String> ner = new ArrayList<>(tokens.size());
    List<int[]> spans = new ArrayList<>();
    for (CoreLabel token : tokens) {
      boolean person = PERSON_TAG.equals(token.ner());
      words.add(person ? PERSON : token.originalText());
      lemmas.add(person ? PERSON : token.lemma());
      pos.add(token.tag());
      ner.add(token.ner() == null ? "O" : token.ner());
      if (person) {
        int[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
        boolean continues =
            last != null && ner.size() >= 2 && PERSON_TAG.equals(ner.get(ner.size() - 2));
        if (continues) {
          last[1] = token.endPosition();
        } else {
          spans.add(new int[] {token.beginPosition(), token.endPosition()});
        }
      }
    }
    allSpans.addAll(spans);
    int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    if (!scored) {
      return SentenceAnnotation.unscored(
          index, redact(text, begin, end, spans), words, lemmas, pos, ner);
    }
    boolean overCap = parseMaxTokens > 0 && tokens.size() > parseMaxTokens;
    double[] probabilities = overCap ? scoreInChunks(text, tokens) : probabilities(sentence);
    return new SentenceAnnotation(
        index,
        redact(text, begin, end, spans),
        words,
        lemmas,
        pos,
        ner,
        SentenceAnnotation.argmax(probabilities),
        probabilities,
        SentenceAnnotation.score(probabilities),
        overCap ? SentenceAnnotation.SPLIT : SentenceAnnotation.PARSED);
  }

  private static double[] probabilities(CoreMap sentence) {
    Tree tree = sentence.get(SentimentCoreAnnotations.SentimentAnnotatedTree.class);
    SimpleMatrix predictions = RNNCoreAnnotations.getPredictions(tree);
    double[] probabilities = new double[5];
    for (int c = 0; c < probabilities.length; c++) {
      probabilities[c] = predictions.get(c);
    }
    return probabilities;
  }

  /**
   * A sentence longer than the parser's cap gets only a flat tree from CoreNLP, whose sentiment is
   * close to a constant. So it is cut into clause-sized chunks within the cap, each chunk is parsed
   * and scored, and the class probabilities are averaged weighted by chunk length.
   */
  private double[] scoreInChunks(String text, List<CoreLabel> tokens) {
    double[] sum = new double[5];
    int weight = 0;
    for (int[] chunk : LongSentenceChunker.chunks(tokens, parseMaxTokens)) {
      String chunkText =
          text.substring(
              tokens.get(chunk[0]).beginPosition(), tokens.get(chunk[1] - 1).endPosition());
      Annotation part = new Annotation(chunkText);
      pipeline.annotate(part);
      for (CoreMap s : part.get(CoreAnnotations.SentencesAnnotation.class)) {
        int n = s.get(CoreAnnotations.TokensAnnotation.class).size();
        double[] p = probabilities(s);
        for (int c = 0; c < sum.length; c++) {
          sum[c] += n * p[c];
        }
        weight += n;
      }
    }
    for (int c = 0; c < sum.length; c++) {
      sum[c] /= weight;
    }
    return sum;
  }

  /** {@code text[begin, end)} with the given character spans replaced by {@code [PERSON]}. */
  static String redact(String text, int begin, int end, List<int[]> spans) {
    StringBuilder out = new StringBuilder(end - begin);
    int at = begin;
    for (int[] span : spans) {
      if (span[0] < begin || span[1] > end) {
        continue;
      }
      out.append(text, at, span[0]).append(PERSON);
      at = span[1];
    }
    return out.append(text, at, end).toString();
  }
}
