/**
 * CoreNLP annotation: one pipeline per executor JVM, every sentence scored, person names redacted
 * from everything that leaves this package.
 *
 * <p>From the outside in: {@link org.engagementsignals.nlp.Annotate} is the Spark stage; {@link
 * org.engagementsignals.nlp.PartitionAnnotator} annotates one partition; {@link
 * org.engagementsignals.nlp.IsolatedAnnotator} runs a batch on annotation threads with a time
 * budget; {@link org.engagementsignals.nlp.CoreNlpAnnotator} calls CoreNLP; {@link
 * org.engagementsignals.nlp.TextAnnotation} and {@link
 * org.engagementsignals.nlp.SentenceAnnotation} are its results, {@link
 * org.engagementsignals.nlp.AnnotationSchema} their rows, and {@link
 * org.engagementsignals.nlp.AnnotationCache} keeps them across runs.
 */
package org.engagementsignals.nlp;
