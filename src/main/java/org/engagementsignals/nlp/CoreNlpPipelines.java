package org.engagementsignals.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.engagementsignals.config.NlpSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One CoreNLP pipeline per JVM, built on first use inside a task and shared by the JVM's task
 * threads (StanfordCoreNLP.annotate is safe to call concurrently; CoreNlpAnnotatorTest checks it).
 * Models take seconds to load and a gigabyte of heap, so they are never loaded twice nor shipped
 * with a task. Not loaded ahead on a thread of their own while the month is read: that made large
 * months and reruns from the annotation cache slower
 * (docs/decisions/007-scaling-and-what-did-not-help.md).
 */
public final class CoreNlpPipelines {
  private static final Logger LOG = LoggerFactory.getLogger(CoreNlpPipelines.class);
  private static volatile Holder holder;
  private static volatile Holder unscoredHolder;

  private record Holder(String fingerprint, StanfordCoreNLP pipeline) {}

  private CoreNlpPipelines() {}

  public static StanfordCoreNLP getOrCreate(NlpSettings settings) {
    String fingerprint = settings.fingerprintSource();
    Holder h = holder;
    if (h != null && h.fingerprint.equals(fingerprint)) {
      return h.pipeline;
    }
    synchronized (CoreNlpPipelines.class) {
      h = holder;
      if (h == null || !h.fingerprint.equals(fingerprint)) {
        h = load(fingerprint, settings.coreNlpProperties());
        holder = h;
      }
      return h.pipeline;
    }
  }

  /**
   * The chain without parse and sentiment, for texts the full chain failed on ({@link
   * NlpSettings#unscoredCoreNlpProperties}); loaded on the first such text only.
   */
  static StanfordCoreNLP getOrCreateUnscored(NlpSettings settings) {
    String fingerprint = "unscored;" + settings.fingerprintSource();
    synchronized (CoreNlpPipelines.class) {
      Holder h = unscoredHolder;
      if (h == null || !h.fingerprint.equals(fingerprint)) {
        h = load(fingerprint, settings.unscoredCoreNlpProperties());
        unscoredHolder = h;
      }
      return h.pipeline;
    }
  }

  private static Holder load(String fingerprint, java.util.Properties properties) {
    long start = System.nanoTime();
    StanfordCoreNLP pipeline = new StanfordCoreNLP(properties);
    LOG.info(
        "CoreNLP pipeline loaded in {} s ({})",
        String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9),
        fingerprint);
    return new Holder(fingerprint, pipeline);
  }
}
