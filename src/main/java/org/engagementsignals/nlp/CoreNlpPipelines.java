package org.engagementsignals.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.engagementsignals.config.NlpSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One CoreNLP pipeline per JVM, built on first use inside a task and shared by the JVM's task
 * threads (StanfordCoreNLP.annotate is safe to call concurrently; TextAnnotatorTest checks it).
 * Models take seconds to load and a gigabyte of heap, so they are never loaded twice nor shipped
 * with a task. Not loaded ahead on a thread of their own while the month is read: measured, that
 * doubled the time to read it and made a rerun from the annotation cache slower
 * (docs/performance.md, "Scale").
 */
public final class CoreNlpPipelines {
  private static final Logger LOG = LoggerFactory.getLogger(CoreNlpPipelines.class);
  private static volatile Holder holder;

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
        long start = System.nanoTime();
        StanfordCoreNLP pipeline = new StanfordCoreNLP(settings.coreNlpProperties());
        LOG.info(
            "CoreNLP pipeline loaded in {} s ({})",
            String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9),
            fingerprint);
        h = new Holder(fingerprint, pipeline);
        holder = h;
      }
      return h.pipeline;
    }
  }
}
