package org.engagementsignals.config;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The CoreNLP chain. Serializable: this small slice is what executors receive, never the whole
 * config.
 *
 * @param parseModel classpath of the constituency parser model the sentiment model runs on
 * @param parseMaxTokens sentences longer than this are parsed and scored in clause chunks (0 = no
 *     cap)
 * @param nerModels CoreNLP's {@code ner.model}: the NER models, comma-separated, earlier ones first
 * @param progressIntervalSeconds how often annotation progress is printed
 * @param textsPerTask texts per annotation task
 * @param cacheDir where annotations are cached ("" for the default under the output, "off" for
 *     none)
 * @param textTimeBudgetSeconds how long one text (or one document of a few short texts) may take to
 *     annotate before it counts as failed
 * @param threadStackBytes stack size of the annotation threads, deep enough for CoreNLP's recursion
 *     over a sentence of the longest allowed text
 * @param cacheRetentionDays cached annotations older than this are deleted before each run (0 =
 *     kept until purged)
 */
public record NlpSettings(
    String parseModel,
    int parseMaxTokens,
    String nerModels,
    int progressIntervalSeconds,
    int textsPerTask,
    String cacheDir,
    int textTimeBudgetSeconds,
    long threadStackBytes,
    int cacheRetentionDays)
    implements Serializable {

  public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,parse,sentiment";
  private static final long MIN_THREAD_STACK = 160L << 10;
  private static final long MAX_THREAD_STACK = 4L << 30;

  public NlpSettings {
    if (parseModel == null || parseModel.isBlank()) {
      throw new SettingsException(
          "signals.nlp.parse-model", parseModel, "must name a parser model");
    }
    if (parseMaxTokens < 0) {
      throw new SettingsException(
          "signals.nlp.parse-max-tokens", parseMaxTokens, "must be 0 (no cap) or more");
    }
    nerModels = nerModels == null ? "" : nerModels.replaceAll("\\s+", "");
    if (nerModels.isEmpty() || nerModelList(nerModels).contains("")) {
      throw new SettingsException(
          "signals.nlp.ner-models",
          nerModels,
          "must name one or more NER models, separated by commas");
    }
    if (progressIntervalSeconds < 1) {
      throw new SettingsException(
          "signals.nlp.progress-interval-seconds", progressIntervalSeconds, "must be at least 1");
    }
    cacheDir = cacheDir == null ? "" : cacheDir.strip();
    if (textsPerTask < 1) {
      throw new SettingsException("signals.nlp.texts-per-task", textsPerTask, "must be at least 1");
    }
    if (textTimeBudgetSeconds < 1) {
      throw new SettingsException(
          "signals.nlp.text-time-budget-seconds", textTimeBudgetSeconds, "must be at least 1");
    }
    if (threadStackBytes < MIN_THREAD_STACK || threadStackBytes > MAX_THREAD_STACK) {
      throw new SettingsException(
          "signals.nlp.thread-stack", threadStackBytes, "must be from 160K to 4G (bytes)");
    }
    if (cacheRetentionDays < 0) {
      throw new SettingsException(
          "signals.nlp.cache-retention-days", cacheRetentionDays, "must be 0 (keep) or more");
    }
  }

  /** The exact CoreNLP properties of the job's chain; benchmarks and evaluation use the same. */
  public Properties coreNlpProperties() {
    Properties props = new Properties();
    props.setProperty("annotators", ANNOTATORS);
    props.setProperty("parse.model", parseModel);
    props.setProperty("parse.maxlen", Integer.toString(parseMaxTokens));
    props.setProperty("parse.binaryTrees", "true");
    // The parser also converts every tree to several kinds of dependency graph by default, which
    // nothing here reads, at a large share of annotation time
    // (docs/decisions/003-no-dependency-graphs.md).
    props.setProperty("parse.buildgraphs", "false");
    // Coarse NER (PERSON, DATE, MONEY, ...) is all the pipeline uses; the fine-grained regex pass
    // and entity mentions cost time and add nothing here.
    // One CRF model by default, not CoreNLP's three: the later two find no other names
    // (reference.conf).
    props.setProperty("ner.model", nerModels);
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.buildEntityMentions", "false");
    // Blank-line paragraph breaks in reflections end a sentence even without punctuation.
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    return props;
  }

  /**
   * The chain for texts the full chain failed on: no parse and no sentiment, and NER without SUTime
   * and the numeric classifiers (SUTime ran for over a minute on one text of repeated numbers). The
   * NER models are the same, so the same names are redacted.
   */
  public Properties unscoredCoreNlpProperties() {
    Properties props = coreNlpProperties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyNumericClassifiers", "false");
    return props;
  }

  /** The NER models one by one, in CoreNLP's order. */
  public List<String> nerModelList() {
    return nerModelList(nerModels);
  }

  private static List<String> nerModelList(String commaSeparated) {
    return Arrays.asList(commaSeparated.split(",", -1));
  }

  /**
   * Everything that changes annotation results, for fingerprints. Speed knobs that leave the stored
   * annotations unchanged (dependency graphs, entity mentions, fine-grained NER) are excluded, so
   * caches stay valid across them.
   */
  public String fingerprintSource() {
    return "annotators="
        + ANNOTATORS
        + ";parse.model="
        + parseModel
        + ";parse.maxlen="
        + parseMaxTokens
        + ";ner.model="
        + nerModels;
  }
}
